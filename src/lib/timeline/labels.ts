/** One visible mark, in screen pixels at the current zoom and pan. */
export interface PlacedMark {
  /** Left and right edges of the shape. */
  readonly left: number;
  readonly right: number;
  /** Marks with the same row share a lane (rows of different groups are different rows). */
  readonly row: number;
  /** Width the whole label needs. */
  readonly labelWidth: number;
  /** Width lane packing kept free for the label (the label's width, capped). */
  readonly reservedWidth: number;
  readonly labelOnLeft: boolean;
}

/** Where a label is drawn: from `x`, at most `width` wide (longer text is cut with an ellipsis). */
export interface LabelBox {
  readonly x: number;
  readonly width: number;
  /** No room for a readable label: the title is still in the mark's name and tooltip. */
  readonly hidden: boolean;
}

/** Narrower than this, a label would be a letter and an ellipsis: hide it instead. */
export const MIN_LABEL_WIDTH = 36;

/**
 * Places each visible mark's label so that no two labels, and no label and another mark,
 * overlap. Lane packing already keeps labels apart; what is left is the edge of the view:
 * a bar that begins off screen keeps its label at the left edge (and the label then must stop
 * before the next mark in its lane), and no label runs past either edge.
 */
export function placeLabels(
  marks: readonly PlacedMark[],
  viewWidth: number,
  gap: number,
): LabelBox[] {
  const byLane = new Map<number, number[]>();
  marks.forEach((mark, i) => {
    const row = byLane.get(mark.row);
    if (row) row.push(i);
    else byLane.set(mark.row, [i]);
  });
  const boxes: LabelBox[] = new Array(marks.length);
  for (const indices of byLane.values()) {
    indices.sort((a, b) => marks[a]!.left - marks[b]!.left);
    // Left to right along the lane: each label starts after what the previous mark took
    // (its shape and its label) and stops before what the next mark takes.
    let taken = -Infinity;
    indices.forEach((i, position) => {
      const mark = marks[i]!;
      const next = marks[indices[position + 1]!];
      const floor = Math.max(0, taken + gap);
      // A label may run past the room packing kept for it, but not into the room kept for
      // the next mark's own label.
      const nextTaken = next
        ? next.labelOnLeft
          ? Math.min(next.left, next.right - next.reservedWidth)
          : next.left
        : Infinity;
      const ceiling = Math.min(viewWidth, nextTaken - gap);
      const box = mark.labelOnLeft
        ? fit(
            Math.min(mark.right, ceiling) - mark.labelWidth,
            Math.min(mark.right, ceiling),
            floor,
            ceiling,
          )
        : fit(
            Math.max(mark.left, floor),
            Math.max(mark.left, floor) + mark.labelWidth,
            floor,
            ceiling,
          );
      boxes[i] = box;
      taken = Math.max(mark.right, box.hidden ? -Infinity : box.x + box.width);
    });
  }
  return boxes;
}

function fit(from: number, to: number, floor: number, ceiling: number): LabelBox {
  const x = Math.max(from, floor);
  const width = Math.min(to, ceiling) - x;
  return width < MIN_LABEL_WIDTH ? { x, width: 0, hidden: true } : { x, width, hidden: false };
}
