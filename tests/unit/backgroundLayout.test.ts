import { afterEach, describe, expect, it, vi } from 'vitest';
import { LayoutCache } from '../../src/lib/timeline/backgroundLayout.ts';
import { eventColumns } from '../../src/lib/timeline/eventColumns.ts';
import { laneLayoutAt, type LaneLayoutInput } from '../../src/lib/timeline/laneLayout.ts';
import { fitWindow } from '../../src/lib/timeline/viewWindow.ts';
import type { LayoutRequest } from '../../src/lib/timeline/layoutWorker.ts';
import { eventsDated } from './timelineHelpers.ts';

function input(): LaneLayoutInput {
  const dates = Array.from(
    { length: 60 },
    (_, i) =>
      `2017-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
  );
  const columns = eventColumns(eventsDated(...dates));
  return {
    columns,
    fit: fitWindow(columns.extent),
    width: 600,
    labelWidths: new Float64Array(columns.start.length).fill(120),
    maxLanes: 4,
    group: null,
    groupCount: 1,
  };
}

/** A worker that lays out as the real one does, answering when told to. */
class FakeWorker {
  static last: FakeWorker;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  input: LaneLayoutInput | null = null;
  asked: number[] = [];
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: LayoutRequest) {
    if (request.kind === 'input') this.input = request.input;
    else this.asked.push(request.k);
  }
  answer() {
    for (const k of this.asked.splice(0))
      this.onmessage?.({ data: { k, layout: laneLayoutAt(this.input!, k) } });
  }
  terminate() {}
}

afterEach(() => vi.unstubAllGlobals());

describe('lane layouts by zoom step', () => {
  it('are worked out on the page once each where there is no worker', () => {
    const cache = new LayoutCache(input(), true, () => {});
    const at4 = cache.at(4);
    expect(at4).toEqual(laneLayoutAt(input(), 4));
    expect(cache.at(4)).toBe(at4);
  });

  it('come from the worker for large data, the finest smaller one standing in meanwhile', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const arrived = vi.fn();
    const cache = new LayoutCache(input(), true, arrived);
    const fit = cache.now(1);
    expect(cache.at(4)).toBe(fit);
    expect(cache.at(4)).toBe(fit);
    expect(FakeWorker.last.asked).toEqual([4]);
    FakeWorker.last.answer();
    expect(arrived).toHaveBeenCalledTimes(1);
    const at4 = cache.at(4);
    expect(at4).toEqual(laneLayoutAt(input(), 4));
    // Zooming further in keeps the step-4 lanes (valid at 16) until 16's arrive.
    expect(cache.at(16)).toBe(at4);
    expect(cache.at(2)).toBe(fit);
    expect(FakeWorker.last.asked).toEqual([16, 2]);
  });

  it('say when a zoom step is in, for a focus that waits on it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const cache = new LayoutCache(input(), true, () => {});
    cache.at(8);
    let settled = false;
    const waiting = cache.settled(8).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    FakeWorker.last.answer();
    await waiting;
    expect(settled).toBe(true);
    await expect(cache.settled(8)).resolves.toBeUndefined();
  });

  it('depend on how many pixels a millisecond takes, not on the width and zoom apart', () => {
    // So one packed for a wide view serves a view half as wide at twice the zoom.
    const wide = { ...input(), width: 600 };
    const narrow = { ...input(), width: 300 };
    expect(laneLayoutAt(wide, 0.5)).toEqual(laneLayoutAt(narrow, 1));
    expect(laneLayoutAt(wide, 2)).toEqual(laneLayoutAt(narrow, 4));
    expect(laneLayoutAt(wide, 1)).not.toEqual(laneLayoutAt(narrow, 1));
    expect(new LayoutCache(wide, false, () => {}).width).toBe(600);
  });

  it('are asked of the worker ahead of need, once, and kept as they arrive', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const cache = new LayoutCache(input(), true, () => {});
    cache.prefetch(0.5);
    cache.prefetch(0.5);
    expect(FakeWorker.last.asked).toEqual([0.5]);
    FakeWorker.last.answer();
    const half = cache.at(0.5);
    expect(half).toEqual(laneLayoutAt(input(), 0.5));
    cache.prefetch(0.5);
    expect(FakeWorker.last.asked).toEqual([]);
    expect(cache.at(0.5)).toBe(half);
  });

  it('below the first view, are packed on the page when not asked for ahead, and stay so', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const cache = new LayoutCache(input(), true, () => {});
    cache.prefetch(0.25);
    // Needed before the worker answered: no smaller one can stand in, so it is packed here…
    const onPage = cache.at(0.25);
    expect(onPage).toEqual(laneLayoutAt(input(), 0.25));
    // …and the worker's copy, the same, does not replace the one already drawn.
    FakeWorker.last.answer();
    expect(cache.at(0.25)).toBe(onPage);
  });

  it('stay on the page for small data even where there is a worker', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const cache = new LayoutCache(input(), false, () => {});
    expect(cache.at(8)).toEqual(laneLayoutAt(input(), 8));
  });
});
