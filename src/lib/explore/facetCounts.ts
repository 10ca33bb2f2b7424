import type { TimelineEvent } from '../model/types.ts';
import { matcher, type EventFilter, type Facet, type FacetValue } from './filters.ts';

/**
 * Every value of a facet with how many events would match if it were chosen too: counted
 * among the events the *other* facets let through, so choosing never shows a dead end.
 * Most frequent first, then alphabetical; chosen values are always listed. (Apart from the
 * filters, so its code loads with the filter panel, not with the page.)
 */
export function facetCounts(
  events: readonly TimelineEvent[],
  filter: EventFilter,
  facet: Facet,
): FacetValue[] {
  const counts = new Map<string, number>(filter[facet].map((value) => [value, 0]));
  // One pass, nothing made per event: a million events are counted on every change of filter.
  const passes = matcher(filter, facet);
  for (const event of events) {
    if (!passes(event)) continue;
    const values = event[facet];
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      // An event names a value once, however often its list repeats it.
      if (values.indexOf(value) < i) continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
