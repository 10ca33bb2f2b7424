import { daysInMonth } from '../model/calendarDay.ts';

/** A date as TimelineJS writes it: numbers, or numbers as text (as its Google Sheet exports). */
export interface TimelineJsDate {
  readonly year?: unknown;
  readonly month?: unknown;
  readonly day?: unknown;
  readonly hour?: unknown;
  readonly minute?: unknown;
  readonly second?: unknown;
  readonly millisecond?: unknown;
  readonly display_date?: unknown;
}

export type TimelineJsDateRead =
  | {
      readonly ok: true;
      /** The same date in EDTF, no more precise than the fields given. */
      readonly edtf: string;
      /** A time of day was given; Sourceline keeps the day only. */
      readonly droppedTime: boolean;
      /** The `display_date` text, kept as the source's own wording. */
      readonly display: string | null;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * Converts a TimelineJS date to EDTF. Precision follows from the fields present: a year alone is
 * a year, year and month a month. TimelineJS writes 44 BCE as -44 and has no year 0, while EDTF
 * counts a year 0 (1 BCE), so negative years move up by one: -44 becomes -0043.
 */
export function timelineJsDateToEdtf(date: TimelineJsDate): TimelineJsDateRead {
  const year = whole(date.year);
  if (year === undefined) return { ok: false, reason: 'it has no "year"; a year is required.' };
  if (year === null)
    return { ok: false, reason: `its "year" ${show(date.year)} is not a whole number.` };
  if (year === 0) {
    return {
      ok: false,
      reason: 'its "year" is 0, which the BCE/CE count does not have: 1 BCE is -1, 1 CE is 1.',
    };
  }
  const month = whole(date.month);
  const day = whole(date.day);
  if (month === null || (month !== undefined && (month < 1 || month > 12))) {
    return { ok: false, reason: `its "month" ${show(date.month)} is not a month from 1 to 12.` };
  }
  if (day !== undefined && month === undefined) {
    return { ok: false, reason: 'it has a "day" but no "month"; give the month too.' };
  }
  const astronomical = year < 0 ? year + 1 : year;
  if (
    day === null ||
    (day !== undefined &&
      month !== undefined &&
      (day < 1 || day > daysInMonth(astronomical, month)))
  ) {
    return { ok: false, reason: `its "day" ${show(date.day)} is not a day of that month.` };
  }
  const parts = [edtfYear(astronomical)];
  if (month !== undefined) parts.push(String(month).padStart(2, '0'));
  if (day !== undefined) parts.push(String(day).padStart(2, '0'));
  const droppedTime = [date.hour, date.minute, date.second, date.millisecond].some(
    (value) => whole(value) !== undefined,
  );
  const display =
    typeof date.display_date === 'string' && date.display_date.trim()
      ? date.display_date.trim()
      : null;
  return { ok: true, edtf: parts.join('-'), droppedTime, display };
}

/** A whole number from a number or numeric text; undefined when absent or empty; null when not one. */
function whole(value: unknown): number | null | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  return Number.isInteger(number) ? number : null;
}

/** EDTF years: four digits with a sign for BCE; beyond four digits, the Y form (Y-12000). */
function edtfYear(year: number): string {
  if (Math.abs(year) > 9999) return `Y${year}`;
  return `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
