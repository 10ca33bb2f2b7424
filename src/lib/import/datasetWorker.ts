/// <reference lib="webworker" />
import { loadAnyDataset, type DataFormat } from './loadAnyDataset.ts';
import { readTextWithProgress } from './readText.ts';

/** What the page asks: open a file, or text it already has. */
export type WorkerRequest =
  | { readonly kind: 'file'; readonly file: File; readonly format: DataFormat | null }
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly name: string;
      readonly format: DataFormat | null;
    };

// Parsing and checking a large file takes seconds; here it does not freeze the page.
self.onmessage = async (message: MessageEvent<WorkerRequest>) => {
  const request = message.data;
  try {
    const read =
      request.kind === 'file'
        ? await readTextWithProgress(request.file, (loaded, total) =>
            self.postMessage({ type: 'progress', loaded, total }),
          )
        : { text: request.text, encodingNote: null };
    self.postMessage({ type: 'checking' });
    const name = request.kind === 'file' ? request.file.name : request.name;
    const load = loadAnyDataset(read.text, {
      file: name,
      format: request.format,
      encodingNote: read.encodingNote,
    });
    self.postMessage({ type: 'done', load, text: request.kind === 'file' ? read.text : null });
  } catch (error) {
    // A file that cannot be read (a folder, a file moved or changed since it was chosen).
    self.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
