import { describe, expect, it } from 'vitest';
import { focusOrder, nearestInRow, nextInOrder } from '../../src/lib/timeline/focusOrder.ts';
import { OVERFLOW } from '../../src/lib/timeline/lanes.ts';

describe('keyboard order', () => {
  it('walks events in lanes and clusters in time order, a cluster where its first event is', () => {
    const lane = Int32Array.from([0, OVERFLOW, 1, OVERFLOW, 0]);
    const clusters = [{ group: 0, members: [1, 3], left: 10, end: 0 }];
    expect(focusOrder(lane, clusters)).toEqual([0, -1, 2, 4]);
  });

  it('steps forward and back, stops at the ends, and starts at the first', () => {
    const order = [0, -1, 2];
    const key = (item: number) => (item >= 0 ? `event:${item}` : `cluster:${-item - 1}`);
    expect(nextInOrder(order, key, 'event:0', 1)).toBe('cluster:0');
    expect(nextInOrder(order, key, 'cluster:0', 1)).toBe('event:2');
    expect(nextInOrder(order, key, 'event:2', 1)).toBe('event:2');
    expect(nextInOrder(order, key, 'event:0', -1)).toBe('event:0');
    expect(nextInOrder(order, key, null, 1)).toBe('event:0');
    expect(nextInOrder([], key, null, 1)).toBeNull();
  });

  it('moves up and down to the nearest mark in the nearest row that has one', () => {
    const items = [
      { key: 'a', x: 0, row: 0 },
      { key: 'b', x: 300, row: 0 },
      { key: 'c', x: 280, row: 2 },
      { key: 'd', x: 20, row: 3 },
    ];
    expect(nearestInRow(items, 'b', 1)).toBe('c');
    expect(nearestInRow(items, 'c', 1)).toBe('d');
    expect(nearestInRow(items, 'c', -1)).toBe('b');
    expect(nearestInRow(items, 'a', -1)).toBeNull();
  });
});
