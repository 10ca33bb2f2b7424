import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import type { TimelineEvent } from '../../src/lib/model/types.ts';

const text = 'Something happened. Then something else happened. And more.';

/** A Sourceline dataset (as parsed JSON) of one article and an event on each given date. */
export function datasetDated(...dates: string[]) {
  return {
    title: 'Test',
    articles: [
      {
        id: 'a',
        title: 'A',
        outlet: 'O',
        published: '2017-12-30',
        publishedBasis: 'Printed.',
        text,
      },
    ],
    events: dates.map((date, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      date,
      sources: [{ article: 'a', exact: 'Something happened.', start: 0, end: 19 }],
    })),
  };
}

/** Events with the given EDTF dates, loaded through the real loader. */
export function eventsDated(...dates: string[]): TimelineEvent[] {
  const { dataset, problems } = loadDataset(datasetDated(...dates), { file: 'test.json' });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length || !dataset) throw new Error(JSON.stringify(errors.slice(0, 3)));
  return [...dataset.events];
}
