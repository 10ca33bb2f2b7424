import { DAY_MS } from './eventColumns.ts';

/** A visible stretch of time: UTC ms of its first instant and just after its last. */
export type TimeWindow = readonly [from: number, to: number];

/** A horizontal zoom: screen x = base x × k + x, where base x maps the fit window to the width. */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
}

/** The shortest window "fit all" shows, so that one day's events still have room around them. */
const MIN_FIT_DAYS = 14;

/**
 * The window that shows every event with a margin on each side: the first view, and the
 * furthest out a reader can zoom. Nothing about today's date is assumed.
 */
export function fitWindow([low, high]: readonly [number, number]): TimeWindow {
  const span = Math.max(high - low, MIN_FIT_DAYS * DAY_MS);
  const middle = (low + high) / 2;
  const margin = span * 0.04;
  return [middle - span / 2 - margin, middle + span / 2 + margin];
}

/** The largest zoom factor: at it, a single day fills the width. */
export function maxZoom([from, to]: TimeWindow): number {
  return Math.max(1, (to - from) / DAY_MS);
}

/** The zoom that shows `window` (clamped to the zoom bounds and to the fit window). */
export function transformForWindow(
  fit: TimeWindow,
  width: number,
  window: TimeWindow,
): ViewTransform {
  const fitSpan = fit[1] - fit[0];
  const k = clamp(fitSpan / Math.max(window[1] - window[0], 1), 1, maxZoom(fit));
  const baseX = ((window[0] + window[1]) / 2 - fit[0]) * (width / fitSpan);
  // Centre the window's middle, then keep the view inside the fit window.
  return { k, x: clamp(width / 2 - baseX * k, width - width * k, 0) };
}

/** The window a zoom shows. */
export function windowForTransform(
  fit: TimeWindow,
  width: number,
  { k, x }: ViewTransform,
): TimeWindow {
  const msPerPx = (fit[1] - fit[0]) / (width * k);
  return [fit[0] + -x * msPerPx, fit[0] + (width - x) * msPerPx];
}

/**
 * The window that brings one event into view: its interval with room on both sides (at least
 * two months for a single day, so its neighbours show), or everything when it has an open end.
 */
export function windowAround(start: number, end: number, fit: TimeWindow): TimeWindow {
  if (!Number.isFinite(start) || !Number.isFinite(end)) return fit;
  const span = Math.max((end - start) * 3, 60 * DAY_MS);
  const middle = (start + end) / 2;
  return [middle - span / 2, middle + span / 2];
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
