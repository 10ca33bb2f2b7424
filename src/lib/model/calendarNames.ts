// The app writes dates in British English only, so month names are a table. Intl would give
// the same words, but building its first formatter loads locale data: about 13 ms of a page's
// first second on this kind of machine, for twelve words. A test checks them against Intl.
// (Weekday names, needed only to explain how a date was read, are in weekdays.ts, out of the
// page's first download.)
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * "December", or with `short` "Dec" (three letters: the axis has always cut September to
 * "Sep", where British English writes "Sept"). Month is 1 to 12.
 */
export function monthName(month: number, length: 'long' | 'short' = 'long'): string {
  const name = MONTHS[month - 1]!;
  return length === 'long' ? name : name.slice(0, 3);
}
