import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDataset } from '../../src/lib/data/fetchDataset.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  delete window.sourcelineEarlyFetch;
});

describe('the download index.html starts early', () => {
  it('is taken over by the app for the same address, once, without fetching again', async () => {
    const fetch = vi.fn(async () => new Response('{"second": true}'));
    vi.stubGlobal('fetch', fetch);
    window.sourcelineEarlyFetch = {
      href: 'https://example.org/data.json',
      response: Promise.resolve(new Response('{"first": true}')),
      stop: new AbortController(),
    };
    const first = await fetchDataset('/data.json', 'https://example.org/page?x=1');
    expect(first.ok && new TextDecoder().decode(first.chunks[0])).toBe('{"first": true}');
    expect(fetch).not.toHaveBeenCalled();
    const again = await fetchDataset('/data.json', 'https://example.org/page?x=1');
    expect(again.ok && new TextDecoder().decode(again.chunks[0])).toBe('{"second": true}');
  });

  it('is left alone for another address, and a failed one is reported as unreachable', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}')),
    );
    window.sourcelineEarlyFetch = {
      href: 'https://example.org/a.json',
      response: Promise.resolve(null),
      stop: new AbortController(),
    };
    expect((await fetchDataset('https://example.org/b.json', 'https://example.org/')).ok).toBe(
      true,
    );
    const failed = await fetchDataset('https://example.org/a.json', 'https://example.org/');
    expect(failed.ok).toBe(false);
    expect(!failed.ok && failed.load.problems[0]!.message).toContain('could not be reached');
  });
});

describe('a cancelled download', () => {
  /**
   * A fetch that answers with the start of a large file and then waits, as a slow server
   * does, and, like the browser's, ends the download when its signal is aborted.
   */
  function slowServer({ answers }: { answers: boolean }) {
    const seen = { aborted: false };
    const fetch = vi.fn(
      (_url: URL | string, init?: RequestInit) =>
        new Promise<Response>((resolve, reject) => {
          let body: ReadableStreamDefaultController<Uint8Array> | null = null;
          init?.signal?.addEventListener('abort', () => {
            seen.aborted = true;
            const error = new DOMException('The download was stopped.', 'AbortError');
            reject(error);
            body?.error(error);
          });
          if (!answers) return;
          const stream = new ReadableStream<Uint8Array>({
            start(controller) {
              body = controller;
              controller.enqueue(new TextEncoder().encode('{"events": ['));
            },
          });
          resolve(new Response(stream));
        }),
    );
    return { fetch, seen };
  }

  it('stops the download itself once Cancel is pressed, and says it was cancelled', async () => {
    const { fetch, seen } = slowServer({ answers: true });
    vi.stubGlobal('fetch', fetch);
    const cancel = new AbortController();
    const fetched = await fetchDataset(
      'https://example.org/big.json',
      'https://example.org/',
      () => cancel.abort(), // at the first bytes
      cancel.signal,
    );
    expect(seen.aborted).toBe(true);
    expect(!fetched.ok && fetched.load.problems[0]!.message).toContain('cancelled');
  });

  /** Starts the download of big.json as index.html does, from a slow server. */
  function startEarly(server: { answers: boolean }) {
    const { fetch, seen } = slowServer(server);
    const stop = new AbortController();
    window.sourcelineEarlyFetch = {
      href: 'https://example.org/big.json',
      response: fetch('https://example.org/big.json', { signal: stop.signal }).catch(() => null),
      stop,
    };
    return seen;
  }

  it('stops the download index.html started, even before the server has answered', async () => {
    const seen = startEarly({ answers: false });
    const cancel = new AbortController();
    const fetching = fetchDataset('/big.json', 'https://example.org/', () => {}, cancel.signal);
    cancel.abort();
    const fetched = await fetching;
    expect(seen.aborted).toBe(true);
    expect(!fetched.ok && fetched.load.problems[0]!.message).toContain('cancelled');
  });

  it('stops the early download when cancelled before it was taken over', async () => {
    const seen = startEarly({ answers: true });
    const cancel = new AbortController();
    cancel.abort();
    const fetched = await fetchDataset(
      '/big.json',
      'https://example.org/',
      () => {},
      cancel.signal,
    );
    expect(seen.aborted).toBe(true);
    expect(fetched.ok).toBe(false);
  });
});
