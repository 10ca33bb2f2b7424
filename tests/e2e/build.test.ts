import { describe, expect, inject, it } from 'vitest';

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
});
