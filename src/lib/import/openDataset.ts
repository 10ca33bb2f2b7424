import type { DataFormat } from './formats.ts';
import type { AnyDatasetLoad } from './loadAnyDataset.ts';
import { readTextWithProgress } from './readText.ts';
import type { WorkerRequest } from './datasetWorker.ts';

export type OpenProgress =
  | { readonly stage: 'reading'; readonly loaded: number; readonly total: number }
  | { readonly stage: 'checking' };

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
 * Opens a file, or text, in a Web Worker so the page stays responsive, with progress. Where
 * there are no workers (a test's DOM), it reads on the page instead.
 */
export function openDataset(
  input: { file: File } | { text: string; name: string },
  format: DataFormat | null,
  onProgress: (progress: OpenProgress) => void,
): OpeningDataset {
  const request: WorkerRequest =
    'file' in input
      ? { kind: 'file', file: input.file, format }
      : { kind: 'text', text: input.text, name: input.name, format };
  if (typeof Worker === 'undefined') return openOnPage(request, onProgress);
  const worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });
  let settle: (result: OpenedDataset | null) => void = () => {};
  const done = new Promise<OpenedDataset | null>((resolve) => (settle = resolve));
  const failure = (message: string): OpenedDataset => ({
    dataset: null,
    problems: [
      {
        severity: 'error',
        file: 'file' in input ? input.file.name : input.name,
        path: '',
        message: `the file could not be read: ${message}. If it is a folder, or was moved or changed after it was chosen, choose it again.`,
      },
    ],
    leftOut: [],
    format: null,
    text: null,
  });
  worker.onmessage = ({ data }) => {
    if (data.type === 'failed') {
      settle(failure(data.message));
      worker.terminate();
    } else if (data.type === 'progress')
      onProgress({ stage: 'reading', loaded: data.loaded, total: data.total });
    else if (data.type === 'checking') onProgress({ stage: 'checking' });
    else if (data.type === 'done') {
      settle({ ...data.load, text: data.text });
      worker.terminate();
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    settle(failure(event.message || 'the browser stopped reading it'));
  };
  worker.onmessageerror = () => {
    worker.terminate();
    settle(failure('the result could not be passed back to the page'));
  };
  worker.postMessage(request);
  return {
    done,
    cancel() {
      worker.terminate();
      settle(null);
    },
  };
}

function openOnPage(
  request: WorkerRequest,
  onProgress: (progress: OpenProgress) => void,
): OpeningDataset {
  let cancelled = false;
  const name = request.kind === 'file' ? request.file.name : request.name;
  const done = (async (): Promise<OpenedDataset | null> => {
    // Progress is reported from the next task on, once the caller holds the handle.
    await Promise.resolve();
    try {
      const read =
        request.kind === 'file'
          ? await readTextWithProgress(request.file, (loaded, total) =>
              onProgress({ stage: 'reading', loaded, total }),
            )
          : { text: request.text, encodingNote: null };
      if (cancelled) return null;
      onProgress({ stage: 'checking' });
      // Loaded when needed, so the readers of other formats stay out of the page's first load.
      const { loadAnyDataset } = await import('./loadAnyDataset.ts');
      const load = loadAnyDataset(read.text, {
        file: name,
        format: request.format,
        encodingNote: read.encodingNote,
      });
      return cancelled ? null : { ...load, text: request.kind === 'file' ? read.text : null };
    } catch (error) {
      return {
        dataset: null,
        problems: [
          {
            severity: 'error',
            file: name,
            path: '',
            message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}.`,
          },
        ],
        leftOut: [],
        format: null,
        text: null,
      };
    }
  })();
  return {
    done,
    cancel() {
      cancelled = true;
    },
  };
}
