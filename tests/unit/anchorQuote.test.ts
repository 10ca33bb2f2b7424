import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../src/lib/model/anchorQuote.ts';
import { quoteContext } from '../../src/lib/model/quoteContext.ts';

const text = 'Syria said no. Russia said yes. Then Syria said no again.';

describe('anchorQuote', () => {
  it('verifies a quote found at its offsets', () => {
    expect(anchorQuote(text, { exact: 'Russia said yes', start: 15, end: 30 })).toEqual({
      status: 'verified',
      start: 15,
      end: 30,
    });
  });

  it('finds a quote whose offsets are wrong, and reports where it really is', () => {
    expect(anchorQuote(text, { exact: 'Russia said yes', start: 3, end: 18 })).toEqual({
      status: 'relocated',
      start: 15,
      end: 30,
      ambiguous: false,
    });
  });

  it('uses the prefix and suffix to choose between repeated passages', () => {
    const second = anchorQuote(text, { exact: 'Syria said no', prefix: 'Then ', suffix: ' again' });
    expect(second).toMatchObject({ status: 'relocated', start: 37, ambiguous: false });
    const first = anchorQuote(text, { exact: 'Syria said no', suffix: '. Russia' });
    expect(first).toMatchObject({ status: 'relocated', start: 0, ambiguous: false });
  });

  it('flags a repeated passage with nothing to tell the copies apart', () => {
    expect(anchorQuote(text, { exact: 'Syria said no' })).toMatchObject({ ambiguous: true });
  });

  it('reports a quote that is not in the text, down to a straight vs curly quote mark', () => {
    expect(anchorQuote('he said “permanently”', { exact: 'said "permanently"' })).toEqual({
      status: 'missing',
    });
    expect(anchorQuote(text, { exact: '' })).toEqual({ status: 'missing' });
  });
});

describe('quoteContext', () => {
  it('widens a quote to its whole sentence', () => {
    const start = text.indexOf('said yes');
    const context = quoteContext(text, start, start + 'said yes'.length);
    expect(context).toMatchObject({ before: 'Russia ', quote: 'said yes', after: '.' });
  });

  it('keeps a quote that spans sentences whole, with nothing added', () => {
    const context = quoteContext(text, 0, 31);
    expect(context).toMatchObject({
      before: '',
      quote: 'Syria said no. Russia said yes.',
      after: '',
    });
  });

  it('stops at a line break', () => {
    const lines = 'First paragraph\nSecond one here\nThird';
    const start = lines.indexOf('one');
    expect(quoteContext(lines, start, start + 3)).toMatchObject({
      before: 'Second ',
      after: ' here',
    });
  });

  it('clips a very long sentence and says so', () => {
    const long = `${'word '.repeat(200)}target ${'word '.repeat(200)}`;
    const start = long.indexOf('target');
    const context = quoteContext(long, start, start + 6, 50);
    expect(context.before.length).toBe(50);
    expect(context.clippedStart).toBe(true);
    expect(context.clippedEnd).toBe(true);
  });
});
