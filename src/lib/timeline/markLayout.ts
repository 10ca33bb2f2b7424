import { eventsInWindow, OPEN_END, OPEN_START, POINT, type EventColumns } from './eventColumns.ts';
import { placeLabels, type LabelBox } from './labels.ts';
import { CLUSTER_WIDTH, clusterLabel, type Cluster, type ClusterLabel } from './clusters.ts';
import { LANE_GAP, OVERFLOW, type LaneLayout, type MarkExtents } from './lanes.ts';
import type { TimeWindow, ViewTransform } from './viewWindow.ts';

/** Radius of a single day's dot, and the narrowest a bar is drawn, in pixels. */
export const POINT_RADIUS = 7;
export const MIN_BAR_WIDTH = 10;
/** The widest a label may be; longer titles are cut with an ellipsis. */
export const MAX_LABEL_WIDTH = 220;
/** How far past the edges a shape is drawn before it is cut (so its rounded end stays out of view). */
const OVERDRAW = 24;

/** How the time axis maps onto the screen: the fit window across `width`, zoomed by `view`. */
export interface ScreenScale {
  readonly fit: TimeWindow;
  readonly width: number;
  readonly view: ViewTransform;
}

/** What the shape of a mark depends on: its drawn interval and its flags. */
export type DrawnColumns = Pick<EventColumns, 'start' | 'end' | 'flags'>;

/** A mark as it is drawn now: its shape, lane and label in screen pixels. */
export interface VisibleMark {
  /** Position in the columns. */
  readonly index: number;
  readonly left: number;
  readonly right: number;
  /** Its group (row of lanes) and lane within the group. */
  readonly group: number;
  readonly lane: number;
  /** The shape reaches its open end in view, so it fades out there. */
  readonly fadesLeft: boolean;
  readonly fadesRight: boolean;
  readonly point: boolean;
  readonly label: LabelBox;
  readonly labelOnLeft: boolean;
}

/** A cluster as it is drawn now. */
export interface VisibleCluster {
  /** Position in the cluster list. */
  readonly index: number;
  readonly group: number;
  /** Left edge, in screen pixels. */
  readonly left: number;
  readonly count: number;
  /** What its pill says, in the room it has before the next cluster of its row. */
  readonly label: ClusterLabel;
  /** The time its events cover, from the first start to the last end. */
  readonly start: number;
  readonly end: number;
}

/** Screen x of an instant, before the pan offset is added. */
function unpanned(scale: ScreenScale, time: number): number {
  const from = scale.fit[0];
  return ((time - from) / (scale.fit[1] - from)) * scale.width * scale.view.k;
}

/**
 * Event i's shape, in pixels at `scale` without the pan, written to `left[at]` and `right[at]`:
 * a dot for a day, else a bar. Written into arrays rather than returned as a pair: markExtents
 * runs it for every event while the first view is drawn, in code not yet optimised, where
 * taking a pair apart runs the iterator protocol.
 */
function writeShape(
  columns: DrawnColumns,
  i: number,
  scale: ScreenScale,
  left: Float64Array,
  right: Float64Array,
  at: number,
): void {
  // An open end is drawn to the edge of the fit window, where it fades out.
  const start = unpanned(
    scale,
    Number.isFinite(columns.start[i]) ? columns.start[i]! : scale.fit[0],
  );
  const end = unpanned(scale, Number.isFinite(columns.end[i]) ? columns.end[i]! : scale.fit[1]);
  if (columns.flags[i]! & POINT) {
    const centre = (start + end) / 2;
    left[at] = centre - POINT_RADIUS;
    right[at] = centre + POINT_RADIUS;
  } else {
    left[at] = start;
    right[at] = Math.max(end, start + MIN_BAR_WIDTH);
  }
}

/** Every event's shape and label width at a zoom, for lane packing (which ignores the pan). */
export function markExtents(
  columns: DrawnColumns,
  fit: TimeWindow,
  width: number,
  k: number,
  labelWidth: Float64Array,
): MarkExtents {
  const scale: ScreenScale = { fit, width, view: { k, x: 0 } };
  const n = columns.start.length;
  const left = new Float64Array(n);
  const right = new Float64Array(n);
  for (let i = 0; i < n; i++) writeShape(columns, i, scale, left, right, i);
  return { left, right, labelWidth };
}

/**
 * The marks in view (and just outside it, whose labels may reach in), with their labels
 * placed; events that overflowed into a cluster are left to the cluster. Only events
 * overlapping the window are looked at. Lanes were packed with labels capped in width
 * (`labelWidth`); where a lane has more room, a label takes it, up to `fullLabelWidth`.
 * `pinned` marks are drawn wherever they are: the focused one must keep its element (and so
 * the keyboard focus) when it is panned out of view.
 */
export function visibleMarks(
  columns: EventColumns,
  scale: ScreenScale,
  lanes: LaneLayout,
  group: Int32Array | null,
  labelWidth: Float64Array,
  fullLabelWidth: Float64Array,
  pinned: readonly number[] = [],
): VisibleMark[] {
  const { fit, width, view } = scale;
  const msPerPx = (fit[1] - fit[0]) / (width * view.k);
  const from = fit[0] + (-view.x - MAX_LABEL_WIDTH) * msPerPx;
  const to = fit[0] + (width - view.x + MAX_LABEL_WIDTH) * msPerPx;
  // Zoomed out on a large dataset, most events in view are in clusters: they are skipped
  // while scanning, not gathered and then dropped.
  const inLane = (i: number) => lanes.lane[i] !== OVERFLOW;
  const inWindow = eventsInWindow(columns, from, to, inLane);
  const extra = pinned.filter((i) => inLane(i) && !inWindow.includes(i));
  const indices = extra.length ? [...inWindow, ...extra].sort((a, b) => a - b) : inWindow;
  const groupOf = (i: number) => (group ? group[i]! : 0);
  const lefts = new Float64Array(indices.length);
  const rights = new Float64Array(indices.length);
  indices.forEach((i, n) => {
    writeShape(columns, i, scale, lefts, rights, n);
    lefts[n] = lefts[n]! + view.x;
    rights[n] = rights[n]! + view.x;
  });
  const labels = placeLabels(
    indices.map((i, n) => ({
      left: lefts[n]!,
      right: rights[n]!,
      // Rows of different groups never meet: key them apart.
      row: groupOf(i) * 0x10000 + lanes.lane[i]!,
      labelWidth: fullLabelWidth[i]!,
      reservedWidth: labelWidth[i]!,
      labelOnLeft: lanes.labelOnLeft[i] === 1,
    })),
    width,
    LANE_GAP,
  );
  return indices.map((i, n) => {
    const left = lefts[n]!;
    const right = rights[n]!;
    const flags = columns.flags[i]!;
    return {
      index: i,
      left: Math.max(left, -OVERDRAW),
      right: Math.min(right, width + OVERDRAW),
      group: groupOf(i),
      lane: lanes.lane[i]!,
      fadesLeft: (flags & OPEN_START) !== 0 && left >= -OVERDRAW,
      fadesRight: (flags & OPEN_END) !== 0 && right <= width + OVERDRAW,
      point: (flags & POINT) !== 0,
      label: labels[n]!,
      labelOnLeft: lanes.labelOnLeft[i] === 1,
    };
  });
}

/** The clusters in view, each at its first event's left edge. */
export function visibleClusters(
  columns: EventColumns,
  clusters: readonly Cluster[],
  scale: ScreenScale,
): VisibleCluster[] {
  // One pass, run every frame. A pill's words fit the room it has up to the right edge, and
  // once the next cluster of its row is reached (they come in time order), up to that one.
  const visible: { -readonly [K in keyof VisibleCluster]: VisibleCluster[K] }[] = [];
  const lastOfRow = new Map<number, (typeof visible)[number]>();
  const shapeLeft = new Float64Array(1);
  const shapeRight = new Float64Array(1);
  for (let index = 0; index < clusters.length; index++) {
    const { group, members, end } = clusters[index]!;
    writeShape(columns, members[0]!, scale, shapeLeft, shapeRight, 0);
    const left = shapeLeft[0]! + scale.view.x;
    const before = lastOfRow.get(group);
    if (before && left < scale.width) before.label = clusterLabel(before.count, left - before.left);
    lastOfRow.delete(group);
    if (left > scale.width || left + CLUSTER_WIDTH < 0) continue;
    const count = members.length;
    const label = clusterLabel(count, scale.width - left);
    const shown = { index, group, left, count, label, start: columns.start[members[0]!]!, end };
    visible.push(shown);
    lastOfRow.set(group, shown);
  }
  return visible;
}
