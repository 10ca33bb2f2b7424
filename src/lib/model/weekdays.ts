import { weekdayOf, type CalendarDay } from './calendarDay.ts';
import { formatDay } from './formatDate.ts';

// Weekdays are written only where the app explains how a date was read ("On Thursday" in an
// article of Saturday 30 December 2017), never on the timeline: apart from the month names,
// so their code loads with the parts that need them.
const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** "Saturday". */
export function weekdayName(day: CalendarDay): string {
  return WEEKDAYS[weekdayOf(day)]!;
}

/** "Saturday 30 December 2017". */
export function formatDayWithWeekday(day: CalendarDay): string {
  return `${weekdayName(day)} ${formatDay(day)}`;
}
