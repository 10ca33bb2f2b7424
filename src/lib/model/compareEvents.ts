import { utcStartOfDay } from './calendarDay.ts';
import type { DateSpan } from './dateSpan.ts';

/** UTC start of the first day a span may cover; -Infinity when its start is open or unknown. */
export function spanStartMs(span: DateSpan): number {
  return typeof span.start === 'string' ? -Infinity : utcStartOfDay(span.start.first);
}

/** UTC start of the last day a span may cover; Infinity when its end is open or unknown. */
export function spanEndMs(span: DateSpan): number {
  return typeof span.end === 'string' ? Infinity : utcStartOfDay(span.end.last);
}

/** Chronological order: by first possible day, then the shorter span first. */
export function compareSpans(a: DateSpan, b: DateSpan): number {
  return ascending(spanStartMs(a), spanStartMs(b)) || ascending(spanEndMs(a), spanEndMs(b));
}

/** Orders two instants; subtraction would give NaN for two open ends (Infinity - Infinity). */
export function ascending(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
