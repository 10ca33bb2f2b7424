import type { Cluster } from './clusters.ts';
import { OVERFLOW } from './lanes.ts';

/**
 * The order the arrow keys walk: every event drawn in a lane and every cluster, in time order.
 * An item is an event's position in the columns (≥ 0), or −(c + 1) for cluster c, at the
 * place of its first event.
 */
export function focusOrder(lane: Int32Array, clusters: readonly Cluster[]): number[] {
  const clusterStartingAt = new Map(clusters.map((c, index) => [c.members[0]!, index]));
  const order: number[] = [];
  for (let i = 0; i < lane.length; i++) {
    if (lane[i] !== OVERFLOW) order.push(i);
    else if (clusterStartingAt.has(i)) order.push(-clusterStartingAt.get(i)! - 1);
  }
  return order;
}

/** The key of the item before (−1) or after (1) the current one; the first when none is. */
export function nextInOrder(
  order: readonly number[],
  keyOf: (item: number) => string,
  current: string | null,
  direction: -1 | 1,
): string | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.findIndex((item) => keyOf(item) === current);
  if (at === -1) return keyOf(order[0]!);
  const next = order[Math.min(Math.max(at + direction, 0), order.length - 1)]!;
  return keyOf(next);
}

/** A mark on screen: its key, left edge and row (counted down through every group's lanes). */
export interface FocusItem {
  readonly key: string;
  readonly x: number;
  readonly row: number;
}

/**
 * The mark in the nearest row above (−1) or below (1) that has one, closest in x to the
 * current mark; null when there is no such row.
 */
export function nearestInRow(
  items: readonly FocusItem[],
  current: string | null,
  direction: -1 | 1,
): string | null {
  const from = items.find((item) => item.key === current);
  if (!from) return items[0]?.key ?? null;
  let best: FocusItem | null = null;
  for (const item of items) {
    const rows = (item.row - from.row) * direction;
    if (rows <= 0) continue;
    const bestRows = best ? (best.row - from.row) * direction : Infinity;
    if (
      rows < bestRows ||
      (rows === bestRows && Math.abs(item.x - from.x) < Math.abs(best!.x - from.x))
    ) {
      best = item;
    }
  }
  return best?.key ?? null;
}
