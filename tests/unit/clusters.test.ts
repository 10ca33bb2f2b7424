import { describe, expect, it } from 'vitest';
import { clusterOverflow } from '../../src/lib/timeline/clusters.ts';
import { startHistogram } from '../../src/lib/timeline/histogram.ts';
import { OVERFLOW, packLanes } from '../../src/lib/timeline/lanes.ts';

describe('clustering', () => {
  it('gathers overflowing events that start close together, and only those', () => {
    const left = Float64Array.from([0, 10, 20, 30, 100, 130, 400]);
    const lane = Int32Array.from([0, OVERFLOW, OVERFLOW, 1, OVERFLOW, OVERFLOW, OVERFLOW]);
    const clusters = clusterOverflow(left, left, lane, null, 56);
    expect(clusters.map((c) => c.members)).toEqual([[1, 2], [4, 5], [6]]);
  });

  it('keeps the clusters of different rows apart', () => {
    const left = Float64Array.from([0, 5, 10]);
    const lane = Int32Array.from([OVERFLOW, OVERFLOW, OVERFLOW]);
    const clusters = clusterOverflow(left, left, lane, Int32Array.from([0, 1, 0]), 56);
    expect(clusters.map((c) => [c.group, c.members])).toEqual([
      [0, [0, 2]],
      [1, [1]],
    ]);
  });

  it('accounts for every one of 10,000 crowded events, in lane or cluster, in one pass', () => {
    const n = 10_000;
    let seed = 5;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const left = Float64Array.from({ length: n }, () => random() * 1200).sort();
    const extents = {
      left,
      right: left.map((x) => x + 12),
      labelWidth: new Float64Array(n).fill(120),
    };
    const layout = packLanes(extents, 1200, { maxLanes: 10 });
    expect(Math.max(...layout.laneCounts)).toBeLessThanOrEqual(10);
    const clusters = clusterOverflow(left, extents.right, layout.lane, null);
    const clustered = clusters.reduce((sum, c) => sum + c.members.length, 0);
    const inLanes = layout.lane.filter((l) => l !== OVERFLOW).length;
    expect(clustered + inLanes).toBe(n);
    // Few enough marks to read: lanes hold a handful, and clusters are at least 56 px apart.
    expect(clusters.length).toBeLessThanOrEqual(Math.ceil(1200 / 56) + 1);
  });
});

describe('histogram', () => {
  it('counts event starts per slice of the window', () => {
    const day = 86_400_000;
    const starts = Float64Array.from([-Infinity, 0, day, 2 * day, 9 * day, 9.5 * day]);
    expect([...startHistogram(starts, [0, 10 * day], 5)]).toEqual([3, 1, 0, 0, 2]);
  });

  it('counts nothing for no events', () => {
    expect([...startHistogram(new Float64Array(0), [0, 1], 3)]).toEqual([0, 0, 0]);
  });
});
