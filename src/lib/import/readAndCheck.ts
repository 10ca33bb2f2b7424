import type { DataFormat } from './formats.ts';
import { loadAnyDataset, type AnyDatasetLoad } from './loadAnyDataset.ts';
import { readInput, type DatasetInput } from './readText.ts';

/** How far opening a dataset has got. */
export type OpenProgress =
  | { readonly stage: 'reading'; readonly loaded: number; readonly total: number }
  | { readonly stage: 'checking' };

/**
 * Reads an input's text and checks it as a dataset, saying how far it has got: the one way a
 * file or download is opened, on the page or in the worker. Null when `stopped` says, once the
 * text is read, that the result is no longer wanted (nothing is checked then).
 */
export async function readAndCheck(
  input: DatasetInput,
  format: DataFormat | null,
  onProgress: (progress: OpenProgress) => void,
  stopped: () => boolean = () => false,
): Promise<{ load: AnyDatasetLoad; text: string } | null> {
  const read = await readInput(input, (loaded, total) =>
    onProgress({ stage: 'reading', loaded, total }),
  );
  if (stopped()) return null;
  onProgress({ stage: 'checking' });
  const load = await loadAnyDataset(read.text, {
    file: input.name,
    format,
    encodingNote: read.encodingNote,
  });
  return { load, text: read.text };
}
