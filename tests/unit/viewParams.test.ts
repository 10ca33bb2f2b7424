import '../../src/lib/model/edtfGrammar.ts';
import { describe, expect, it } from 'vitest';
import { readExploreParams, writeExploreParams } from '../../src/lib/state/exploreParams.ts';
import { readViewParams, writeViewParams } from '../../src/lib/state/viewParams.ts';

const read = (query: string) => readViewParams(new URLSearchParams(query));

describe('view state in the address', () => {
  it('reads the event and a window from the first day of `from` to the last of `to`', () => {
    const view = read('event=lavrov&from=2015-09&to=2017');
    expect(view.eventId).toBe('lavrov');
    expect(view.window).toEqual([Date.UTC(2015, 8, 1), Date.UTC(2018, 0, 1)]);
    expect(view.problems).toEqual([]);
  });

  it('reports a date it cannot read, naming the parameter', () => {
    const view = read('from=yesterday&to=2017-12-30');
    expect(view.window).toBeNull();
    expect(view.problems[0]).toContain('“from=yesterday”');
  });

  it('reports a window that ends before it starts, and one missing an end', () => {
    expect(read('from=2017&to=2015').problems[0]).toContain('ends before it starts');
    expect(read('from=2017').problems[0]).toContain('needs both');
  });

  it('writes whole days and keeps other parameters such as data', () => {
    const address = writeViewParams('https://example.org/?data=x.json&event=old', {
      eventId: 'new',
      window: [Date.UTC(2017, 11, 1, 6), Date.UTC(2017, 11, 31, 12)],
    });
    const params = new URL(address).searchParams;
    expect(params.get('data')).toBe('x.json');
    expect(params.get('event')).toBe('new');
    expect(params.get('from')).toBe('2017-12-01');
    expect(params.get('to')).toBe('2017-12-31');
  });

  it('round-trips a written window to one covering it', () => {
    const window: [number, number] = [Date.UTC(2016, 4, 3, 10), Date.UTC(2016, 6, 9, 20)];
    const back = readViewParams(
      new URL(writeViewParams('https://x.org/', { eventId: null, window })).searchParams,
    );
    expect(back.window![0]).toBeLessThanOrEqual(window[0]);
    expect(back.window![1]).toBeGreaterThanOrEqual(window[1]);
    expect(back.window![1] - back.window![0]).toBeLessThan(window[1] - window[0] + 2 * 86_400_000);
  });

  it('round-trips a window in deep prehistory, rounded out to whole years', () => {
    const year = (y: number) => new Date(0).setUTCFullYear(y, 0, 1);
    const window: [number, number] = [year(-12000) + 5e9, year(-11990) - 5e9];
    const address = writeViewParams('https://x.org/', { eventId: null, window });
    const back = readViewParams(new URL(address).searchParams);
    expect(back.problems).toEqual([]);
    expect(back.window).toEqual([year(-12000), year(-11990)]);
  });

  it('removes the event and window when there are none', () => {
    const address = writeViewParams('https://x.org/?event=a&from=2015&to=2016', {
      eventId: null,
      window: null,
    });
    expect(address).toBe('https://x.org/');
  });
});

describe('explore state in the address', () => {
  it('round-trips search, filters, grouping and view, keeping other parameters', () => {
    const state = {
      query: 'Lavrov',
      filter: { actors: ['Russia', 'Iran'], tags: ['diplomacy'], period: '2015/2017' },
      grouping: 'actor' as const,
      view: 'list' as const,
    };
    const address = writeExploreParams('https://x.org/?data=d.json&event=e', state);
    const params = new URL(address).searchParams;
    expect(params.get('data')).toBe('d.json');
    expect(params.get('event')).toBe('e');
    expect(readExploreParams(params)).toEqual(state);
  });

  it('falls back to the defaults for values it does not know', () => {
    const state = readExploreParams(new URLSearchParams('group=colour&view=grid'));
    expect(state.grouping).toBe('none');
    expect(state.view).toBe('timeline');
    expect(writeExploreParams('https://x.org/', state)).toBe('https://x.org/');
  });
});
