import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/lib/timeline/eventColumns.ts';
import {
  fitWindow,
  maxZoom,
  transformForWindow,
  windowAround,
  windowForTransform,
} from '../../src/lib/timeline/viewWindow.ts';

const seedExtent: [number, number] = [Date.UTC(2011, 2, 1), Date.UTC(2017, 11, 31)];

describe('zoom bounds and windows', () => {
  it('fits every event with a margin on both sides', () => {
    const [from, to] = fitWindow(seedExtent);
    expect(from).toBeLessThan(seedExtent[0]);
    expect(to).toBeGreaterThan(seedExtent[1]);
    expect(to - from).toBeLessThan((seedExtent[1] - seedExtent[0]) * 1.1);
  });

  it('gives a single day room around it', () => {
    const [from, to] = fitWindow([Date.UTC(2017, 11, 30), Date.UTC(2017, 11, 31)]);
    expect((to - from) / DAY_MS).toBeGreaterThanOrEqual(14);
  });

  it('zooms in no further than one day across the width', () => {
    const fit = fitWindow(seedExtent);
    const k = maxZoom(fit);
    const [from, to] = windowForTransform(fit, 800, { k, x: -400 * k });
    expect(to - from).toBeCloseTo(DAY_MS, -1);
  });

  it('round-trips a window through a transform', () => {
    const fit = fitWindow(seedExtent);
    const wanted: [number, number] = [Date.UTC(2015, 0, 1), Date.UTC(2016, 0, 1)];
    const shown = windowForTransform(fit, 1000, transformForWindow(fit, 1000, wanted));
    expect(shown[0]).toBeCloseTo(wanted[0], -3);
    expect(shown[1]).toBeCloseTo(wanted[1], -3);
  });

  it('clamps a window outside the data back inside the fit window', () => {
    const fit = fitWindow(seedExtent);
    const shown = windowForTransform(
      fit,
      1000,
      transformForWindow(fit, 1000, [Date.UTC(1990, 0, 1), Date.UTC(1991, 0, 1)]),
    );
    expect(shown[0]).toBeCloseTo(fit[0], -3);
  });

  it('centres one event with room around it, and shows everything for an open-ended one', () => {
    const day = Date.UTC(2017, 11, 28);
    const [from, to] = windowAround(day, day + DAY_MS, fitWindow(seedExtent));
    expect((from + to) / 2).toBe(day + DAY_MS / 2);
    expect(to - from).toBe(60 * DAY_MS);
    const fit = fitWindow(seedExtent);
    expect(windowAround(seedExtent[0], Infinity, fit)).toEqual(fit);
  });
});
