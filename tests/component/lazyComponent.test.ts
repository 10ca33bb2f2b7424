import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import { LazyComponent, unloadedParts } from '../../src/lib/components/lazyComponent.svelte.ts';

const Part: Component = () => ({});

describe('a part of the page loaded on demand', () => {
  it('loads once, however often it is asked for', async () => {
    let imports = 0;
    const part = new LazyComponent('the part', async () => {
      imports++;
      return { default: Part };
    });
    expect(part.current).toBeNull();
    await Promise.all([part.load(), part.load()]);
    await part.load();
    expect(part.current).toBe(Part);
    expect(imports).toBe(1);
  });

  it('says when its code could not be loaded, and tries again when next wanted', async () => {
    let attempt = 0;
    const part = new LazyComponent('the details panel', async () => {
      if (++attempt === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { default: Part };
    });
    await expect(part.load()).resolves.toBeNull();
    expect(part.current).toBeNull();
    expect(unloadedParts).toEqual(['the details panel']);
    await expect(part.load()).resolves.toBe(Part);
    expect(unloadedParts).toEqual([]);
    expect(attempt).toBe(2);
  });
});
