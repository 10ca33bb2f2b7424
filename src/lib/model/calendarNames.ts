import { utcStartOfDay, type CalendarDay } from './calendarDay.ts';

// The platform's own names (Intl), in the British English the app writes dates in: no
// library to download for twelve month names and seven weekdays. Formatted in UTC from the
// day's UTC start, so the viewer's time zone can never move a date to the day before.
const LANGUAGE = 'en-GB';
const longMonth = new Intl.DateTimeFormat(LANGUAGE, { month: 'long', timeZone: 'UTC' });
// The axis has always cut months to three letters ("Sep"), where British English writes "Sept".
const shortMonth = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });
const weekday = new Intl.DateTimeFormat(LANGUAGE, { weekday: 'long', timeZone: 'UTC' });

/** "December", or with `short` "Dec". Month is 1 to 12. */
export function monthName(month: number, length: 'long' | 'short' = 'long'): string {
  const firstOfMonth = utcStartOfDay({ year: 2000, month, day: 1 });
  return (length === 'long' ? longMonth : shortMonth).format(firstOfMonth);
}

/** "Saturday". */
export function weekdayName(day: CalendarDay): string {
  return weekday.format(utcStartOfDay(day));
}
