// Some dates here need the EDTF grammar, and some files are not valid JSON: the app loads the
// code for each when it meets one (withReadingCode); these tests read synchronously.
import '../../src/lib/model/edtfGrammar.ts';
import '../../src/lib/data/jsonSyntax.ts';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import type { Problem } from '../../src/lib/data/problem.ts';
import { describeProblem } from '../../src/lib/data/groupProblems.ts';

const text =
  'On Thursday, the minister spoke. Earlier in the month, troops left. The minister spoke again.';

function article(overrides: Record<string, unknown> = {}) {
  return {
    id: 'a1',
    title: 'An article',
    outlet: 'The Daily',
    url: 'https://example.org/a1',
    published: '2017-12-30',
    publishedBasis: 'Printed on the page.',
    text,
    ...overrides,
  };
}

function event(overrides: Record<string, unknown> = {}) {
  return {
    id: 'e1',
    title: 'The minister speaks',
    date: '2017-12-28',
    sources: [{ article: 'a1', exact: 'the minister spoke', start: 13, end: 31 }],
    ...overrides,
  };
}

function load(
  events: unknown[],
  articles: unknown[] = [article()],
  extra: Record<string, unknown> = {},
) {
  return loadDataset({ title: 'Test', articles, events, ...extra }, { file: 'test.json' });
}

function only(problems: readonly Problem[], severity: Problem['severity'] = 'error'): Problem {
  const matching = problems.filter((p) => p.severity === severity);
  expect(matching, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return matching[0]!;
}

describe('loadDataset', () => {
  it('loads a valid dataset with no problems', () => {
    const { dataset, problems } = load([event()]);
    expect(problems).toEqual([]);
    expect(dataset?.events[0]?.sources[0]).toMatchObject({
      exact: 'the minister spoke',
      start: 13,
      end: 31,
    });
  });

  it('accepts JSON text as well as parsed JSON', () => {
    const { dataset } = loadDataset(
      JSON.stringify({ title: 'T', articles: [article()], events: [event()] }),
    );
    expect(dataset?.events).toHaveLength(1);
  });

  it('reports malformed JSON with its line and column, and never throws', () => {
    const { dataset, problems } = loadDataset('{\n  "title": "x",\n  "events": [1,,]\n}', {
      file: 'broken.json',
    });
    expect(dataset).toBeNull();
    expect(only(problems)).toMatchObject({
      file: 'broken.json',
      message: expect.stringContaining('line 3, column 16'),
    });
  });

  it('reports a file cut short', () => {
    expect(only(loadDataset('{"title": "x", "events": [{"id"').problems).message).toContain(
      'ends too early',
    );
  });

  it.each([[null], [42], ['"text"'], ['[]']])(
    'reports a file that is not a dataset object (%s)',
    (input) => {
      const { dataset, problems } = loadDataset(input);
      expect(dataset).toBeNull();
      expect(only(problems).message).toMatch(/empty|JSON object/);
    },
  );

  it('reports a missing required field, and loads the other events', () => {
    const { dataset, problems, leftOut } = load([event({ title: undefined }), event({ id: 'e2' })]);
    expect(only(problems)).toMatchObject({
      subject: 'event "e1"',
      path: 'events[0].title',
      message: expect.stringContaining('missing'),
    });
    expect(dataset?.events.map((e) => e.id)).toEqual(['e2']);
    expect(leftOut).toEqual(['event "e1" (events[0])']);
  });

  it('reports a field of the wrong type', () => {
    const problem = only(load([event({ title: 42 })]).problems);
    expect(problem).toMatchObject({
      path: 'events[0].title',
      message: '"title" must be text, but it is a number.',
    });
  });

  it('reports an impossible date', () => {
    const problem = only(load([event({ date: '2017-02-30' })]).problems);
    expect(problem).toMatchObject({
      path: 'events[0].date',
      message: expect.stringContaining('February 2017 has 28 days'),
    });
  });

  it('reports an end before its start', () => {
    const problem = only(load([event({ date: '2017-12', end: '2016' })]).problems);
    expect(problem).toMatchObject({
      path: 'events[0].end',
      message: 'the end, 2016, is before the start, December 2017.',
    });
  });

  it('spans an event from its date to its end', () => {
    const { dataset } = load([event({ date: '2015-09', end: '2017-12' })]);
    expect(dataset?.events[0]?.when).toMatchObject({ edtf: '2015-09/2017-12', single: false });
  });

  it('says which event and which field each problem is in, wherever in the event it is', () => {
    const { problems } = load([
      event({ date: 'soon' }),
      event({ id: undefined }),
      event({
        id: 'e3',
        actors: ['Syria', 7],
        sources: [event().sources[0], { article: 'a1', exact: 'not there', start: -1 }],
      }),
    ]);
    // Problems are plain data (they are posted from the worker and kept for the report).
    expect(problems.map((p) => ({ ...p }))).toEqual([
      expect.objectContaining({ subject: 'event "e1"', path: 'events[0].date' }),
      expect.objectContaining({ subject: 'event 2', path: 'events[1].id' }),
      expect.objectContaining({ subject: 'event "e3"', path: 'events[2].actors[1]' }),
      expect.objectContaining({ subject: 'event "e3"', path: 'events[2].sources[1].start' }),
      expect.objectContaining({ subject: 'event "e3"', path: 'events[2].sources[1].exact' }),
    ]);
  });

  it('reports duplicate ids and keeps the first', () => {
    const { dataset, problems } = load([event(), event({ title: 'Second' })]);
    expect(only(problems)).toMatchObject({
      path: 'events[1].id',
      message: expect.stringContaining('unique'),
    });
    expect(dataset?.events.map((e) => e.title)).toEqual(['The minister speaks']);
  });

  it('reports a source naming an unknown article, listing the known ones', () => {
    const problems = load([event({ sources: [{ article: 'a2', exact: 'troops left' }] })]).problems;
    expect(problems[0]).toMatchObject({
      path: 'events[0].sources[0].article',
      message: expect.stringContaining('no article with the id "a2". Known articles: "a1"'),
    });
  });

  it('reports a quote that is not in its article, and leaves the event out', () => {
    const { dataset, problems } = load([
      event({ sources: [{ article: 'a1', exact: 'the minister shouted' }] }),
    ]);
    expect(problems[0]).toMatchObject({
      path: 'events[0].sources[0].exact',
      message: expect.stringContaining('is not in article "a1"'),
    });
    expect(dataset?.events).toEqual([]);
  });

  it('keeps an event with one good quote, reporting the bad one', () => {
    const sources = [
      { article: 'a1', exact: 'not there' },
      { article: 'a1', exact: 'troops left' },
    ];
    const { dataset, problems } = load([event({ sources })]);
    expect(only(problems).path).toBe('events[0].sources[0].exact');
    expect(dataset?.events[0]?.sources.map((s) => s.exact)).toEqual(['troops left']);
  });

  it('corrects wrong offsets with a warning', () => {
    const { dataset, problems } = load([
      event({ sources: [{ article: 'a1', exact: 'troops left', start: 0, end: 11 }] }),
    ]);
    expect(only(problems, 'warning').message).toContain(
      'not at characters 0–11 of article "a1" but at 55–66',
    );
    expect(dataset?.events[0]?.sources[0]).toMatchObject({ start: 55, end: 66 });
  });

  it('warns of a quote that could be one of several passages', () => {
    const problems = load([
      event({ sources: [{ article: 'a1', exact: 'minister spoke' }] }),
    ]).problems;
    expect(only(problems, 'warning').message).toContain('appears more than once');
  });

  it('reports a link that is not http(s) and shows no link', () => {
    const { dataset, problems } = load([event()], [article({ url: 'javascript:alert(1)' })]);
    expect(only(problems)).toMatchObject({ path: 'articles[0].url', subject: 'article "a1"' });
    expect(dataset?.articles[0]?.url).toBeNull();
    expect(dataset?.events).toHaveLength(1);
  });

  it('requires a publication day, since relative dates resolve against it', () => {
    const { problems, leftOut } = load([], [article({ published: '2017-12' })]);
    expect(only(problems).message).toContain('must be a single day');
    expect(leftOut).toEqual(['article "a1" (articles[0])']);
  });

  it('says when an event cites an article that failed to load', () => {
    const problems = load([event()], [article({ published: 'soon' })]).problems;
    expect(problems.map((p) => p.message).join('\n')).toContain('article "a1" did not load');
  });

  it('checks that a relative date resolves to the date given', () => {
    const dateBasis = { article: 'a1', expression: 'On Thursday' };
    expect(load([event({ dateBasis })]).problems).toEqual([]);
    const problem = only(load([event({ dateBasis, date: '2017-12-27' })]).problems);
    expect(problem.message).toBe(
      'the date is "2017-12-27", but "On Thursday" in an article published Saturday 30 December 2017 means 2017-12-28.',
    );
  });

  it('keeps the resolution of a relative date for display', () => {
    const { dataset } = load([
      event({ date: '2017-12', dateBasis: { article: 'a1', expression: 'Earlier in the month' } }),
    ]);
    expect(dataset?.events[0]?.dateBasis).toMatchObject({
      kind: 'expression',
      expression: 'Earlier in the month',
      note: 'before 30 December 2017',
    });
  });

  it('requires the date expression to be in the article, verbatim', () => {
    const problem = only(
      load([event({ dateBasis: { article: 'a1', expression: 'on Thursday' } })]).problems,
    );
    expect(problem.message).toContain('the words "on Thursday" are not in article "a1"');
  });

  it('warns, rather than guesses, when it cannot read a date expression', () => {
    const longAgo = `${text} Long ago, it began.`;
    const problems = load(
      [event({ dateBasis: { article: 'a1', expression: 'Long ago' } })],
      [article({ text: longAgo })],
    ).problems;
    expect(only(problems, 'warning').message).toContain('cannot work out what "Long ago" means');
  });

  it('requires an event dated by publication to carry the publication day', () => {
    const dateBasis = { article: 'a1', kind: 'publication' };
    expect(load([event({ date: '2017-12-30', dateBasis })]).problems).toEqual([]);
    expect(only(load([event({ date: '2017-12', dateBasis })]).problems).message).toContain(
      'must have that day, 2017-12-30',
    );
  });

  it('warns of unknown fields and suggests the likely one', () => {
    const problems = load([{ ...event(), summery: 'typo' }]).problems;
    expect(only(problems, 'warning').message).toBe(
      '"summery" is not a field Sourceline knows, so it is ignored. Did you mean "summary"?',
    );
  });

  it('keeps strings exactly as given, markup included', () => {
    const title = '<img src=x onerror=alert(1)> & “quotes”';
    expect(load([event({ title })]).dataset?.events[0]?.title).toBe(title);
  });

  it('writes each problem as one line with file, subject and path', () => {
    const problem = only(load([event({ date: '2017-02-30' })]).problems);
    expect(describeProblem(problem)).toBe(
      'error · test.json · event "e1" · events[0].date: "2017-02-30" is not a real date: February 2017 has 28 days.',
    );
  });
});
