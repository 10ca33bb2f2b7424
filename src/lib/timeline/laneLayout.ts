import { clusterOverflow, type Cluster } from './clusters.ts';
import { packLanes, type LaneLayout } from './lanes.ts';
import { markExtents, type DrawnColumns } from './markLayout.ts';
import type { TimeWindow } from './viewWindow.ts';

/** Everything the lanes of a timeline depend on, except the zoom. */
export interface LaneLayoutInput {
  readonly columns: DrawnColumns;
  readonly fit: TimeWindow;
  /** The timeline's width in pixels. */
  readonly width: number;
  /** Width each mark's label needs, capped. */
  readonly labelWidths: Float64Array;
  /** The most lanes a group shows before its events overflow into clusters. */
  readonly maxLanes: number;
  /** Each event's group (row), or null when all are in one. */
  readonly group: Int32Array | null;
  readonly groupCount: number;
}

/** Where every mark goes at one packing zoom: its lane, or the cluster it overflowed into. */
export interface TimelineLayout {
  readonly lanes: LaneLayout;
  readonly clusters: Cluster[];
}

/** Packs the lanes at zoom `k` (see packingZoom) and gathers what overflows into clusters. */
export function laneLayoutAt(input: LaneLayoutInput, k: number): TimelineLayout {
  const { columns, fit, width, labelWidths, maxLanes, group, groupCount } = input;
  const extents = markExtents(columns, fit, width, k, labelWidths);
  const lanes = packLanes(extents, width * k, { maxLanes, group, groupCount });
  return { lanes, clusters: clusterOverflow(extents.left, columns.end, lanes.lane, group) };
}
