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

/**
 * How close (in pixels) overflowing events must start to share a cluster: clusters are at
 * least this far apart, so their pills, at most this wide less a gap, never overlap.
 */
export const CLUSTER_WIDTH = 64;

/** A cluster pill's text: the count, and whether "more" follows it. */
export interface ClusterLabel {
  readonly count: string;
  readonly more: boolean;
}

// Rough widths of a pill's parts, in pixels (13px bold digits, the word " more", padding and
// border), enough to tell what fits; the pill is laid out by the browser.
const DIGIT_WIDTH = 8;
const MORE_WIDTH = 36;
const FRAME_WIDTH = 20;
const PILL_GAP = 4;

/**
 * What a cluster's pill says, given the room to the next cluster of its row: "434 more" where
 * it fits, else "+434", and from 10,000 on "+46k" or "+1M" (the exact count is in its accessible name
 * and in the list it opens), so neighbouring pills never overlap.
 */
export function clusterLabel(count: number, room: number): ClusterLabel {
  const full = String(count);
  if (FRAME_WIDTH + full.length * DIGIT_WIDTH + MORE_WIDTH + PILL_GAP <= room)
    return { count: full, more: true };
  const short =
    count < 10_000
      ? full
      : count < 1_000_000
        ? `${Math.floor(count / 1000)}k`
        : `${Math.floor(count / 1_000_000)}M`;
  return { count: `+${short}`, more: false };
}

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
