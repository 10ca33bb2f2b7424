import type { DatasetLoad } from '../data/loadDataset.ts';
import { failedLoad } from '../data/problem.ts';
import type { DataFormat } from '../import/formats.ts';
import type { OpeningDataset, OpenProgress } from '../import/openDataset.ts';
import type { DatasetInput } from '../import/readText.ts';

// Downloading, opening data and keeping a file in the browser are loaded when first needed,
// not with the page: the bundled chronology needs none of them to be shown. For a ?data=
// address, index.html has already started the download and asked for the code (main.ts).
const openingCode = remembered(() => import('../import/openingCode.ts'));

/**
 * A loader that, once its code has loaded, hands it over at once instead of asking import()
 * again: import() of a loaded module still settles in a later task, before which the page may
 * paint (at 10,000 events it went on 15–50 ms later). A download already in is then opened
 * without a stop.
 */
function remembered<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: T | undefined;
  return () =>
    loaded !== undefined ? Promise.resolve(loaded) : load().then((code) => (loaded = code));
}

/** Loads the code that downloads and opens an address; settles either way (see openAddress). */
export function loadReadingCode(): Promise<unknown> {
  return openingCode().catch(() => {});
}
const keeper = () => import('./savedDataset.ts');

/**
 * Performance marks at the end of each stage of opening a dataset, for the benchmark's
 * breakdown of where the time goes (and for anyone profiling in the browser's tools).
 */
const STAGE_MARKS = {
  downloaded: 'sourceline:downloaded',
  checked: 'sourceline:checked',
} as const;

/**
 * The bundled chronology, with the code that reads and checks datasets: loaded when needed,
 * so a page opened on another dataset never downloads either.
 */
async function loadBundled(): Promise<DatasetLoad> {
  try {
    const { loadBundledDataset } = await import('../data/bundledDataset.ts');
    return await loadBundledDataset();
  } catch {
    return codeMissing('the bundled chronology');
  }
}

/** What the page shows when the code that reads data could not be loaded (a dropped connection). */
function codeMissing(what: string): DatasetLoad {
  return failedLoad(
    what,
    'the code that reads it could not be loaded. Check the connection, then reload the page.',
  );
}

/** Where the dataset on screen came from. */
export type DatasetOrigin =
  | { readonly kind: 'bundled' }
  | { readonly kind: 'address'; readonly address: string }
  | { readonly kind: 'file'; readonly name: string; readonly format: DataFormat | null };

/**
 * The dataset on screen and how it got there: the bundled chronology, an address (`?data=`),
 * or a file the reader opened (kept in the browser until they go back to the bundled one).
 */
export class DatasetSession {
  load = $state.raw<DatasetLoad | null>(null);
  origin = $state.raw<DatasetOrigin>({ kind: 'bundled' });
  /** While a file or address is being read and checked: what, and how far along. */
  opening = $state.raw<{ name: string; progress: OpenProgress | null } | null>(null);
  private current: OpeningDataset | null = null;
  /**
   * The request under way: aborted when it is cancelled or overtaken (a file dropped while an
   * address loads), which also stops its download.
   */
  private request = new AbortController();
  private progressShownAt = -Infinity;

  /**
   * The first dataset: the address's, else the file kept from last time, else the bundled. Also
   * what the page falls back to when opening its address is cancelled before anything is shown.
   */
  async start(address: string | null, format: DataFormat | null): Promise<void> {
    if (address) return this.openAddress(address, format);
    this.cancel();
    const { signal } = this.request;
    const bundled = await loadBundled();
    if (signal.aborted) return;
    this.load = bundled;
    const saved = await (await keeper()).loadSavedDataset();
    // The bundled chronology is shown meanwhile; a kept file replaces it once read, unless the
    // reader has opened something else since.
    if (saved && !signal.aborted) {
      await this.run({ kind: 'text', text: saved.text, name: saved.name }, saved.format, false, {
        kind: 'file',
        name: saved.name,
        format: saved.format,
      });
    }
  }

  async openAddress(address: string, format: DataFormat | null): Promise<void> {
    this.cancel();
    const { signal } = this.request;
    this.opening = { name: address, progress: null };
    let code: Awaited<ReturnType<typeof openingCode>>;
    try {
      code = await openingCode();
    } catch {
      // Nothing will take over the download index.html started: it is stopped here, and
      // forgotten, so that trying the address again downloads it afresh.
      window.sourcelineEarlyFetch?.stop.abort();
      delete window.sourcelineEarlyFetch;
      if (!signal.aborted) this.show(codeMissing(address), { kind: 'address', address });
      return;
    }
    const fetched = await code.fetchDataset(
      address,
      window.location.href,
      (loaded, total) => {
        if (signal.aborted) return;
        this.showProgress(address, { stage: 'reading', loaded, total });
        if (code.readsInWorker(Math.max(loaded, total))) code.startWorkerEarly();
      },
      signal,
    );
    if (signal.aborted || !fetched.ok) {
      // A worker started early for this download is not needed.
      code.dropSpareWorker();
      if (!signal.aborted && !fetched.ok) this.show(fetched.load, { kind: 'address', address });
      return;
    }
    performance.mark(STAGE_MARKS.downloaded);
    await this.run(
      { kind: 'download', chunks: fetched.chunks, name: fetched.name },
      format,
      false,
      {
        kind: 'address',
        address,
      },
    );
  }

  async openFile(file: File, format: DataFormat | null): Promise<void> {
    const opened = await this.run({ kind: 'file', file, name: file.name }, format, true, {
      kind: 'file',
      name: file.name,
      format,
    });
    if (opened?.dataset && opened.text !== null) {
      const { saveDataset } = await keeper();
      await saveDataset({ name: file.name, format: opened.format, text: opened.text });
    }
  }

  async openBundled(): Promise<void> {
    this.cancel();
    const { signal } = this.request;
    // The kept file is forgotten before the bundled chronology shows, so a reload shows it too.
    const forgotten = keeper()
      .then(({ forgetSavedDataset }) => forgetSavedDataset())
      .catch(() => {});
    const bundled = await loadBundled();
    await forgotten;
    if (signal.aborted) return;
    this.load = bundled;
    this.origin = { kind: 'bundled' };
  }

  /**
   * Shows how far reading has got, at most ten times a second: a large file arrives in
   * thousands of chunks, and redrawing the bar for each would slow the reading down.
   */
  private showProgress(name: string, progress: OpenProgress): void {
    const now = performance.now();
    if (progress.stage === 'reading' && now - this.progressShownAt < 100) return;
    this.progressShownAt = now;
    this.opening = { name, progress };
  }

  /** Shows what was opened (or why it could not be), as opening ends. */
  private show(load: DatasetLoad, origin: DatasetOrigin): void {
    this.opening = null;
    this.load = load;
    this.origin = origin;
  }

  /** Stops reading a file; what was on screen stays. */
  cancel(): void {
    this.request.abort();
    this.request = new AbortController();
    this.current?.cancel();
    this.current = null;
    this.opening = null;
  }

  private async run(
    input: DatasetInput,
    format: DataFormat | null,
    keepText: boolean,
    origin: DatasetOrigin,
  ) {
    this.cancel();
    const { name } = input;
    this.opening = { name, progress: null };
    const { signal } = this.request;
    let openDataset: Awaited<ReturnType<typeof openingCode>>['openDataset'];
    try {
      ({ openDataset } = await openingCode());
    } catch {
      if (!signal.aborted) this.show(codeMissing(name), origin);
      return null;
    }
    if (signal.aborted) return null;
    let opening: OpeningDataset | null = null;
    opening = openDataset(input, format, keepText, (progress) => {
      if (opening && this.current === opening) this.showProgress(name, progress);
    });
    this.current = opening;
    const opened = await opening.done;
    if (this.current !== opening || !opened) return null;
    this.current = null;
    performance.mark(STAGE_MARKS.checked);
    this.show(opened, origin);
    return opened;
  }
}
