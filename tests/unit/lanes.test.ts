import { describe, expect, it } from 'vitest';
import {
  OVERFLOW,
  footprint,
  packLanes,
  packingZoom,
  type MarkExtents,
} from '../../src/lib/timeline/lanes.ts';

function extents(marks: [left: number, right: number, label: number][]): MarkExtents {
  return {
    left: Float64Array.from(marks.map((m) => m[0])),
    right: Float64Array.from(marks.map((m) => m[1])),
    labelWidth: Float64Array.from(marks.map((m) => m[2])),
  };
}

/** Every pair of marks in the same lane, with their labels, keeps at least `gap` apart. */
function expectNoOverlap(marks: MarkExtents, rightLimit: number, gap: number) {
  const layout = packLanes(marks, rightLimit, { gap });
  const boxes = [...layout.lane.keys()].map((i) =>
    footprint(marks, i, layout.labelOnLeft[i] === 1),
  );
  for (let a = 0; a < boxes.length; a++) {
    for (let b = a + 1; b < boxes.length; b++) {
      if (layout.lane[a] !== layout.lane[b]) continue;
      const [first, second] =
        boxes[a]![0] <= boxes[b]![0] ? [boxes[a]!, boxes[b]!] : [boxes[b]!, boxes[a]!];
      expect(second[0] - first[1]).toBeGreaterThanOrEqual(gap);
    }
  }
  return layout;
}

describe('lane packing', () => {
  it('puts marks that do not overlap, labels included, in one lane', () => {
    const layout = packLanes(
      extents([
        [0, 10, 50],
        [60, 70, 50],
        [120, 200, 50],
      ]),
      1000,
      { gap: 8 },
    );
    expect([...layout.lane]).toEqual([0, 0, 0]);
    expect(layout.laneCounts).toEqual([1]);
  });

  it('moves a mark down when the label of the one before would run into it', () => {
    const layout = packLanes(
      extents([
        [0, 10, 100],
        [60, 70, 50],
        [120, 130, 50],
      ]),
      1000,
      { gap: 8 },
    );
    expect([...layout.lane]).toEqual([0, 1, 0]);
  });

  it('stacks marks on the same day in as many lanes as there are marks', () => {
    const layout = packLanes(
      extents([
        [100, 112, 80],
        [100, 112, 80],
        [100, 112, 80],
      ]),
      1000,
      { gap: 8 },
    );
    expect([...layout.lane].sort()).toEqual([0, 1, 2]);
  });

  it('puts a label on the left when it would run past the end of the data', () => {
    const layout = packLanes(
      extents([
        [0, 10, 80],
        [950, 960, 80],
      ]),
      1000,
      { gap: 8 },
    );
    expect([...layout.labelOnLeft]).toEqual([0, 1]);
    expect([...layout.lane]).toEqual([0, 0]);
  });

  it('never overlaps, on many random marks', () => {
    let seed = 3;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const marks = extents(
      Array.from({ length: 500 }, () => {
        const left = random() * 5000;
        return [left, left + (random() < 0.5 ? 12 : random() * 400), 20 + random() * 160];
      }),
    );
    expect(expectNoOverlap(marks, 5000, 8).laneCounts[0]).toBeGreaterThan(1);
  });

  it('a packing stays valid at every larger zoom, so lanes change only at powers of two', () => {
    expect([1, 1.5, 1.99, 2, 3, 1000].map(packingZoom)).toEqual([1, 1, 1, 2, 2, 512]);
    // Below 1 for a view narrower than the layouts' width (the details panel open beside it).
    expect([0.62, 0.5, 0.49, 0.3].map(packingZoom)).toEqual([0.5, 0.5, 0.25, 0.25]);
    const times: [number, number][] = [
      [0, 1],
      [1.5, 2],
      [2, 2.1],
      [5, 9],
      [9.2, 9.3],
    ];
    const at = (k: number) => extents(times.map(([s, e]) => [s * 40 * k, e * 40 * k, 60]));
    const packed = packLanes(at(1), 10 * 40, { gap: 8 });
    for (const k of [1.3, 1.9]) {
      const zoomed = at(k);
      for (let a = 0; a < times.length; a++) {
        for (let b = a + 1; b < times.length; b++) {
          if (packed.lane[a] !== packed.lane[b]) continue;
          const fa = footprint(zoomed, a, packed.labelOnLeft[a] === 1);
          const fb = footprint(zoomed, b, packed.labelOnLeft[b] === 1);
          expect(fb[0] - fa[1]).toBeGreaterThanOrEqual(8);
        }
      }
    }
  });

  it('overflows marks that find no room in the lanes allowed, and packs groups apart', () => {
    const marks = extents([
      [0, 10, 50],
      [0, 10, 50],
      [0, 10, 50],
      [0, 10, 50],
    ]);
    const capped = packLanes(marks, 1000, { gap: 8, maxLanes: 2 });
    expect([...capped.lane]).toEqual([0, 1, OVERFLOW, OVERFLOW]);
    expect(capped.laneCounts).toEqual([2]);
    const grouped = packLanes(marks, 1000, {
      gap: 8,
      group: Int32Array.from([0, 1, 0, 1]),
      groupCount: 2,
    });
    expect([...grouped.lane]).toEqual([0, 0, 1, 1]);
    expect(grouped.laneCounts).toEqual([2, 2]);
  });
});
