import type { DatasetLoad } from './loadDataset.ts';
import { failedLoad } from './problem.ts';

/** A dataset's bytes as downloaded, or the problem that stopped it, as a load to show. */
export type FetchedDataset =
  { ok: true; chunks: Uint8Array<ArrayBuffer>[]; name: string } | { ok: false; load: DatasetLoad };

type ProgressListener = (loaded: number, total: number) => void;

/**
 * Downloads a dataset from an address, reporting bytes received. It comes back as the chunks
 * that arrived, not text, so it can be handed to a worker without copying (a million events
 * are 400 MB: even joining them takes the page a fifth of a second) and is decoded like a file
 * the reader opened. Network and HTTP failures come back as problems like any other, so the
 * page can say what went wrong instead of going blank. Aborting `signal` (the reader pressed
 * Cancel) stops the download itself, not only the wait for it: what has arrived is let go.
 */
export async function fetchDataset(
  address: string,
  base: string,
  onProgress: ProgressListener = () => {},
  signal?: AbortSignal,
): Promise<FetchedDataset> {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return failure(address, `"${address}" is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return failure(address, `only http and https addresses can be loaded, not ${url.protocol}.`);
  }
  // The download index.html started for this address is taken over; it stops with `signal`
  // as one of the app's own would.
  const early = takeEarlyFetch(url);
  const stop = () => early?.stop.abort();
  if (signal?.aborted) stop();
  else signal?.addEventListener('abort', stop, { once: true });
  try {
    return await download(url, address, early, onProgress, signal);
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}

/** The download itself, from the early one or a new request, as fetchDataset describes. */
async function download(
  url: URL,
  address: string,
  early: EarlyFetch | null,
  onProgress: ProgressListener,
  signal: AbortSignal | undefined,
): Promise<FetchedDataset> {
  let response: Response | null;
  try {
    response = early ? await early.response : await fetch(url, { signal: signal ?? null });
  } catch {
    response = null;
  }
  if (signal?.aborted) return failure(address, CANCELLED);
  if (!response) {
    return failure(
      address,
      `the address could not be reached. Check it, and that its server allows other sites to read it (CORS).`,
    );
  }
  if (!response.ok) {
    return failure(
      address,
      `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    );
  }
  let chunks: Uint8Array<ArrayBuffer>[];
  try {
    // Aborting the download ends its body too: the read waiting on it fails.
    chunks = await readBody(response, onProgress);
  } catch {
    return failure(
      address,
      signal?.aborted
        ? CANCELLED
        : 'the connection broke while the file was downloading; try again.',
    );
  }
  const type = response.headers.get('content-type') ?? '';
  const opening = new TextDecoder().decode(chunks[0]?.subarray(0, 1024));
  if (type.includes('html') && /^\s*</.test(opening)) {
    return failure(
      address,
      `the address gave a web page (HTML), not a JSON dataset or CSV. Link to the .json or .csv file itself.`,
    );
  }
  return { ok: true, chunks, name: fileName(url) };
}

/** The download index.html starts for ?data= before the app's code has loaded. */
interface EarlyFetch {
  readonly href: string;
  /** Its response; null when it failed (or was stopped). */
  readonly response: Promise<Response | null>;
  readonly stop: AbortController;
}

declare global {
  interface Window {
    sourcelineEarlyFetch?: EarlyFetch;
  }
}

/** The download the page started for this address, once. */
function takeEarlyFetch(url: URL): EarlyFetch | null {
  const started = typeof window === 'undefined' ? undefined : window.sourcelineEarlyFetch;
  if (!started || started.href !== url.href) return null;
  delete window.sourcelineEarlyFetch;
  return started;
}

async function readBody(
  response: Response,
  onProgress: ProgressListener,
): Promise<Uint8Array<ArrayBuffer>[]> {
  if (!response.body) return [new Uint8Array(await response.arrayBuffer())];
  // The size the server announces is of the bytes sent, which may be compressed (then the
  // total is unknown; and where the page cannot see the encoding, once more has arrived than
  // announced).
  const encoding = response.headers.get('content-encoding');
  const announced =
    encoding && encoding !== 'identity' ? 0 : Number(response.headers.get('content-length')) || 0;
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress(loaded, loaded <= announced ? announced : 0);
  }
  return chunks;
}

function fileName(url: URL): string {
  const last = url.pathname.split('/').pop() || url.host;
  try {
    return decodeURIComponent(last);
  } catch {
    // A malformed escape (%E0) names the file as it is written.
    return last;
  }
}

const CANCELLED = 'the download was cancelled.';

function failure(address: string, message: string): FetchedDataset {
  return { ok: false, load: failedLoad(address, message) };
}
