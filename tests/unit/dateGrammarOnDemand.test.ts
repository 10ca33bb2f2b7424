// No import of the EDTF grammar here: this file checks that reading a dataset loads it when a
// date needs it, and only then.
import { describe, expect, it } from 'vitest';
import { loadAnyDataset } from '../../src/lib/import/loadAnyDataset.ts';
import { DateGrammarNeeded, parseDate } from '../../src/lib/model/dateSpan.ts';
import { withDateGrammar } from '../../src/lib/model/withDateGrammar.ts';
import { datasetDated } from './timelineHelpers.ts';

function dataset(dates: string[]): string {
  return JSON.stringify(datasetDated(...dates));
}

describe('the EDTF grammar, loaded on demand', () => {
  it('is not loaded for a dataset of plain dates', async () => {
    const load = await loadAnyDataset(
      dataset(['2017-12-28', '2015-09/2017-12', '2024-07/2024-07']),
    );
    expect(load.problems).toEqual([]);
    expect(load.dataset!.events.map((e) => e.when.edtf)).toEqual([
      '2015-09/2017-12',
      '2017-12-28',
      '2024-07/2024-07',
    ]);
    expect(() => parseDate('2015-09~')).toThrow(DateGrammarNeeded);
  });

  it('is loaded when a dataset has a date beyond the plain forms, which then reads in full', async () => {
    const load = await loadAnyDataset(dataset(['2017-12-28', '2015-09~', '201X']));
    expect(load.problems).toEqual([]);
    const approximate = load.dataset!.events.find((e) => e.when.edtf === '2015-09~')!;
    expect(approximate.when.start).toMatchObject({ approximate: true, precision: 'month' });
    expect(load.dataset!.events.find((e) => e.when.edtf === '201X')!.when.start).toMatchObject({
      first: { year: 2010, month: 1, day: 1 },
      last: { year: 2019, month: 12, day: 31 },
    });
    expect(parseDate('2015-09~').ok).toBe(true);
  });

  it('leaves other errors to the caller', async () => {
    await expect(
      withDateGrammar(() => {
        throw new TypeError('not a grammar problem');
      }),
    ).rejects.toThrow(TypeError);
  });
});
