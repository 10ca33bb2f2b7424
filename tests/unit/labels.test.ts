import { describe, expect, it } from 'vitest';
import { MIN_LABEL_WIDTH, placeLabels, type PlacedMark } from '../../src/lib/timeline/labels.ts';

const mark = (
  left: number,
  right: number,
  lane: number,
  labelWidth: number,
  labelOnLeft = false,
): PlacedMark => ({
  left,
  right,
  row: lane,
  labelWidth,
  reservedWidth: Math.min(labelWidth, 120),
  labelOnLeft,
});

/** No two label boxes in a lane overlap, and no label crosses another mark's shape. */
function expectNoCollision(marks: PlacedMark[], width: number, gap: number) {
  const boxes = placeLabels(marks, width, gap);
  marks.forEach((a, i) => {
    const box = boxes[i]!;
    if (box.hidden) return;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    marks.forEach((b, j) => {
      if (i === j || a.row !== b.row) return;
      expect(box.x + box.width <= b.left || box.x >= b.right).toBe(true);
      const other = boxes[j]!;
      if (!other.hidden)
        expect(box.x + box.width <= other.x || box.x >= other.x + other.width).toBe(true);
    });
  });
  return boxes;
}

describe('label placement', () => {
  it('gives a label its full width when there is room', () => {
    const [box] = placeLabels([mark(100, 112, 0, 80)], 1000, 8);
    expect(box).toEqual({ x: 100, width: 80, hidden: false });
  });

  it('keeps the label of a bar that starts off screen at the left edge', () => {
    const [box] = placeLabels([mark(-500, 300, 0, 120)], 1000, 8);
    expect(box).toEqual({ x: 0, width: 120, hidden: false });
  });

  it('truncates a label that would run past the right edge, and hides one with no room', () => {
    const [cut, gone] = placeLabels([mark(900, 912, 0, 200), mark(990, 1002, 1, 200)], 1000, 8);
    expect(cut).toEqual({ x: 900, width: 100, hidden: false });
    expect(gone!.hidden).toBe(true);
    expect(10).toBeLessThan(MIN_LABEL_WIDTH);
  });

  it('stops a left-edge label before the next mark in its lane', () => {
    const boxes = expectNoCollision([mark(-500, 20, 0, 160), mark(100, 112, 0, 60)], 1000, 8);
    expect(boxes[0]).toEqual({ x: 0, width: 92, hidden: false });
    expect(boxes[1]).toEqual({ x: 100, width: 60, hidden: false });
  });

  it('lets a label use spare room, but not the room kept for the next label', () => {
    // The first label needs 200 but was packed with 120; the next mark's label sits on its left.
    const boxes = expectNoCollision([mark(0, 12, 0, 200), mark(300, 312, 0, 100, true)], 1000, 8);
    expect(boxes[0]).toEqual({ x: 0, width: 200, hidden: false });
    const squeezed = expectNoCollision(
      [mark(0, 12, 0, 260), mark(300, 312, 0, 100, true)],
      1000,
      8,
    );
    expect(squeezed[0]).toEqual({ x: 0, width: 204, hidden: false });
    expect(squeezed[1]).toEqual({ x: 212, width: 100, hidden: false });
  });

  it('places left-side labels so that they end at their mark', () => {
    const [box] = placeLabels([mark(950, 962, 0, 100, true)], 1000, 8);
    expect(box).toEqual({ x: 862, width: 100, hidden: false });
  });

  it('never collides, on many random marks', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    // Shapes in a lane never overlap (packing sees to that); labels may need cutting.
    const marks: PlacedMark[] = [];
    for (let lane = 0; lane < 6; lane++) {
      let left = -1000 + random() * 100;
      while (left < 2000) {
        const right = left + random() * 300;
        marks.push(mark(left, right, lane, 30 + random() * 150, random() < 0.2));
        left = right + 8 + random() * 200;
      }
    }
    expectNoCollision(marks, 1200, 8);
  });
});
