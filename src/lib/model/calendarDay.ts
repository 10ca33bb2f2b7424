/**
 * A calendar day, independent of any time zone. Positions on a time axis are the UTC
 * milliseconds of the day's start, so the same day lands in the same place for every viewer.
 */
export interface CalendarDay {
  /** Astronomical year: 0 is 1 BCE, -1 is 2 BCE. */
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
  /** 1 to 31. */
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

/** The calendar day that contains a UTC instant. */
export function dayFromUtc(ms: number): CalendarDay {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * UTC milliseconds at the start of a calendar day (proleptic Gregorian, any year). Months and
 * days outside their range roll over, as with Date (month 13 is January of the next year).
 * Worked out by arithmetic (Howard Hinnant's days-from-civil) rather than through a Date: the
 * loader and the timeline call it for every event, and a Date per call is most of their time.
 */
export function utcStartOfDay({ year, month, day }: CalendarDay): number {
  const monthIndex = month - 1;
  const y = year + Math.floor(monthIndex / 12);
  const m = monthIndex - Math.floor(monthIndex / 12) * 12; // 0 is January
  // Counted from March, so the leap day falls at the end of the counting year.
  const countingYear = m < 2 ? y - 1 : y;
  const era = Math.floor(countingYear / 400);
  const yearOfEra = countingYear - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 10) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146_097 + dayOfEra - 719_468) * MS_PER_DAY;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of days in a month (1 to 12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_LENGTHS[month - 1] ?? NaN);
}

/** The day `count` days after (or, when negative, before) `day`. */
export function addDays(day: CalendarDay, count: number): CalendarDay {
  return dayFromUtc(utcStartOfDay(day) + count * MS_PER_DAY);
}

/** Day of the week: 0 is Sunday, 6 is Saturday. */
export function weekdayOf(day: CalendarDay): number {
  return new Date(utcStartOfDay(day)).getUTCDay();
}

/** ISO 8601 form, as EDTF writes a day: 2017-12-30, -0044-03-15. */
export function isoDay({ year, month, day }: CalendarDay): string {
  const sign = year < 0 ? '-' : '';
  const digits = String(Math.abs(year)).padStart(4, '0');
  return `${sign}${digits}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function sameDay(a: CalendarDay, b: CalendarDay): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
