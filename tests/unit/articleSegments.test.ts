import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../src/lib/model/articleSegments.ts';

describe('article segments', () => {
  it('cuts the text at each quote and keeps every character', () => {
    const text = 'One two three four five.';
    const segments = segmentArticle(text, [
      { start: 4, end: 7, eventId: 'a' },
      { start: 14, end: 18, eventId: 'b' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.text, s.passages.map((p) => p.eventId)])).toEqual([
      ['One ', []],
      ['two', ['a']],
      [' three ', []],
      ['four', ['b']],
      [' five.', []],
    ]);
  });

  it('lists every quote covering overlapping text, the shortest first', () => {
    const segments = segmentArticle('abcdefghij', [
      { start: 0, end: 6, eventId: 'long' },
      { start: 2, end: 4, eventId: 'short' },
    ]);
    expect(segments.map((s) => [s.text, s.passages.map((p) => p.eventId)])).toEqual([
      ['ab', ['long']],
      ['cd', ['short', 'long']],
      ['ef', ['long']],
      ['ghij', []],
    ]);
  });

  it('ignores a range outside the text rather than inventing text', () => {
    const segments = segmentArticle('abc', [{ start: 2, end: 9, eventId: 'x' }]);
    expect(segments).toEqual([{ start: 0, text: 'abc', passages: [] }]);
  });
});
