/// <reference lib="webworker" />
// The worker reads the large files, where reading again for a part loaded on demand would cost
// most: it has the EDTF grammar and the JSON syntax checker from the start (its bundle holds
// all the reading code anyway).
import '../model/edtfGrammar.ts';
import '../data/jsonSyntax.ts';
import { packDataset } from '../data/packedDataset.ts';
import type { DataFormat } from './loadAnyDataset.ts';
import { readAndCheck } from './readAndCheck.ts';
import type { DatasetInput } from './readText.ts';

/** What the page asks: open this, in this format (or tell), and say whether to return its text. */
export interface WorkerRequest {
  readonly input: DatasetInput;
  readonly format: DataFormat | null;
  readonly keepText: boolean;
}

/** Events a message: the page unpacks 50,000 in some tens of milliseconds. */
const SLICE = 50_000;

// Parsing and checking a large file takes seconds; here it does not freeze the page.
self.onmessage = async (message: MessageEvent<WorkerRequest>) => {
  const { input, format, keepText } = message.data;
  try {
    // Nothing stops a worker's reading but ending the worker: there is always a result.
    const { load, text } = (await readAndCheck(input, format, (progress) =>
      self.postMessage({ type: 'progress', progress }),
    ))!;
    // The dataset goes as columns, which pass many times faster than event objects, in
    // slices the page takes in one short task each.
    const { dataset } = load;
    for (let from = 0; dataset && (from === 0 || from < dataset.events.length); from += SLICE) {
      const { packed, transfer } = packDataset(dataset, from, from + SLICE);
      self.postMessage({ type: 'slice', packed }, transfer);
    }
    self.postMessage({
      type: 'done',
      load: { ...load, dataset: null },
      text: keepText ? text : null,
    });
  } catch (error) {
    // A file that cannot be read (a folder, a file moved or changed since it was chosen).
    self.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
