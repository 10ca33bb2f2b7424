import type { CalendarDay } from './calendarDay.ts';
import { monthName } from './calendarNames.ts';
import type { DatePoint, DateSpan, MissingBound } from './dateSpan.ts';

// Dates are written the way British and international newsrooms write them: 30 December 2017.

/** "2017", "476", "45 BCE": astronomical year 0 is 1 BCE. */
export function formatYear(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BCE`;
}

export function formatMonth(day: CalendarDay): string {
  return `${monthName(day.month)} ${formatYear(day.year)}`;
}

/** "30 December 2017". */
export function formatDay(day: CalendarDay): string {
  return `${day.day} ${formatMonth(day)}`;
}

/** A point written no more precisely than it is known: "December 2017", never "1 December 2017". */
export function formatPoint(point: DatePoint): string {
  return qualify(point, plainPoint(point));
}

function plainPoint({ first, last, precision }: DatePoint): string {
  switch (precision) {
    case 'day':
      return formatDay(first);
    case 'month':
      return formatMonth(first);
    case 'year':
      return formatYear(first.year);
    case 'decade':
      return first.year > 0
        ? `the ${first.year}s`
        : `${formatYear(first.year)} – ${formatYear(last.year)}`;
    case 'century':
      return first.year > 0
        ? `the ${first.year}s`
        : `${formatYear(first.year)} – ${formatYear(last.year)}`;
    case 'span':
      return `between ${formatDay(first)} and ${formatDay(last)}`;
  }
}

function qualify(point: DatePoint, text: string): string {
  const rough = point.approximate ? `about ${text}` : text;
  return point.uncertain ? `${rough} (uncertain)` : rough;
}

/** A date or interval as a person would write it: "September 2015 – December 2017", "March 2011 – ongoing". */
export function formatSpan(span: DateSpan): string {
  if (span.single && typeof span.start !== 'string') return formatPoint(span.start);
  return `${formatBound(span.start, 'start')} – ${formatBound(span.end, 'end')}`;
}

function formatBound(bound: DatePoint | MissingBound, side: 'start' | 'end'): string {
  if (bound === 'open') return side === 'end' ? 'ongoing' : 'open start';
  if (bound === 'unknown') return side === 'end' ? 'end unknown' : 'start unknown';
  return formatPoint(bound);
}
