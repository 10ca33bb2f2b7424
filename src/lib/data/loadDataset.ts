import { ascending, spanEndMs, spanStartMs } from '../model/compareEvents.ts';
import type { Article, Dataset, TimelineEvent } from '../model/types.ts';
import { FieldReader, isObject, kindOf } from './fieldReader.ts';
import { parseJson } from './parseJson.ts';
import type { Problem } from './problem.ts';
import { readArticle } from './readArticle.ts';
import { readEvent } from './readEvent.ts';
import { readPeriod } from './readPeriod.ts';

export interface DatasetLoad {
  /** What could be loaded; null only when nothing could (not JSON, not an object). */
  readonly dataset: Dataset | null;
  /** Every problem found, in file order. */
  readonly problems: readonly Problem[];
  /** The events and articles that errors kept out, by id or position: "event \"x\" (events[3])". */
  readonly leftOut: readonly string[];
}

const DATASET_FIELDS = [
  'format',
  'title',
  'description',
  'language',
  'license',
  'credit',
  'articles',
  'events',
  'periods',
];

/**
 * Reads a Sourceline dataset from JSON text or already-parsed JSON. Whatever is wrong is
 * returned as problems, and everything valid still loads. It throws only to ask for a part of
 * the reading code not loaded yet (DateGrammarNeeded, JsonSyntaxNeeded): call it through
 * withReadingCode, which loads the part and reads again.
 */
export function loadDataset(input: unknown, options: { file?: string } = {}): DatasetLoad {
  const fields = new FieldReader(options.file);
  let json = input;
  if (typeof input === 'string') {
    const parsed = parseJson(input);
    if (!parsed.ok) {
      fields.report('error', { path: '' }, parsed.reason);
      return { dataset: null, problems: fields.problems, leftOut: [] };
    }
    json = parsed.value;
  }
  if (!isObject(json)) {
    fields.report(
      'error',
      { path: '' },
      `a dataset must be a JSON object with "title", "articles" and "events", but this file holds ${kindOf(json)}.`,
    );
    return { dataset: null, problems: fields.problems, leftOut: [] };
  }

  const top = { path: '' };
  fields.unknownKeys(json, DATASET_FIELDS, top);
  const title = fields.text(json, 'title', top, true) ?? options.file ?? 'Untitled chronology';
  const description = fields.text(json, 'description', top, false) ?? '';
  const language = fields.text(json, 'language', top, false) ?? 'en';
  const license = fields.text(json, 'license', top, false) ?? '';
  const credit = fields.text(json, 'credit', top, false) ?? '';

  const leftOut: string[] = [];
  const articles = new Map<string, Article>();
  const failed = new Set<string>();
  fields.objectList(json, 'articles', top, true).forEach((raw, index) => {
    const article = readArticle(raw, index, fields, language);
    const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : null;
    if (article && articles.has(article.id)) {
      fields.report(
        'error',
        { subject: `article "${article.id}"`, path: `articles[${index}].id` },
        `another article already has the id "${article.id}"; ids must be unique. This one is left out.`,
      );
    } else if (article) articles.set(article.id, article);
    else if (id !== null && !articles.has(id)) failed.add(id);
    if (!article || articles.get(article.id) !== article)
      leftOut.push(describeEntry('article', raw, `articles[${index}]`));
  });

  const events: TimelineEvent[] = [];
  const seen = new Set<string>();
  fields.objectList(json, 'events', top, true).forEach((raw, index) => {
    const event = readEvent(raw, index, fields, { loaded: articles, failed });
    if (event && seen.has(event.id)) {
      fields.report(
        'error',
        { subject: `event "${event.id}"`, path: `events[${index}].id` },
        `another event already has the id "${event.id}"; ids must be unique, since links to events use them. This one is left out.`,
      );
    } else if (event) {
      seen.add(event.id);
      events.push(event);
    }
    if (!event || events[events.length - 1] !== event)
      leftOut.push(describeEntry('event', raw, `events[${index}]`));
  });
  sortChronologically(events);

  const periods = fields
    .objectList(json, 'periods', top, false)
    .flatMap((raw, index) => readPeriod(raw, index, fields) ?? []);

  const dataset: Dataset = {
    title,
    description,
    language,
    license,
    credit,
    articles: [...articles.values()],
    events,
    periods,
  };
  return { dataset, problems: fields.problems, leftOut };
}

function describeEntry(kind: string, raw: unknown, path: string): string {
  const id = isObject(raw) && typeof raw.id === 'string' && raw.id.trim() !== '' ? raw.id : null;
  return id === null ? `${kind} at ${path}` : `${kind} "${id}" (${path})`;
}

/**
 * Sorts events by first possible day, then the shorter span first; events on the same dates keep
 * the file's order. Each event's bounds are worked out once, not in every comparison.
 */
function sortChronologically(events: TimelineEvent[]): void {
  const starts = events.map((event) => spanStartMs(event.when));
  const ends = events.map((event) => spanEndMs(event.when));
  const order = events.map((_, index) => index);
  order.sort((a, b) => ascending(starts[a]!, starts[b]!) || ascending(ends[a]!, ends[b]!) || a - b);
  const sorted = order.map((index) => events[index]!);
  sorted.forEach((event, index) => (events[index] = event));
}
