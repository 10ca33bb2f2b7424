import '../../src/lib/model/edtfGrammar.ts';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/lib/model/dateSpan.ts';
import { describeDateBasis } from '../../src/lib/model/describeDateBasis.ts';
import { resolveDateExpression } from '../../src/lib/model/resolveDate.ts';

const saturday = { year: 2017, month: 12, day: 30 };

describe('resolveDateExpression', () => {
  it.each([
    ['On Thursday', '2017-12-28'],
    ['on Saturday', '2017-12-30'],
    ['Saturday', '2017-12-30'],
    ['last Saturday', '2017-12-23'],
    ['on Sunday', '2017-12-24'],
    ['on Friday', '2017-12-29'],
    ['yesterday', '2017-12-29'],
    ['today', '2017-12-30'],
  ])('%s in a Saturday 30 December 2017 article is %s', (words, edtf) => {
    expect(resolveDateExpression(words, saturday)).toEqual({ edtf, note: null });
  });

  it('“Earlier in the month” gives the month, not a day, and says it was before publication', () => {
    expect(resolveDateExpression('Earlier in the month', saturday)).toEqual({
      edtf: '2017-12',
      note: 'before 30 December 2017',
    });
  });

  it('“last month” crosses a year boundary', () => {
    expect(resolveDateExpression('last month', { year: 2018, month: 1, day: 3 })?.edtf).toBe(
      '2017-12',
    );
  });

  it('“since March 2011” is an interval still open when the article was written', () => {
    expect(resolveDateExpression('since March 2011', saturday)?.edtf).toBe('2011-03/..');
  });

  it.each([
    ['in September 2015', '2015-09'],
    ['September 2015', '2015-09'],
    ['on 28 December 2017', '2017-12-28'],
    ['in 2015', '2015'],
    ['last year', '2016'],
  ])('%s resolves to %s', (words, edtf) => {
    expect(resolveDateExpression(words, saturday)?.edtf).toBe(edtf);
  });

  it('does not guess at words it does not know', () => {
    expect(resolveDateExpression('recently', saturday)).toBeNull();
    expect(resolveDateExpression('in the coming weeks', saturday)).toBeNull();
  });
});

describe('describeDateBasis', () => {
  const article = {
    id: 'a',
    title: 't',
    outlet: 'o',
    url: null,
    published: saturday,
    publishedBasis: '',
    language: 'en',
    text: '',
  };
  const span = (edtf: string) => {
    const parsed = parseDate(edtf);
    if (!parsed.ok) throw new Error(parsed.reason);
    return parsed.span;
  };

  it('says which words, against which publication date, gave which day', () => {
    expect(
      describeDateBasis(
        { kind: 'expression', article, expression: 'On Thursday', note: null },
        span('2017-12-28'),
      ),
    ).toBe(
      '“On Thursday” in an article published Saturday 30 December 2017 → Thursday 28 December 2017',
    );
  });

  it('keeps a month a month, with what the words add', () => {
    expect(
      describeDateBasis(
        {
          kind: 'expression',
          article,
          expression: 'Earlier in the month',
          note: 'before 30 December 2017',
        },
        span('2017-12'),
      ),
    ).toBe(
      '“Earlier in the month” in an article published Saturday 30 December 2017 → December 2017, before 30 December 2017',
    );
  });

  it('says plainly when the article gives no date at all', () => {
    expect(describeDateBasis({ kind: 'publication', article }, span('2017-12-30'))).toContain(
      'The article gives no date',
    );
  });
});
