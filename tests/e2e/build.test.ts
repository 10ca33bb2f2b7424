import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { FIRST_DOWNLOAD_LIMIT, firstDownloadGzip } from '../../bench/firstDownload.ts';

const baseUrl = inject('baseUrl');

describe('the production build', () => {
  it('opens its first code with the hint to compile it while it downloads', async () => {
    const html = await (await fetch(baseUrl)).text();
    const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThanOrEqual(2); // the entry, and the chunk it shares
    for (const script of scripts) {
      const code = await (await fetch(new URL(script, baseUrl))).text();
      // V8 reads the comment only as the very first line.
      expect(code.startsWith('//# allFunctionsCalledOnLoad\n'), script).toBe(true);
    }
  });

  it('keeps the first download, JavaScript and CSS gzipped, under 60 kB', () => {
    // Measured on the build the browser tests serve. Code for other formats, exports, search
    // and the details loads when used; what must come first is counted here. Node's zlib can
    // differ by a few bytes between processors, so a build within a few bytes of the limit may
    // pass on one machine and fail on another: keep a margin.
    const { js, css } = firstDownloadGzip('dist');
    expect(js).toBeGreaterThan(10_000); // the manifest was read, not an empty list
    expect(js + css).toBeLessThan(FIRST_DOWNLOAD_LIMIT);
  });

  it("leaves out d3-color's parser, which the zoom's transitions would bring and never use", () => {
    // Its table of colour names (over 4 kB of the first download) is the sign it got in: an
    // import of d3-color the alias in vite.config.ts does not catch.
    const code = readdirSync('dist/assets')
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join('dist/assets', file), 'utf8'));
    expect(code.length).toBeGreaterThan(5);
    expect(code.filter((text) => /aliceblue|rebeccapurple/.test(text))).toEqual([]);
  });
});
