// No import of the EDTF grammar or the JSON syntax checker here: this file checks that reading
// a dataset loads each when the file needs it, and only then.
import { describe, expect, it, vi } from 'vitest';
import { loadAnyDataset } from '../../src/lib/import/loadAnyDataset.ts';
import { DateGrammarNeeded, parseDate } from '../../src/lib/model/dateSpan.ts';
import { JsonSyntaxNeeded } from '../../src/lib/data/parseJson.ts';
import { withReadingCode } from '../../src/lib/data/withReadingCode.ts';
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

  it('reads again once for each part: a need that comes back is some other fault', async () => {
    let reads = 0;
    await expect(
      withReadingCode(() => {
        reads++;
        throw new JsonSyntaxNeeded();
      }),
    ).rejects.toThrow(JsonSyntaxNeeded);
    expect(reads).toBe(2);
  });

  it('leaves other errors to the caller', async () => {
    await expect(
      withReadingCode(() => {
        throw new TypeError('not a grammar problem');
      }),
    ).rejects.toThrow(TypeError);
  });
});

describe('the JSON syntax checker, loaded on demand', () => {
  // Each test reads with modules of its own, so the checker starts out not loaded.
  async function fresh() {
    vi.resetModules();
    return {
      ...(await import('../../src/lib/import/loadAnyDataset.ts')),
      ...(await import('../../src/lib/data/parseJson.ts')),
    };
  }

  it('is not loaded for valid JSON', async () => {
    const { loadAnyDataset, parseJson, JsonSyntaxNeeded } = await fresh();
    const load = await loadAnyDataset(dataset(['2017-12-28']));
    expect(load.problems).toEqual([]);
    expect(() => parseJson('{"title": ')).toThrow(JsonSyntaxNeeded);
  });

  it('is loaded for a file that is not valid JSON, which is reported as before', async () => {
    const { loadAnyDataset, parseJson } = await fresh();
    const load = await loadAnyDataset('{\n  "title": "x",\n  "events": [1,,]\n}', {
      file: 'broken.json',
    });
    expect(load.dataset).toBeNull();
    expect(load.problems).toEqual([
      {
        severity: 'error',
        file: 'broken.json',
        path: '',
        message:
          'the file is not valid JSON: expected a value (an extra or missing comma?) at line 3, column 16.',
      },
    ]);
    expect(parseJson('{"title": ')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('cut short'),
    });
  });

  it('is loaded for a file read as Sourceline JSON that does not look like JSON', async () => {
    const { loadAnyDataset } = await fresh();
    const load = await loadAnyDataset('title,date\nx,2017', { format: 'sourceline' });
    expect(load.problems.map((p) => p.message)).toEqual([
      'the file is not valid JSON: unexpected character at line 1, column 1.',
    ]);
  });
});
