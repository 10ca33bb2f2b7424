import { describe, expect, it, vi } from 'vitest';
import { CODE_MISSING } from '../../src/lib/data/codeLoading.ts';
import { loadAnyDataset } from '../../src/lib/import/loadAnyDataset.ts';

// As when the connection drops before the CSV reader (loaded on demand) has arrived.
vi.mock('../../src/lib/import/readCsv.ts', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('a reader whose code cannot be loaded', () => {
  it('is reported as the app code missing, not as a fault of the file', async () => {
    const load = await loadAnyDataset('date,title\n2017-12-30,Talks\n', {
      file: 'sheet.csv',
      format: 'native-csv',
    });
    expect(load.dataset).toBeNull();
    expect(load.problems).toEqual([
      { severity: 'error', file: 'sheet.csv', path: '', message: CODE_MISSING },
    ]);
  });

  it('leaves a Sourceline JSON file, which needs no other reader, unaffected', async () => {
    const load = await loadAnyDataset('{"title":"T","articles":[],"events":[]}', {
      file: 'empty.json',
    });
    expect(load.format).toBe('sourceline');
    expect(load.problems.some((p) => p.message === CODE_MISSING)).toBe(false);
  });
});
