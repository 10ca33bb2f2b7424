/**
 * Lane packing: every mark gets a row (lane) where neither its shape nor its label overlaps
 * another mark's. Works in pixels at a zoom factor, without the pan offset: panning moves
 * every mark by the same amount, so it never changes which marks overlap.
 */
export interface LaneLayout {
  /** Lane of each mark within its group (0 is the top); OVERFLOW when its group is full. */
  readonly lane: Int32Array;
  /** 1 where the label sits to the left of the mark (near the end of the data), else 0. */
  readonly labelOnLeft: Uint8Array;
  /** Lanes used by each group, not counting an overflow lane. */
  readonly laneCounts: readonly number[];
}

/** The lane of a mark that found no room within its group's lanes (see clusterOverflow). */
export const OVERFLOW = -1;

export interface PackingOptions {
  /** Space kept between neighbours in a lane, in pixels. */
  readonly gap?: number;
  /** The most lanes a group may use; marks that find no room in them overflow. */
  readonly maxLanes?: number;
  /** The group (row) of each mark, when lanes are grouped; else all are in group 0. */
  readonly group?: Int32Array | null;
  readonly groupCount?: number;
}

export interface MarkExtents {
  /** Left and right edges of each mark's shape, in pixels at the packing zoom. */
  readonly left: Float64Array;
  readonly right: Float64Array;
  /** Width each label needs, in pixels (already capped at the widest label allowed). */
  readonly labelWidth: Float64Array;
}

/** Space kept between neighbours in a lane, in pixels. */
export const LANE_GAP = 16;

/**
 * The zoom factor lanes are packed at: the power of two at or below `k`. A packing valid at
 * some zoom stays valid at every larger one (shapes only grow apart and labels keep their
 * width), so marks change lanes only when the zoom crosses a power of two, not on every frame.
 * Below 1 when the view is narrower than the width the layouts were packed for (see
 * LayoutCache).
 */
export function packingZoom(k: number): number {
  return 2 ** Math.floor(Math.log2(k));
}

/** The left and right edge a mark takes with its label, which sits under the shape. */
export function footprint(
  extents: MarkExtents,
  i: number,
  labelOnLeft: boolean,
): [left: number, right: number] {
  const left = extents.left[i]!;
  const right = extents.right[i]!;
  const label = extents.labelWidth[i]!;
  return labelOnLeft
    ? [Math.min(left, right - label), right]
    : [left, Math.max(right, left + label)];
}

/**
 * First-fit packing in order of left edge: each mark goes to the first lane of its group whose
 * last mark ends, with its label, at least `gap` before it starts; when none of the group's
 * `maxLanes` lanes has room, it overflows. A label goes to the left of its mark only where the
 * right would run past `rightLimit` (the end of the data). Cost: a sort, then at most
 * `maxLanes` comparisons a mark.
 */
export function packLanes(
  extents: MarkExtents,
  rightLimit: number,
  { gap = LANE_GAP, maxLanes = Infinity, group = null, groupCount = 1 }: PackingOptions = {},
): LaneLayout {
  const n = extents.left.length;
  const labelOnLeft = new Uint8Array(n);
  const lefts = new Float64Array(n);
  const rights = new Float64Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const onLeft = extents.left[i]! + extents.labelWidth[i]! > rightLimit;
    labelOnLeft[i] = onLeft ? 1 : 0;
    // The footprint, written out (see footprint): no pair to take apart, for every event.
    const markLeft = extents.left[i]!;
    const markRight = extents.right[i]!;
    const label = extents.labelWidth[i]!;
    lefts[i] = onLeft ? Math.min(markLeft, markRight - label) : markLeft;
    rights[i] = onLeft ? markRight : Math.max(markRight, markLeft + label);
    if (i > 0 && lefts[i]! < lefts[i - 1]!) sorted = false;
  }
  // Marks come in time order, so their left edges are usually in order already: then no
  // order is made at all.
  let order: number[] | null = null;
  if (!sorted) {
    order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => lefts[a]! - lefts[b]! || a - b);
  }
  const lane = new Int32Array(n);
  const laneEnds: number[][] = Array.from({ length: groupCount }, () => []);
  for (let o = 0; o < n; o++) {
    const i = order ? order[o]! : o;
    const ends = laneEnds[group ? group[i]! : 0]!;
    const left = lefts[i]!;
    let chosen = -1;
    for (let l = 0; l < ends.length; l++) {
      if (ends[l]! + gap <= left) {
        chosen = l;
        break;
      }
    }
    if (chosen === -1 && ends.length < maxLanes) chosen = ends.push(-Infinity) - 1;
    lane[i] = chosen === -1 ? OVERFLOW : chosen;
    if (chosen !== -1) ends[chosen] = rights[i]!;
  }
  return { lane, labelOnLeft, laneCounts: laneEnds.map((ends) => ends.length) };
}
