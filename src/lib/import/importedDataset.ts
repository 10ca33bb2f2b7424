import type { FieldReader } from '../data/fieldReader.ts';
import type { DatasetLoad } from '../data/loadDataset.ts';
import { compareSpans } from '../model/compareEvents.ts';
import type { Period, TimelineEvent } from '../model/types.ts';

/**
 * The load an importer returns: its events in time order (the sort is stable, so the file's
 * order breaks ties), and nothing the other formats do not have (articles, a licence, a
 * credit). Timelines from elsewhere are read as English unless they say otherwise.
 */
export function importedDataset(
  parts: {
    title: string;
    description: string;
    events: TimelineEvent[];
    periods: Period[];
    leftOut: string[];
  },
  fields: FieldReader,
): DatasetLoad {
  const { title, description, events, periods, leftOut } = parts;
  events.sort((a, b) => compareSpans(a.when, b.when));
  return {
    dataset: {
      title,
      description,
      language: 'en',
      license: '',
      credit: '',
      articles: [],
      events,
      periods,
    },
    problems: fields.problems,
    leftOut,
  };
}
