import { describe, expect, it, vi } from 'vitest';
import { CODE_MISSING } from '../../src/lib/data/codeLoading.ts';
import { JsonSyntaxNeeded, parseJson } from '../../src/lib/data/parseJson.ts';
import { loadAnyDataset } from '../../src/lib/import/loadAnyDataset.ts';

// As when the connection drops before the JSON syntax checker (loaded on demand) has arrived.
vi.mock('../../src/lib/data/jsonSyntax.ts', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('a file that is not valid JSON, when the syntax checker cannot be loaded', () => {
  it('is still reported as broken, in the browser’s own words, not as app code missing', async () => {
    const load = await loadAnyDataset('{"title": "x", "events": [1,,]}', { file: 'broken.json' });
    expect(load.dataset).toBeNull();
    expect(load.problems).toHaveLength(1);
    expect(load.problems[0]).toMatchObject({ severity: 'error', file: 'broken.json', path: '' });
    expect(load.problems[0]!.message).toMatch(/^the file is not valid JSON \(SyntaxError: .+\)\.$/);
    expect(load.problems[0]!.message).not.toBe(CODE_MISSING);
  });

  it('leaves the next broken file to try the checker again', async () => {
    await loadAnyDataset('{"title": ', { file: 'cut.json' });
    expect(() => parseJson('{"title": ')).toThrow(JsonSyntaxNeeded);
  });
});
