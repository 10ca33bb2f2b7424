// No EDTF grammar here: as on a page whose address needed it and could not load it (main.ts).
import { describe, expect, it } from 'vitest';
import { periodWindow } from '../../src/lib/explore/filters.ts';
import { DateGrammarNeeded, parseDate, parseDateNow } from '../../src/lib/model/dateSpan.ts';
import { readViewParams } from '../../src/lib/state/viewParams.ts';

describe('dates in the address when the EDTF grammar could not be loaded', () => {
  it('reads plain dates, and says which other date it cannot read, instead of throwing', () => {
    expect(() => parseDate('2015-09~')).toThrow(DateGrammarNeeded);
    expect(parseDateNow('2015-09')).toEqual(parseDate('2015-09'));
    expect(parseDateNow(' 2015-09~ ')).toEqual({
      ok: false,
      reason:
        'the code that reads dates like "2015-09~" could not be loaded; reload the page to try again.',
    });
  });

  it('reports the window it cannot show, naming the date, and shows none', () => {
    const view = readViewParams(new URLSearchParams('event=lavrov&from=2015-09~&to=2017'));
    expect(view.window).toBeNull();
    expect(view.eventId).toBe('lavrov');
    expect(view.problems).toEqual([
      'The address’s “from=2015-09~” is not a date the timeline can show: the code that reads dates like "2015-09~" could not be loaded; reload the page to try again.',
    ]);
  });

  it('leaves the period filter to load the grammar when it is used, and not when read now', () => {
    expect(() => periodWindow('2015/2016?')).toThrow(DateGrammarNeeded);
    expect(periodWindow('2015/2016?', parseDateNow)).toEqual({
      ok: false,
      reason:
        'the code that reads dates like "2015/2016?" could not be loaded; reload the page to try again.',
    });
    expect(periodWindow('2015/2016', parseDateNow).ok).toBe(true);
  });
});
