import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import { isoDay } from '../../src/lib/model/calendarDay.ts';
import { resolveDateExpression } from '../../src/lib/model/resolveDate.ts';

const file = 'data/syria-2017-12-30.json';
const raw = readFileSync(file, 'utf8');
const json = JSON.parse(raw);
const { dataset, problems } = loadDataset(raw, { file });
const seedArticle = readFileSync('data/sources/kabul-times-2017-12-30-putin-syria.txt', 'utf8');

describe('the shipped Syria chronology', () => {
  it('loads without a single problem', () => {
    expect(problems).toEqual([]);
    expect(dataset?.events).toHaveLength(json.events.length);
  });

  it('matches the published JSON Schema', () => {
    const schema = JSON.parse(readFileSync('data/sourceline.schema.json', 'utf8'));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has every quote verbatim at its stated offsets, in the article as published', () => {
    const articles = new Map(
      json.articles.map((a: { id: string; text: string }) => [a.id, a.text]),
    );
    for (const event of json.events) {
      for (const source of event.sources) {
        const text = articles.get(source.article) as string;
        expect(text.slice(source.start, source.end), event.id).toBe(source.exact);
        // Verbatim in the original page too, not only in the dataset's copy of it.
        expect(seedArticle.includes(source.exact), event.id).toBe(true);
      }
    }
  });

  it('keeps the article text as printed, only without page chrome', () => {
    const text: string = json.articles[0].text;
    expect(text).not.toMatch(/Font size|Decrease font|Home \|/);
    for (const paragraph of text.split('\n')) expect(seedArticle).toContain(paragraph);
  });

  it('resolves every relative date to the date the data gives', () => {
    const published = dataset!.articles[0]!.published;
    expect(isoDay(published)).toBe('2017-12-30');
    for (const event of json.events) {
      if (event.dateBasis?.expression) {
        expect(resolveDateExpression(event.dateBasis.expression, published)?.edtf, event.id).toBe(
          event.date,
        );
      }
    }
  });

  it.each([
    ['since March 2011', '2011-03/..'],
    ['in September 2015', '2015-09'],
    ['Earlier in the month', '2017-12'],
    ['On Thursday', '2017-12-28'],
    ['on Saturday', '2017-12-30'],
  ])('dates the event read from “%s” as %s', (expression, date) => {
    const event = dataset!.events.find(
      (e) => e.dateBasis?.kind === 'expression' && e.dateBasis.expression === expression,
    );
    expect(event?.when.edtf).toBe(date);
  });

  it('gives the withdrawal order a month, not an invented day', () => {
    const withdrawal = dataset!.events.find((e) => e.id === 'putin-orders-withdrawal-2017-12');
    expect(withdrawal?.when.start).toMatchObject({ precision: 'month' });
  });

  it('shows undated statements on the publication day, marked as reported then', () => {
    const undated = dataset!.events.filter((e) => e.dateBasis?.kind === 'publication');
    expect(undated.map((e) => e.id).sort()).toEqual([
      'iran-advisory-support-reported-2017-12-30',
      'russia-retains-hmeymim-tartus-reported-2017-12-30',
      'us-led-strikes-reported-2017-12-30',
    ]);
    for (const event of undated) expect(event.when.edtf).toBe('2017-12-30');
  });

  it('lists events in date order', () => {
    expect(dataset!.events.map((e) => e.id)).toEqual([
      'syria-militancy-since-2011-03',
      'russia-air-support-2015-09',
      'putin-orders-withdrawal-2017-12',
      'lavrov-us-presence-unlawful-2017-12-28',
      'iran-advisory-support-reported-2017-12-30',
      'russia-retains-hmeymim-tartus-reported-2017-12-30',
      'us-led-strikes-reported-2017-12-30',
      'putin-new-year-message-to-assad-2017-12-30',
    ]);
  });
});
