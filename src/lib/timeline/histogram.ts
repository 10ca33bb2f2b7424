import type { TimeWindow } from './viewWindow.ts';

/**
 * How many events start in each of `binCount` equal slices of `window`, from the sorted start
 * times: a binary search per slice edge, so the cost grows with the bins, not the events.
 * Events starting before the window (an open start included) count in the first slice, and
 * any starting after it in the last.
 */
export function startHistogram(
  sortedStarts: Float64Array,
  [from, to]: TimeWindow,
  binCount: number,
): Uint32Array {
  const counts = new Uint32Array(binCount);
  let previous = 0;
  for (let bin = 0; bin < binCount; bin++) {
    const edge = bin === binCount - 1 ? Infinity : from + ((to - from) * (bin + 1)) / binCount;
    const next = firstAtOrAfter(sortedStarts, edge);
    counts[bin] = next - previous;
    previous = next;
  }
  return counts;
}

function firstAtOrAfter(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
