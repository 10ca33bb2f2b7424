import { SliceReceiver } from '../data/packedDataset.ts';
import { CODE_MISSING } from '../data/codeLoading.ts';
import { failedLoad } from '../data/problem.ts';
import type { DataFormat } from './formats.ts';
import type { AnyDatasetLoad } from './loadAnyDataset.ts';
// The reader of Sourceline JSON comes with this code (the readers of other formats and the
// EDTF grammar load when a file needs them), so it has arrived when a download has.
import { readAndCheck, type OpenProgress } from './readAndCheck.ts';
import { inputSize, type DatasetInput } from './readText.ts';
import type { WorkerRequest } from './datasetWorker.ts';

export type { OpenProgress } from './readAndCheck.ts';

export interface OpenedDataset extends AnyDatasetLoad {
  /** The file's text, to keep it in the browser; null when the page already had it. */
  readonly text: string | null;
}

export interface OpeningDataset {
  readonly done: Promise<OpenedDataset | null>;
  /** Stops reading and checking; `done` then resolves to null. */
  cancel(): void;
}

/**
 * Inputs up to this size are read on the page: a few tenths of a second at most, less than it
 * takes to start a worker and pass the result back.
 */
const ON_PAGE_LIMIT = 8 * 1024 * 1024;

/** Whether an input of this size is read in a worker; the caller may then start one early. */
export function readsInWorker(size: number): boolean {
  return typeof Worker !== 'undefined' && size > ON_PAGE_LIMIT;
}

let spareWorker: Worker | null = null;

/**
 * Starts the worker before the input is in hand (while a large download is still arriving),
 * so its start-up overlaps the download.
 */
export function startWorkerEarly(): void {
  spareWorker ??= createWorker();
}

/** Stops a worker started early that will not be used (the download failed or was cancelled). */
export function dropSpareWorker(): void {
  spareWorker?.terminate();
  spareWorker = null;
}

function createWorker(): Worker {
  return new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });
}

/**
 * Opens a file, download or text in a Web Worker so the page stays responsive, with progress.
 * Small inputs, and any input where there are no workers (a test's DOM), are read on the page.
 * `keepText` asks for the text back, to keep it in the browser.
 */
export function openDataset(
  input: DatasetInput,
  format: DataFormat | null,
  keepText: boolean,
  onProgress: (progress: OpenProgress) => void,
): OpeningDataset {
  const request: WorkerRequest = { input, format, keepText };
  if (!readsInWorker(inputSize(input))) return openOnPage(request, onProgress);
  const worker = spareWorker ?? createWorker();
  spareWorker = null;
  let settle: (result: OpenedDataset | null) => void = () => {};
  const done = new Promise<OpenedDataset | null>((resolve) => (settle = resolve));
  const failure = (message: string) =>
    unreadable(
      input.name,
      `${message}. If it is a folder, or was moved or changed after it was chosen, choose it again.`,
    );
  // The dataset arrives in slices, each unpacked as it comes (its own task: no long freeze).
  const received = new SliceReceiver();
  let heard = false;
  worker.onmessage = ({ data }) => {
    heard = true;
    if (data.type === 'slice') {
      try {
        received.add(data.packed);
      } catch {
        worker.terminate();
        settle(failure('the result could not be passed back to the page'));
      }
    } else if (data.type === 'failed') {
      settle(failure(data.message));
      worker.terminate();
    } else if (data.type === 'progress') onProgress(data.progress);
    else if (data.type === 'done') {
      settle({ ...data.load, dataset: received.dataset(), text: data.text });
      worker.terminate();
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    // Before the worker has said anything, it is its own code that failed to load or start.
    if (!heard) settle({ ...failedLoad(input.name, CODE_MISSING), format: null, text: null });
    else settle(failure(event.message || 'the browser stopped reading it'));
  };
  worker.onmessageerror = () => {
    worker.terminate();
    settle(failure('the result could not be passed back to the page'));
  };
  // Downloaded bytes are handed over, not copied (chunks may share a buffer: each goes once).
  const buffers = input.kind === 'download' ? new Set(input.chunks.map((c) => c.buffer)) : [];
  worker.postMessage(request, [...buffers]);
  return {
    done,
    cancel() {
      worker.terminate();
      settle(null);
    },
  };
}

function openOnPage(
  { input, format, keepText }: WorkerRequest,
  onProgress: (progress: OpenProgress) => void,
): OpeningDataset {
  let cancelled = false;
  const done = (async (): Promise<OpenedDataset | null> => {
    // Progress is reported from the next task on, once the caller holds the handle.
    await Promise.resolve();
    try {
      const opened = await readAndCheck(input, format, onProgress, () => cancelled);
      if (!opened || cancelled) return null;
      return { ...opened.load, text: keepText ? opened.text : null };
    } catch (error) {
      return unreadable(input.name, `${error instanceof Error ? error.message : String(error)}.`);
    }
  })();
  return {
    done,
    cancel() {
      cancelled = true;
    },
  };
}

/** What opening shows for a file that could not be read at all. */
function unreadable(name: string, reason: string): OpenedDataset {
  return { ...failedLoad(name, `the file could not be read: ${reason}`), format: null, text: null };
}
