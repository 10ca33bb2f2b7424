import type { EventFilter } from '../explore/filters.ts';
import { GROUPINGS, type Grouping } from '../explore/grouping.ts';

/** How the reader is exploring: search text, filters, grouping and which view. */
export interface ExploreState {
  readonly query: string;
  readonly filter: EventFilter;
  readonly grouping: Grouping;
  readonly view: 'timeline' | 'list';
}

/**
 * Reads `q`, `actor` and `tag` (each may repeat), `period` (EDTF), `group` and `view` from the
 * address. Unknown values of `group` and `view` fall back to the defaults.
 */
export function readExploreParams(params: URLSearchParams): ExploreState {
  const group = params.get('group');
  return {
    query: params.get('q') ?? '',
    filter: {
      actors: params.getAll('actor'),
      tags: params.getAll('tag'),
      period: params.get('period') || null,
    },
    grouping: GROUPINGS.includes(group as Grouping) ? (group as Grouping) : 'none',
    view: params.get('view') === 'list' ? 'list' : 'timeline',
  };
}

/** The address with the explore state written in, every other parameter kept. */
export function writeExploreParams(address: string, state: ExploreState): string {
  const url = new URL(address);
  const params = url.searchParams;
  for (const name of ['q', 'actor', 'tag', 'period', 'group', 'view']) params.delete(name);
  if (state.query) params.set('q', state.query);
  for (const actor of state.filter.actors) params.append('actor', actor);
  for (const tag of state.filter.tags) params.append('tag', tag);
  if (state.filter.period) params.set('period', state.filter.period);
  if (state.grouping !== 'none') params.set('group', state.grouping);
  if (state.view !== 'timeline') params.set('view', state.view);
  return url.href;
}
