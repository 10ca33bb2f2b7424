import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayFromUtc,
  daysInMonth,
  utcStartOfDay,
  weekdayOf,
} from '../../src/lib/model/calendarDay.ts';
import { monthName } from '../../src/lib/model/calendarNames.ts';
import { weekdayName } from '../../src/lib/model/weekdays.ts';

/** The same day by way of Date, which the arithmetic must agree with. */
function viaDate(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

describe('utcStartOfDay', () => {
  it('agrees with Date on every day from 1600 to 2400 and around year 0', () => {
    for (const [from, to] of [
      [1600, 2400],
      [-410, 10],
    ] as const) {
      for (let ms = viaDate(from, 1, 1); ms < viaDate(to, 1, 1); ms += 86_400_000) {
        const day = dayFromUtc(ms);
        expect(utcStartOfDay(day)).toBe(ms);
      }
    }
  });

  it('rolls months and days over as Date does', () => {
    for (const [year, month, day] of [
      [2017, 13, 1],
      [2017, 0, 1],
      [2017, -13, 15],
      [2016, 3, 0],
      [2017, 12, 32],
      [-44, 14, 40],
    ] as const) {
      expect(utcStartOfDay({ year, month, day }), `${year}-${month}-${day}`).toBe(
        viaDate(year, month, day),
      );
    }
  });

  it('knows leap years and weekdays', () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(0, 2)).toBe(29);
    expect(weekdayOf({ year: 2017, month: 12, day: 30 })).toBe(6);
    expect(addDays({ year: 2017, month: 12, day: 30 }, 2)).toEqual({
      year: 2018,
      month: 1,
      day: 1,
    });
  });
});

describe('calendar names', () => {
  it('writes months and weekdays as the app always has', () => {
    expect(Array.from({ length: 12 }, (_, i) => monthName(i + 1, 'short')).join(' ')).toBe(
      'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
    );
    expect(monthName(12)).toBe('December');
    expect(weekdayName({ year: 2017, month: 12, day: 28 })).toBe('Thursday');
    // Far back too, on the same (proleptic Gregorian) calendar the axis uses.
    const idesOfMarch = { year: -43, month: 3, day: 15 };
    const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    expect(weekdayName(idesOfMarch)).toBe(days[weekdayOf(idesOfMarch)]);
  });

  it('are the words the platform gives for British English', () => {
    const intl = (options: Intl.DateTimeFormatOptions, language = 'en-GB') =>
      new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    for (let month = 1; month <= 12; month++) {
      const first = Date.UTC(2000, month - 1, 1);
      expect(monthName(month)).toBe(intl({ month: 'long' }).format(first));
      expect(monthName(month, 'short')).toBe(intl({ month: 'short' }, 'en-US').format(first));
    }
    for (let day = 1; day <= 7; day++) {
      const date = { year: 2026, month: 11, day };
      expect(weekdayName(date)).toBe(intl({ weekday: 'long' }).format(Date.UTC(2026, 10, day)));
    }
  });
});
