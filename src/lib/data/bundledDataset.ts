import seed from '../../../data/syria-2017-12-30.json';
import { withReadingCode } from './withReadingCode.ts';
import { loadDataset, type DatasetLoad } from './loadDataset.ts';

export const BUNDLED_FILE = 'syria-2017-12-30.json';

/** The chronology that ships with the app, read through the same checks as any other. */
export function loadBundledDataset(): Promise<DatasetLoad> {
  return withReadingCode(() => loadDataset(seed, { file: BUNDLED_FILE }));
}
