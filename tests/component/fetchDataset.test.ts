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
