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
 * page. It is built a chunk of events per task, so the page (and the search box) stays
 * responsive meanwhile; of the queries typed while it is built only the last is run, and the
 * others resolve to no hits. Prefix and slightly fuzzy matching, so "lavr" and "Lavrow" find
 * Lavrov; a match in the title or among the actors counts for more than one in a quote.
 */
export function createEventSearch(
  events: readonly TimelineEvent[],
): (query: string) => Promise<SearchHit[]> {
  let index: Promise<MiniSearch<TimelineEvent>> | null = null;
  let latest = 0;
  return async (query) => {
    if (!query.trim()) return [];
    const asked = ++latest;
    index ??= import('minisearch').then(({ default: MiniSearch }) =>
      buildIndex(MiniSearch, events),
    );
    const built = await index;
    if (asked !== latest) return [];
    return built.search(query).map((result) => ({
      id: String(result.id),
      score: result.score,
      terms: result.terms,
      fields: [...new Set(Object.values(result.match).flat())],
    }));
  };
}

/**
 * Events indexed per task: about 20 ms of work on a slow machine, well under the 50 ms that
 * makes a page feel stuck, and few enough tasks that the browser's 4 ms between them (nested
 * timers) adds little.
 */
const EVENTS_PER_TASK = 1_000;

async function buildIndex(
  MiniSearch: typeof import('minisearch').default,
  events: readonly TimelineEvent[],
): Promise<MiniSearch<TimelineEvent>> {
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
  await index.addAllAsync(events, { chunkSize: EVENTS_PER_TASK });
  return index;
}
