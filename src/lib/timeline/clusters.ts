import { OVERFLOW } from './lanes.ts';

/** Events that found no lane near each other, drawn as one mark with their count. */
export interface Cluster {
  /** The group (row) it belongs to. */
  readonly group: number;
  /** Positions of its events in the columns, in time order. */
  readonly members: readonly number[];
  /** Left edge of its first event, in pixels at the packing zoom (without the pan). */
  readonly left: number;
  /** The latest end among its events (UTC ms), so a view of it can show them all. */
  readonly end: number;
}

/** How close (in pixels) overflowing events must start to share a cluster. */
export const CLUSTER_WIDTH = 56;

/**
 * Gathers the events that overflowed their group's lanes into clusters, in one pass over the
 * events in time order: an event joins its group's open cluster when it starts within
 * `width` pixels of that cluster's first event, else it opens a new one. Clusters of a group
 * are therefore at least `width` apart and never overlap.
 */
export function clusterOverflow(
  left: Float64Array,
  end: Float64Array,
  lane: Int32Array,
  group: Int32Array | null,
  width = CLUSTER_WIDTH,
): Cluster[] {
  const clusters: Cluster[] = [];
  const open = new Map<number, { group: number; members: number[]; left: number; end: number }>();
  for (let i = 0; i < lane.length; i++) {
    if (lane[i] !== OVERFLOW) continue;
    const g = group ? group[i]! : 0;
    const current = open.get(g);
    if (current && left[i]! < current.left + width) {
      current.members.push(i);
      current.end = Math.max(current.end, end[i]!);
    } else {
      const next = { group: g, members: [i], left: left[i]!, end: end[i]! };
      open.set(g, next);
      clusters.push(next);
    }
  }
  return clusters;
}
