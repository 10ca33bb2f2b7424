import { loadDataset, type DatasetLoad } from './loadDataset.ts';

/**
 * Fetches a dataset from an address and loads it. Network and HTTP failures come back as
 * problems like any other, so the page can say what went wrong instead of going blank.
 */
export async function fetchDataset(address: string, base: string): Promise<DatasetLoad> {
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
  const text = await response.text();
  if (/^\s*</.test(text) && (response.headers.get('content-type') ?? '').includes('html')) {
    return failure(
      address,
      `the address gave a web page (HTML), not a JSON dataset. Link to the .json file itself.`,
    );
  }
  return loadDataset(text, { file: fileName(url) });
}

function fileName(url: URL): string {
  return decodeURIComponent(url.pathname.split('/').pop() || url.host);
}

function failure(address: string, message: string): DatasetLoad {
  return {
    dataset: null,
    problems: [{ severity: 'error', file: address, path: '', message }],
    leftOut: [],
  };
}
