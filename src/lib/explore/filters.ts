import { firstDay, lastDay, parseDate, type DateParse } from '../model/dateSpan.ts';
import { utcStartOfDay } from '../model/calendarDay.ts';
import type { TimelineEvent } from '../model/types.ts';
import { DAY_MS, drawnInterval } from '../timeline/eventColumns.ts';

/**
 * What the reader narrowed the chronology to. Within a facet any chosen value matches (Russia
 * or Iran); across facets all must (Russia, and tagged diplomacy, and in 2017).
 */
export interface EventFilter {
  readonly actors: readonly string[];
  readonly tags: readonly string[];
  /** An EDTF date or interval (`2015/2017`, `2017-12`); events overlapping it match. */
  readonly period: string | null;
}

export const NO_FILTER: EventFilter = { actors: [], tags: [], period: null };

export type Facet = 'actors' | 'tags';

export interface FacetValue {
  readonly value: string;
  /** Events with this value among those the other facets let through. */
  readonly count: number;
}

export function isFiltering(filter: EventFilter): boolean {
  return filter.actors.length > 0 || filter.tags.length > 0 || filter.period !== null;
}

/**
 * The calendar stretch a period covers, or why it cannot be used. `parse` is parseDate, which
 * asks for the EDTF grammar by throwing (withReadingCode loads it), or parseDateNow where there
 * is no waiting for it.
 */
export function periodWindow(
  text: string,
  parse: (text: string) => DateParse = parseDate,
): { ok: true; from: number; to: number } | { ok: false; reason: string } {
  const parsed = parse(text);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const first = firstDay(parsed.span);
  const last = lastDay(parsed.span);
  return {
    ok: true,
    from: first ? utcStartOfDay(first) : -Infinity,
    to: last ? utcStartOfDay(last) + DAY_MS : Infinity,
  };
}

/** Whether an event passes the filter, leaving out one facet (`skip`) when counting it. */
export function matcher(
  filter: EventFilter,
  skip: Facet | null,
): (event: TimelineEvent) => boolean {
  const actors = skip === 'actors' ? [] : filter.actors;
  const tags = skip === 'tags' ? [] : filter.tags;
  const period = filter.period ? periodWindow(filter.period) : null;
  return (event) => {
    if (actors.length && !event.actors.some((a) => actors.includes(a))) return false;
    if (tags.length && !event.tags.some((t) => tags.includes(t))) return false;
    if (period?.ok) {
      const { start, end } = drawnInterval(event.when);
      if (!(start < period.to && end > period.from)) return false;
    }
    return true;
  };
}

/** The events the filter lets through, in their order. */
export function applyFilter(
  events: readonly TimelineEvent[],
  filter: EventFilter,
): readonly TimelineEvent[] {
  return isFiltering(filter) ? events.filter(matcher(filter, null)) : events;
}
