import '../../src/lib/model/edtfGrammar.ts';
import { describe, expect, it } from 'vitest';
import {
  APPROXIMATE,
  DAY_MS,
  OPEN_END,
  POINT,
  UNCERTAIN,
  drawnInterval,
  eventColumns,
  eventColumnsInSteps,
  eventsInWindow,
} from '../../src/lib/timeline/eventColumns.ts';
import { runInSteps } from '../../src/lib/timeline/prepareInSteps.ts';
import { runAtOnce } from '../../src/lib/timeline/steps.ts';
import { measureInSteps } from '../../src/lib/components/textMeasure.ts';
import { parseDate } from '../../src/lib/model/dateSpan.ts';
import { eventsDated } from './timelineHelpers.ts';

function drawn(edtf: string) {
  const parsed = parseDate(edtf);
  if (!parsed.ok) throw new Error(parsed.reason);
  return drawnInterval(parsed.span);
}

describe('EDTF date → drawn interval', () => {
  it('a day is a point covering that one UTC day', () => {
    const { start, end, flags } = drawn('2017-12-28');
    expect(start).toBe(Date.UTC(2017, 11, 28));
    expect(end).toBe(Date.UTC(2017, 11, 29));
    expect(flags & POINT).toBe(POINT);
  });

  it('a month-precision date is a bar over the whole month', () => {
    const { start, end, flags } = drawn('2015-09');
    expect([start, end]).toEqual([Date.UTC(2015, 8, 1), Date.UTC(2015, 9, 1)]);
    expect(flags & POINT).toBe(0);
  });

  it('a year is a bar over the whole year, leap day included', () => {
    const { start, end } = drawn('2016');
    expect((end - start) / DAY_MS).toBe(366);
  });

  it('an open-ended interval starts at its first day and has no end', () => {
    const { start, end, flags } = drawn('2011-03/..');
    expect(start).toBe(Date.UTC(2011, 2, 1));
    expect(end).toBe(Infinity);
    expect(flags & OPEN_END).toBe(OPEN_END);
  });

  it('an interval runs from the first day of its start to the last of its end', () => {
    const { start, end } = drawn('2015-09/2017-12');
    expect([start, end]).toEqual([Date.UTC(2015, 8, 1), Date.UTC(2018, 0, 1)]);
  });

  it('uncertain and approximate dates are flagged; an approximate day is not a point', () => {
    expect(drawn('2017-12?').flags & UNCERTAIN).toBe(UNCERTAIN);
    const approximate = drawn('2017-12-28~');
    expect(approximate.flags & APPROXIMATE).toBe(APPROXIMATE);
    expect(approximate.flags & POINT).toBe(0);
  });

  it('a date before year 1 lands before year 1', () => {
    expect(drawn('-0043').start).toBeLessThan(drawn('0001').start);
  });
});

describe('event columns', () => {
  it('come out the same worked out a few events a task as all at once', async () => {
    const dates = ['2017-12-28', '2011-03/..', '2015-09', '2012', '2016-02-29', '2013-05/2014'];
    const events = eventsDated(...dates, ...dates.slice(0, 3));
    const atOnce = eventColumns(events);
    let steps = 0;
    const inSteps = await runInSteps(eventColumnsInSteps(events, 2), () => (steps++, false));
    expect(inSteps).toEqual(atOnce);
    expect(steps).toBeGreaterThanOrEqual(Math.ceil(events.length / 2) * 2 - 1);
    // Stopped between two steps, it gives nothing.
    expect(await runInSteps(eventColumnsInSteps(events, 2), () => true)).toBeNull();
    const widths = (text: string) => text.length * 7;
    expect(await runInSteps(measureInSteps(atOnce.titles, widths, 4), () => false)).toEqual(
      runAtOnce(measureInSteps(atOnce.titles, widths, Infinity)),
    );
  });

  it('sorts events by drawn start and spans every finite instant', () => {
    const columns = eventColumns(eventsDated('2017-12-28', '2011-03/..', '2015-09'));
    expect(columns.ids).toEqual(['e1', 'e2', 'e0']);
    expect(columns.events.map((e) => e.id)).toEqual(columns.ids);
    expect(columns.extent).toEqual([Date.UTC(2011, 2, 1), Date.UTC(2017, 11, 29)]);
  });

  it('finds the events overlapping a window, open-ended ones included', () => {
    const columns = eventColumns(
      eventsDated('2011-03/..', '2012-05', '2015-09', '2017-12', '2017-12-28'),
    );
    const ids = (from: number, to: number) =>
      eventsInWindow(columns, from, to).map((i) => columns.ids[i]);
    expect(ids(Date.UTC(2015, 0, 1), Date.UTC(2016, 0, 1))).toEqual(['e0', 'e2']);
    expect(ids(Date.UTC(2017, 11, 28), Date.UTC(2017, 11, 29))).toEqual(['e0', 'e3', 'e4']);
    expect(ids(Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1))).toEqual([]);
  });

  it('agrees with a walk over every event on a large random dataset', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const dates = Array.from({ length: 2000 }, () => {
      const year = 1900 + Math.floor(random() * 120);
      const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
      return random() < 0.5 ? `${year}-${month}` : `${year}/${year + Math.floor(random() * 5)}`;
    });
    const columns = eventColumns(eventsDated(...dates));
    for (let trial = 0; trial < 50; trial++) {
      const from = Date.UTC(1900 + Math.floor(random() * 120), 0, 1);
      const to = from + random() * 3 * 365 * DAY_MS;
      const expected = [...columns.ids.keys()].filter(
        (i) => columns.start[i]! < to && columns.end[i]! > from,
      );
      expect(eventsInWindow(columns, from, to)).toEqual(expected);
    }
  });
});
