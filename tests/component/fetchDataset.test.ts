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
  /** A body that sends one chunk, then waits: a large file still arriving. */
  function arriving() {
    const source = { cancelled: false };
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"events": ['));
      },
      cancel() {
        source.cancelled = true;
      },
    });
    return { source, response: new Response(body) };
  }

  it('stops the download itself once Cancel is pressed, and says it was cancelled', async () => {
    const { source, response } = arriving();
    const fetch = vi.fn(async (_url: URL, _init: RequestInit) => response);
    vi.stubGlobal('fetch', fetch);
    const cancel = new AbortController();
    const fetched = await fetchDataset(
      'https://example.org/big.json',
      'https://example.org/',
      () => cancel.abort(),
      cancel.signal,
    );
    expect(fetch.mock.calls[0]![1].signal).toBe(cancel.signal);
    expect(source.cancelled).toBe(true);
    expect(!fetched.ok && fetched.load.problems[0]!.message).toContain('cancelled');
  });

  it('stops the download index.html started, which has no signal of its own', async () => {
    const { source, response } = arriving();
    let arrive: (response: Response) => void = () => {};
    window.sourcelineEarlyFetch = {
      href: 'https://example.org/big.json',
      response: new Promise((resolve) => (arrive = resolve)),
    };
    const cancel = new AbortController();
    const fetching = fetchDataset('/big.json', 'https://example.org/', () => {}, cancel.signal);
    // Cancelled before the server has answered: the body is let go when it comes.
    cancel.abort();
    arrive(response);
    const fetched = await fetching;
    expect(source.cancelled).toBe(true);
    expect(!fetched.ok && fetched.load.problems[0]!.message).toContain('cancelled');
  });
});
