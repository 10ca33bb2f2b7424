import { utcStartOfDay } from '../model/calendarDay.ts';
import type { DatePoint, DateSpan } from '../model/dateSpan.ts';
import type { TimelineEvent } from '../model/types.ts';
import { runAtOnce } from './steps.ts';

export const DAY_MS = 86_400_000;

/** Flags per event, as bits, so that a whole dataset's marks fit in one typed array. */
export const OPEN_START = 1;
export const OPEN_END = 2;
export const UNCERTAIN = 4;
export const APPROXIMATE = 8;
/** Dated only by the article's publication: reported then, not known to have happened then. */
export const REPORTED = 16;
/** A single day, drawn as a point rather than a bar. */
export const POINT = 32;

/** The drawn interval of one date: what a mark covers on the time axis. */
export interface DrawnInterval {
  /** UTC ms of the first day's start; -Infinity for an open or unknown start. */
  readonly start: number;
  /** UTC ms just after the last day; Infinity for an open or unknown end. */
  readonly end: number;
  readonly flags: number;
}

/**
 * Events as columns (Observable Plot's habit): one typed array per channel, indexed by the
 * event's position in chronological order. Computed once per dataset, so zooming never walks
 * the event objects.
 */
export interface EventColumns {
  /** The events, sorted by drawn start (then end): index `i` of every column is `events[i]`. */
  readonly events: readonly TimelineEvent[];
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly flags: Uint8Array;
  /** Running maximum of `end`, so a window query can stop early (see eventsInWindow). */
  readonly maxEndSoFar: Float64Array;
  /** Earliest and latest finite instants any event covers. */
  readonly extent: readonly [number, number];
}

/**
 * What a date covers on the axis: a day is a point in the middle of that day; a month, year,
 * approximate date or interval is a bar over every day it could be.
 */
export function drawnInterval(span: DateSpan): DrawnInterval {
  let flags = 0;
  const points = [span.start, span.end].filter((b): b is DatePoint => typeof b !== 'string');
  if (points.some((p) => p.uncertain)) flags |= UNCERTAIN;
  if (points.some((p) => p.approximate)) flags |= APPROXIMATE;
  let start = -Infinity;
  let end = Infinity;
  if (typeof span.start === 'string') flags |= OPEN_START;
  else start = utcStartOfDay(span.start.first);
  if (typeof span.end === 'string') flags |= OPEN_END;
  else end = utcStartOfDay(span.end.last) + DAY_MS;
  if (end - start === DAY_MS && !(flags & APPROXIMATE)) flags |= POINT;
  return { start, end, flags };
}

export function eventColumns(events: readonly TimelineEvent[]): EventColumns {
  return runAtOnce(eventColumnsInSteps(events, Infinity));
}

/**
 * eventColumns as steps of `perStep` events, so a caller can give the page back between them
 * (runInSteps in steps.ts): for a million events it is a quarter of a second of work.
 */
export function* eventColumnsInSteps(
  unordered: readonly TimelineEvent[],
  perStep: number,
): Generator<void, EventColumns> {
  // Written as plain loops: this runs over every event while the first view is drawn, when
  // none of the code is optimised yet, and callbacks and spreads cost most then.
  const n = unordered.length;
  // Events of a large dataset share a few thousand date spans: each is worked out once.
  const drawnBySpan = new Map<DateSpan, DrawnInterval>();
  let drawnAll = new Array<DrawnInterval>(n);
  // A dataset comes sorted from its loader, so there is usually nothing to reorder.
  let sorted = true;
  for (let from = 0; from < n; from += perStep) {
    if (from > 0) yield;
    for (let i = from; i < Math.min(n, from + perStep); i++) {
      const when = unordered[i]!.when;
      let drawn = drawnBySpan.get(when);
      if (!drawn) drawnBySpan.set(when, (drawn = drawnInterval(when)));
      drawnAll[i] = drawn;
      if (sorted && i > 0 && compare(drawnAll[i - 1]!, drawn) > 0) sorted = false;
    }
  }
  let events = unordered;
  if (!sorted) {
    const order = Array.from({ length: n }, (_, i) => i);
    const unsortedDrawn = drawnAll;
    order.sort((a, b) => compare(unsortedDrawn[a]!, unsortedDrawn[b]!) || a - b);
    events = order.map((i) => unordered[i]!);
    drawnAll = order.map((i) => unsortedDrawn[i]!);
  }
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const flags = new Uint8Array(n);
  const maxEndSoFar = new Float64Array(n);
  const ids = new Array<string>(n);
  const titles = new Array<string>(n);
  let low = Infinity;
  let high = -Infinity;
  let runningMax = -Infinity;
  for (let from = 0; from < n; from += perStep) {
    yield;
    for (let i = from; i < Math.min(n, from + perStep); i++) {
      const drawn = drawnAll[i]!;
      const event = events[i]!;
      start[i] = drawn.start;
      end[i] = drawn.end;
      flags[i] = drawn.flags | (event.dateBasis?.kind === 'publication' ? REPORTED : 0);
      runningMax = Math.max(runningMax, drawn.end);
      maxEndSoFar[i] = runningMax;
      // An open end still tells where the known part is: the extent takes in every finite end.
      if (Number.isFinite(drawn.start)) {
        low = Math.min(low, drawn.start);
        high = Math.max(high, drawn.start);
      }
      if (Number.isFinite(drawn.end)) {
        low = Math.min(low, drawn.end);
        high = Math.max(high, drawn.end);
      }
      ids[i] = event.id;
      titles[i] = event.title;
    }
  }
  if (low === Infinity) [low, high] = [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  return { events, ids, titles, start, end, flags, maxEndSoFar, extent: [low, high] };
}

function compare(a: DrawnInterval, b: DrawnInterval): number {
  return a.start < b.start
    ? -1
    : a.start > b.start
      ? 1
      : a.end < b.end
        ? -1
        : a.end > b.end
          ? 1
          : 0;
}

/**
 * Indices of the events that overlap [from, to), in chronological order, without walking
 * every event: events are sorted by start, so a binary search finds the last one starting
 * before `to`, and the running maximum of ends says when no earlier one can reach `from`.
 * `keep` leaves out events the caller does not want, without gathering them first.
 */
export function eventsInWindow(
  columns: EventColumns,
  from: number,
  to: number,
  keep: (i: number) => boolean = () => true,
): number[] {
  const { start, end, maxEndSoFar } = columns;
  let lo = 0;
  let hi = start.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((start[mid] ?? 0) < to) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let i = lo - 1; i >= 0 && (maxEndSoFar[i] ?? -Infinity) > from; i--) {
    if ((end[i] ?? -Infinity) > from && keep(i)) found.push(i);
  }
  return found.reverse();
}
