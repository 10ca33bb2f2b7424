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
  for (const event of events.filter(matcher(filter, facet))) {
    for (const value of new Set(event[facet])) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
