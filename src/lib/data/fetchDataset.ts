import type { DatasetLoad } from './loadDataset.ts';

/** A dataset's text as fetched, or the problem that stopped it, as a load to show. */
export type FetchedText =
  { ok: true; text: string; name: string } | { ok: false; load: DatasetLoad };

/**
 * Fetches a dataset's text from an address. Network and HTTP failures come back as problems
 * like any other, so the page can say what went wrong instead of going blank.
 */
export async function fetchDatasetText(address: string, base: string): Promise<FetchedText> {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return failure(address, `"${address}" is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return failure(address, `only http and https addresses can be loaded, not ${url.protocol}.`);
  }
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
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
  let text: string;
  try {
    text = await response.text();
  } catch {
    return failure(address, 'the connection broke while the file was downloading; try again.');
  }
  if (/^\s*</.test(text) && (response.headers.get('content-type') ?? '').includes('html')) {
    return failure(
      address,
      `the address gave a web page (HTML), not a JSON dataset or CSV. Link to the .json or .csv file itself.`,
    );
  }
  return { ok: true, text, name: fileName(url) };
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

function failure(address: string, message: string): FetchedText {
  return {
    ok: false,
    load: {
      dataset: null,
      problems: [{ severity: 'error', file: address, path: '', message }],
      leftOut: [],
    },
  };
}
