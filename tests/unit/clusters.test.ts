import { describe, expect, it } from 'vitest';
import { CLUSTER_WIDTH, clusterLabel, clusterOverflow } from '../../src/lib/timeline/clusters.ts';
import { startHistogram } from '../../src/lib/timeline/histogram.ts';
import { eventColumns } from '../../src/lib/timeline/eventColumns.ts';
import { OVERFLOW, packLanes } from '../../src/lib/timeline/lanes.ts';
import { visibleClusters } from '../../src/lib/timeline/markLayout.ts';
import { eventsDated } from './timelineHelpers.ts';

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
    // Few enough marks to read: lanes hold a handful, and clusters are at least a pill apart.
    expect(clusters.length).toBeLessThanOrEqual(Math.ceil(1200 / CLUSTER_WIDTH) + 1);
  });
});

describe('cluster pills', () => {
  it('say "N more" where there is room, and less where the next cluster is close', () => {
    expect(clusterLabel(12, Infinity)).toEqual({ count: '12', more: true });
    expect(clusterLabel(434, 200)).toEqual({ count: '434', more: true });
    expect(clusterLabel(434, CLUSTER_WIDTH)).toEqual({ count: '+434', more: false });
    expect(clusterLabel(9_999, CLUSTER_WIDTH)).toEqual({ count: '+9999', more: false });
    expect(clusterLabel(46_470, CLUSTER_WIDTH)).toEqual({ count: '+46k', more: false });
    expect(clusterLabel(1_250_000, CLUSTER_WIDTH)).toEqual({ count: '+1M', more: false });
  });

  it('are worded for the room each has on screen', () => {
    // Days of 2000 to 2009 across 1,000 px: about 100 px a year.
    const columns = eventColumns(
      eventsDated('2000-01-01', '2000-07-01', '2005-01-01', '2009-06-01'),
    );
    const scale = { fit: columns.extent, width: 1000, view: { k: 1, x: 0 } };
    const clusters = [0, 1, 2, 3].map((i) => ({
      group: 0,
      members: [i],
      left: 0,
      end: columns.end[i]!,
    }));
    const shown = visibleClusters(columns, clusters, scale);
    expect(shown.map((c) => c.label.more)).toEqual([
      false, // half a year (about 50 px) before the next
      true, // years of room
      true,
      false, // too near the right edge for its words
    ]);
  });

  it('never say more than fits between two clusters as close as they come', () => {
    // 13px bold digits and "+" are at most 8 px; a pill's padding and border take 20.
    for (let count = 1; count < 10_000_000; count = Math.ceil(count * 1.37)) {
      const { count: text, more } = clusterLabel(count, CLUSTER_WIDTH);
      expect(more).toBe(false);
      expect(20 + text.length * 8, text).toBeLessThanOrEqual(CLUSTER_WIDTH - 4);
    }
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
