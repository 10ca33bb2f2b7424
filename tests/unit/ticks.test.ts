import { describe, expect, it } from 'vitest';
import { axisTicks, placeContext, TICK_LABEL_GAP } from '../../src/lib/timeline/ticks.ts';

/** A plain width estimate, 7 px a character, as the browser's would be for a small font. */
const measure = (text: string) => text.length * 7;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe('tick choice per zoom level', () => {
  it('counts in decades or more over centuries', () => {
    const axis = axisTicks([utc(1500), utc(2000)], 1000, measure);
    expect(axis.granularity).toBe('decades');
    expect(axis.ticks.map((t) => t.label).slice(0, 3)).toEqual(['1500', '1550', '1600']);
  });

  it('shows years for the seed chronology at a narrow width', () => {
    const axis = axisTicks([utc(2011, 1), utc(2018, 3)], 400, measure);
    expect(axis.granularity).toBe('years');
    expect(axis.ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
  });

  it('shows months, with the year as context, for a year', () => {
    const axis = axisTicks([utc(2015, 3), utc(2016, 3)], 1000, measure);
    expect(axis.granularity).toBe('months');
    expect(axis.ticks[0]!.label).toBe('Mar');
    expect(axis.context.map((t) => t.label)).toEqual(['2015', '2016']);
  });

  it('shows days, with the month as context, for a fortnight', () => {
    const axis = axisTicks([utc(2017, 12, 20), utc(2018, 1, 3)], 1000, measure);
    expect(axis.granularity).toBe('days');
    expect(axis.ticks.map((t) => t.label)).toContain('28');
    expect(axis.context.map((t) => t.label)).toEqual(['December 2017', 'January 2018']);
  });

  it('counts weeks over two months, leaving out a tick that would run into the next month', () => {
    const axis = axisTicks([utc(2017, 11, 28), utc(2018, 1, 27)], 490, measure);
    expect(axis.granularity).toBe('days');
    const labels = axis.ticks.map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining(['1', '8', '15', '22']));
    expect(labels).not.toContain('29');
  });

  it('gets finer as the zoom goes in', () => {
    const order = ['days', 'months', 'years', 'decades'];
    let previous = order.length;
    for (const days of [20000, 3000, 800, 200, 40, 6]) {
      const to = utc(2017, 12, 30);
      const level = order.indexOf(
        axisTicks([to - days * 86_400_000, to], 1200, measure).granularity,
      );
      expect(level).toBeLessThanOrEqual(previous);
      previous = level;
    }
    expect(previous).toBe(0);
  });

  it('never lets a label run into the next tick, at any width', () => {
    for (const width of [320, 375, 768, 1440, 2560]) {
      for (const days of [1, 9, 45, 400, 2600, 40000]) {
        const from = utc(2011, 3, 1);
        const to = from + days * 86_400_000;
        const { ticks } = axisTicks([from, to], width, measure);
        const px = (t: number) => ((t - from) / (to - from)) * width;
        for (let i = 0; i + 1 < ticks.length; i++) {
          expect(px(ticks[i + 1]!.time) - px(ticks[i]!.time)).toBeGreaterThanOrEqual(
            measure(ticks[i]!.label) + TICK_LABEL_GAP,
          );
        }
      }
    }
  });

  it('writes years before the common era as BCE', () => {
    // Date.UTC reads years 0 to 99 as 1900 to 1999; setUTCFullYear does not.
    const year = (y: number) => new Date(0).setUTCFullYear(y, 0, 1);
    const axis = axisTicks([year(-100), year(50)], 800, measure);
    expect(axis.ticks.map((t) => t.label)).toContain('40 BCE');
  });

  it('steps over years as they are numbered, with no year 0: 10 BCE, 5 BCE, 5, 10', () => {
    const year = (y: number) => new Date(0).setUTCFullYear(y, 0, 1);
    const labels = (from: number, to: number, width: number) =>
      axisTicks([year(from), year(to)], width, measure).ticks.map((t) => t.label);
    // Astronomical year -4 is 5 BCE: d3's every(5) would tick -5, 0, 5 (6 BCE, 1 BCE, 5).
    expect(labels(-48, 65, 1400)).toEqual([
      ...[45, 40, 35, 30, 25, 20, 15, 10, 5].map((y) => `${y} BCE`),
      ...[5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60].map(String),
    ]);
    expect(labels(-3000, 2000, 1000)).toEqual([
      '3000 BCE',
      '2500 BCE',
      '2000 BCE',
      '1500 BCE',
      '1000 BCE',
      '500 BCE',
      '500',
      '1000',
      '1500',
    ]);
    // Each tick is the start of its year.
    const ticks = axisTicks([year(-48), year(65)], 1400, measure).ticks;
    expect(ticks[8]!.time).toBe(year(-4));
    expect(ticks[9]!.time).toBe(year(5));
    // Within the common era, the same ticks as before.
    expect(labels(1, 60, 1000)).toEqual([5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55].map(String));
  });

  it('does not assume today is in range', () => {
    const axis = axisTicks([utc(1850), utc(1852)], 800, measure);
    expect(axis.ticks.every((t) => t.time >= utc(1850) && t.time < utc(1852))).toBe(true);
  });
});

describe('context labels', () => {
  it('keeps the unit the window starts in at the left edge', () => {
    const placed = placeContext(
      [
        { time: 0, label: 'December 2017' },
        { time: 500, label: 'January 2018' },
      ],
      (t) => t - 100,
      measure,
    );
    expect(placed.map((p) => [p.label, p.x])).toEqual([
      ['December 2017', 0],
      ['January 2018', 400],
    ]);
  });

  it('drops the left-edge label when the next one would run into it', () => {
    const placed = placeContext(
      [
        { time: 0, label: 'December 2017' },
        { time: 150, label: 'January 2018' },
      ],
      (t) => t - 100,
      measure,
    );
    expect(placed.map((p) => p.label)).toEqual(['January 2018']);
  });
});
