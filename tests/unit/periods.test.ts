// Some dates here need the EDTF grammar, which the app loads when it meets one.
import '../../src/lib/model/edtfGrammar.ts';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import { describeProblem } from '../../src/lib/data/groupProblems.ts';
import { periodBands } from '../../src/lib/timeline/periodBands.ts';

const text = 'Something happened.';

function load(periods: unknown) {
  return loadDataset(
    {
      title: 'T',
      articles: [{ id: 'a', title: 'A', outlet: 'O', published: '2017-12-30', text }],
      events: [
        {
          id: 'e',
          title: 'E',
          date: '2016-06',
          sources: [{ article: 'a', exact: text, start: 0, end: text.length }],
        },
      ],
      periods,
    },
    { file: 'p.json' },
  );
}

describe('periods (eras)', () => {
  it('reads labelled EDTF stretches, open-ended ones included', () => {
    const { dataset, problems } = load([
      { label: 'Ceasefire', date: '2016-02/2016-09' },
      { label: 'Air campaign', date: '2015-09/..' },
    ]);
    expect(problems.filter((p) => p.path?.startsWith('periods'))).toEqual([]);
    expect(dataset!.periods.map((p) => [p.label, p.when.edtf])).toEqual([
      ['Ceasefire', '2016-02/2016-09'],
      ['Air campaign', '2015-09/..'],
    ]);
  });

  it('reports a period it cannot draw, with its place, and keeps the rest', () => {
    const { dataset, problems } = load([
      { label: 'Good', date: '2016' },
      { label: 'Bad', date: '2016-13' },
      { date: '2016' },
      { label: 'Endless', date: '../2016' },
      'a string',
    ]);
    expect(dataset!.periods.map((p) => p.label)).toEqual(['Good']);
    const messages = problems.map(describeProblem);
    expect(messages.some((m) => m.includes('period "Bad"') && m.includes('periods[1].date'))).toBe(
      true,
    );
    expect(messages.some((m) => m.includes('periods[2].label') && m.includes('missing'))).toBe(
      true,
    );
    expect(messages.some((m) => m.includes('needs a known start'))).toBe(true);
    expect(messages.some((m) => m.includes('periods[4]'))).toBe(true);
  });

  it('draws bands cut to the view, with an open end running to the edge of the data', () => {
    const { dataset } = load([
      { label: 'Year', date: '2016' },
      { label: 'Since', date: '2016-07/..' },
      { label: 'Before', date: '1990/1991' },
    ]);
    const fit: [number, number] = [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)];
    const bands = periodBands(dataset!.periods, { fit, width: 366, view: { k: 1, x: 0 } });
    expect(bands.map((b) => [b.label, Math.round(b.left), Math.round(b.right)])).toEqual([
      ['Year', 0, 366],
      ['Since', 182, 366],
    ]);
  });
});
