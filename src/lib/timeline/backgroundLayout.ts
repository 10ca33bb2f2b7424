import { laneLayoutAt, type LaneLayoutInput, type TimelineLayout } from './laneLayout.ts';
import type { LayoutRequest } from './layoutWorker.ts';

/**
 * Lane layouts for one timeline input at any zoom, computed once each. Large datasets are laid
 * out in a worker, so crossing a zoom step never holds up a frame; until a layout arrives the
 * timeline keeps one made at a smaller zoom, which stays valid (see packingZoom). Zooms are
 * relative to the input's fit and width: a view of another width uses the same layouts at the
 * zoom that gives it as many pixels a millisecond.
 */
export class LayoutCache {
  readonly #input: LaneLayoutInput;
  readonly #done = new Map<number, TimelineLayout>();
  readonly #pending = new Set<number>();
  #waiting: (() => void)[] = [];
  readonly #worker: Worker | null;
  readonly #onlayout: () => void;

  /**
   * `inBackground` asks for the worker (where there is one); `onlayout` hears when a layout
   * computed there has arrived.
   */
  constructor(input: LaneLayoutInput, inBackground: boolean, onlayout: () => void) {
    this.#input = input;
    this.#onlayout = onlayout;
    this.#worker =
      inBackground && typeof Worker !== 'undefined'
        ? new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' })
        : null;
    if (!this.#worker) return;
    this.#worker.onmessage = ({ data }: MessageEvent<{ k: number; layout: TimelineLayout }>) => {
      this.#pending.delete(data.k);
      // One worked out on the page meanwhile (see at) stays: the same, and already drawn.
      if (!this.#done.has(data.k)) this.#done.set(data.k, data.layout);
      this.#onlayout();
      const waiting = this.#waiting;
      this.#waiting = [];
      waiting.forEach((resolve) => resolve());
    };
    this.#post({ kind: 'input', input });
  }

  /** The width the layouts are packed for, in pixels; their zoom 1 fits the data to it. */
  get width(): number {
    return this.#input.width;
  }

  /** The layout at zoom `k`, worked out now (on the page, or for k = 1, the first view). */
  now(k: number): TimelineLayout {
    let layout = this.#done.get(k);
    if (!layout) this.#done.set(k, (layout = laneLayoutAt(this.#input, k)));
    return layout;
  }

  /**
   * The layout at zoom `k` when there is one; in the background, else the finest made at a
   * smaller zoom while `k`'s is worked out.
   */
  at(k: number): TimelineLayout {
    const done = this.#done.get(k);
    if (done) return done;
    // The first view's (k = 1) is packed on the page: the worker is not asked for it too. So
    // is a zoom below it (a view narrower than the layouts' width) not yet in from the worker
    // (see prefetch): no smaller one can stand in. The worker's copy, if asked for, is dropped.
    if (!this.#worker || k <= 1) return this.now(k);
    this.prefetch(k);
    let finest = 1;
    for (const zoom of this.#done.keys()) if (zoom < k && zoom > finest) finest = zoom;
    return this.now(finest);
  }

  /** Asks the worker, where there is one, for the layout at zoom `k` before it is needed. */
  prefetch(k: number): void {
    if (!this.#worker || this.#done.has(k) || this.#pending.has(k)) return;
    this.#pending.add(k);
    this.#post({ kind: 'layout', k });
  }

  /** Resolves once the layout at zoom `k` is in (at once when it is, or on the page). */
  settled(k: number): Promise<void> {
    if (this.#done.has(k) || !this.#worker) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Stops the worker: the timeline's input changed, or it went away. */
  dispose(): void {
    this.#worker?.terminate();
    this.#waiting.forEach((resolve) => resolve());
    this.#waiting = [];
  }

  #post(request: LayoutRequest): void {
    this.#worker!.postMessage(request);
  }
}
