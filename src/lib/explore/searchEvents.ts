import type MiniSearch from 'minisearch';
import type { TimelineEvent } from '../model/types.ts';

export interface SearchHit {
  readonly id: string;
  readonly score: number;
  /** The words of the event that matched, to highlight. */
  readonly terms: readonly string[];
  /** The fields they matched in (title, summary, actors, places, quotes). */
  readonly fields: readonly string[];
}

const FIELDS = ['title', 'summary', 'actors', 'places', 'quotes'] as const;

/**
 * A full-text index over titles, summaries, actors, places and quote text (MiniSearch), built
 * once per dataset, on the first search: indexing 100,000 events takes seconds, which a reader
 * who never searches should not wait for, and MiniSearch itself is loaded then, not with the
 * page. Prefix and slightly fuzzy matching, so "lavr" and
 * "Lavrow" find Lavrov; a match in the title or among the actors counts for more than one in
 * a quote.
 */
export function createEventSearch(
  events: readonly TimelineEvent[],
): (query: string) => Promise<SearchHit[]> {
  let index: Promise<MiniSearch<TimelineEvent>> | null = null;
  return async (query) => {
    if (!query.trim()) return [];
    index ??= import('minisearch').then(({ default: MiniSearch }) =>
      buildIndex(MiniSearch, events),
    );
    return (await index).search(query).map((result) => ({
      id: String(result.id),
      score: result.score,
      terms: result.terms,
      fields: [...new Set(Object.values(result.match).flat())],
    }));
  };
}

function buildIndex(
  MiniSearch: typeof import('minisearch').default,
  events: readonly TimelineEvent[],
): MiniSearch<TimelineEvent> {
  const index = new MiniSearch<TimelineEvent>({
    fields: [...FIELDS],
    idField: 'id',
    extractField: (event, field) => {
      switch (field) {
        case 'actors':
          return event.actors.join(' ');
        case 'places':
          return event.places.join(' ');
        case 'quotes':
          return event.sources.map((s) => s.exact).join(' ');
        case 'id':
          return event.id;
        case 'title':
          return event.title;
        case 'summary':
          return event.summary;
        default:
          return '';
      }
    },
    searchOptions: {
      boost: { title: 3, actors: 2, places: 1.5 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  index.addAll(events);
  return index;
}
