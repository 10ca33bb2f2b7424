import { describe, expect, it } from 'vitest';
import {
  isPlainDate,
  parseDate,
  type DatePoint,
  type DateSpan,
} from '../../src/lib/model/dateSpan.ts';
import { parseWithGrammar } from '../../src/lib/model/edtfGrammar.ts';
import { formatSpan } from '../../src/lib/model/formatDate.ts';
import { precisionNote } from '../../src/lib/model/precisionNote.ts';

function span(text: string): DateSpan {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.span;
}

function point(bound: DateSpan['start']): DatePoint {
  if (typeof bound === 'string') throw new Error(`bound is ${bound}`);
  return bound;
}

describe('parseDate', () => {
  it('a month-precision date spans the whole month', () => {
    const start = point(span('2011-03').start);
    expect(start.first).toEqual({ year: 2011, month: 3, day: 1 });
    expect(start.last).toEqual({ year: 2011, month: 3, day: 31 });
    expect(start.precision).toBe('month');
  });

  it('an interval whose two ends are the same date is that date', () => {
    const same = span('1944/1944');
    expect(same.edtf).toBe('1944/1944');
    expect(point(same.start).first).toEqual({ year: 1944, month: 1, day: 1 });
    expect(point(same.end).last).toEqual({ year: 1944, month: 12, day: 31 });
  });

  it('a day-precision date covers exactly that day', () => {
    const start = point(span('2017-12-30').start);
    expect(start.first).toEqual(start.last);
    expect(start.precision).toBe('day');
  });

  it('a year-precision date spans the whole year, leap day included', () => {
    const start = point(span('2016').start);
    expect(start.first).toEqual({ year: 2016, month: 1, day: 1 });
    expect(start.last).toEqual({ year: 2016, month: 12, day: 31 });
    expect(start.precision).toBe('year');
  });

  it('February of a leap year ends on the 29th', () => {
    expect(point(span('2016-02').start).last.day).toBe(29);
    expect(point(span('2017-02').start).last.day).toBe(28);
  });

  it('keeps uncertain (?) and approximate (~) apart', () => {
    expect(point(span('2017-12?').start)).toMatchObject({ uncertain: true, approximate: false });
    expect(point(span('2017-12~').start)).toMatchObject({ uncertain: false, approximate: true });
    expect(point(span('2017-12%').start)).toMatchObject({ uncertain: true, approximate: true });
  });

  it('reads an interval as two points', () => {
    const interval = span('2015-09/2017-12');
    expect(interval.single).toBe(false);
    expect(point(interval.start).first).toEqual({ year: 2015, month: 9, day: 1 });
    expect(point(interval.end).last).toEqual({ year: 2017, month: 12, day: 31 });
  });

  it('tells an open end (..) from an unknown one', () => {
    expect(span('2011-03/..').end).toBe('open');
    expect(span('2011-03/').end).toBe('unknown');
    expect(span('../2017').start).toBe('open');
  });

  it('derives precision from unspecified digits', () => {
    expect(point(span('2017-12-XX').start).precision).toBe('month');
    expect(point(span('201X').start).precision).toBe('decade');
    expect(point(span('19XX').start).precision).toBe('century');
  });

  it('reads years before the common era', () => {
    const start = point(span('-0044-03-15').start);
    expect(start.first).toEqual({ year: -44, month: 3, day: 15 });
  });

  it.each([
    ['2017-02-30', 'February 2017 has 28 days'],
    ['2018-02-29', 'February 2018 has 28 days'],
    ['2017-04-31', 'April 2017 has 30 days'],
    ['2017-12/2015', 'ends before it starts'],
    ['30/12/2017', 'not a date in EDTF'],
    ['last Thursday', 'not a date in EDTF'],
    ['', 'empty'],
    ['2017-12-30T10:00:00Z', 'time of day'],
    ['2017-21', 'season'],
  ])('rejects %j with a reason (%s)', (text, reason) => {
    const parsed = parseDate(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseDate('2016-02-29').ok).toBe(true);
  });
});

describe('formatSpan', () => {
  it.each([
    ['2017-12-30', '30 December 2017'],
    ['2017-12', 'December 2017'],
    ['2015', '2015'],
    ['2017-12?', 'December 2017 (uncertain)'],
    ['2017-12~', 'about December 2017'],
    ['2015-09/2017-12', 'September 2015 – December 2017'],
    ['2011-03/..', 'March 2011 – ongoing'],
    ['2011-03/', 'March 2011 – end unknown'],
    ['201X', 'the 2010s'],
    ['-0043', '44 BCE'],
    ['0476', '476'],
  ])('writes %s as "%s"', (text, written) => {
    expect(formatSpan(span(text))).toBe(written);
  });

  it('never writes a month-precision date with a day', () => {
    expect(formatSpan(span('2017-12'))).not.toMatch(/\d+ December/);
  });
});

describe('precisionNote', () => {
  it.each([
    ['2017-12-30', null],
    ['2017-12', 'day not stated'],
    ['2015', 'month and day not stated'],
    ['2015-09/2017-12-30', 'day not stated'],
    ['2017-12-28/2017-12-30', null],
  ])('says what %s leaves unstated', (text, note) => {
    expect(precisionNote(span(text))).toBe(note);
  });
});

describe('parseDate in other shapes', () => {
  it('reads a level-2 decade and century', () => {
    const parsed = parseDate('201');
    expect(parsed.ok && point(parsed.span.start).precision).toBe('decade');
  });

  it('rejects sets and lists of dates with a reason', () => {
    const parsed = parseDate('[2017-12-28,2017-12-30]');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain('set or list');
  });
});

describe('the quick path for plain dates', () => {
  it('gives exactly what the EDTF grammar gives, for plain dates and intervals', () => {
    let seed = 17;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    const plain = () => {
      const year = pad(Math.floor(random() * 10000), 4);
      const month = pad(1 + Math.floor(random() * 12));
      const day = pad(1 + Math.floor(random() * 28));
      const kind = random();
      return kind < 0.3 ? year : kind < 0.6 ? `${year}-${month}` : `${year}-${month}-${day}`;
    };
    const samples = [
      '2017',
      '2017-12',
      '2017-12-30',
      '2016-02',
      '1900-02',
      '0000',
      '2015-09/2017-12',
      '2011-03/..',
      '../2016',
      '2017/2018',
      '2015-09-01/2015-09-30',
      '2017/2017',
      '2024-07/2024-07',
      '2017-12-30/2017-12-30',
      ...Array.from({ length: 400 }, plain),
      ...Array.from({ length: 400 }, () => `${plain()}/${plain()}`),
      ...Array.from({ length: 100 }, () => `${plain()}/..`),
      ...Array.from({ length: 100 }, () => {
        const same = plain();
        return `${same}/${same}`;
      }),
    ];
    for (const text of samples) {
      expect(parseDate(text), text).toEqual(parseWithGrammar(text, text));
    }
  });
});

describe('isPlainDate', () => {
  it('tells the forms read without the EDTF grammar from those that need it', () => {
    for (const text of [
      '2017',
      '2017-12',
      '2017-12-30',
      '2011-03/..',
      '2015-09/2017-12',
      '2017/2017',
      '',
    ])
      expect(isPlainDate(text), text).toBe(true);
    for (const text of [
      '2017~',
      '2017-12?',
      '-0044-03-15',
      '201X',
      '2017-21',
      '../..',
      '2017/2016',
    ])
      expect(isPlainDate(text), text).toBe(false);
  });
});
