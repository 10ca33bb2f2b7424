import { isoDay, utcStartOfDay } from '../model/calendarDay.ts';
import { firstDay, lastDay, parseDate, type DateSpan } from '../model/dateSpan.ts';
import { formatSpan } from '../model/formatDate.ts';
import { formatDayWithWeekday } from '../model/weekdays.ts';
import { resolveDateExpression } from '../model/resolveDate.ts';
import {
  NONE,
  type Article,
  type DateBasis,
  type Source,
  type TimelineEvent,
} from '../model/types.ts';
import { anchorQuote } from '../model/anchorQuote.ts';
import {
  FieldReader,
  fieldPlace,
  isObject,
  kindOf,
  type JsonObject,
  type Place,
} from './fieldReader.ts';

const EVENT_FIELDS = [
  'id',
  'title',
  'summary',
  'date',
  'end',
  'dateBasis',
  'actors',
  'places',
  'tags',
  'sources',
];
const SOURCE_FIELDS = ['article', 'exact', 'prefix', 'suffix', 'start', 'end'];
const BASIS_FIELDS = ['article', 'expression', 'kind'];

/** What an event may refer to: the articles that loaded, and the ids of those that did not. */
export interface ArticleIndex {
  readonly loaded: ReadonlyMap<string, Article>;
  readonly failed: ReadonlySet<string>;
}

/**
 * Where an event is in the file, worded only when a problem is reported there: reading a large
 * file that is fine then puts together no text, and makes no garbage, for the places of its
 * events and their sources.
 */
class EventPlace implements Place {
  constructor(
    private readonly index: number,
    private readonly id: string | null,
  ) {}
  get subject(): string {
    return this.id ? `event "${this.id}"` : `event ${this.index + 1}`;
  }
  get path(): string {
    return `events[${this.index}]`;
  }
}

/** Where one of an event's sources is, worded only when asked (see EventPlace). */
class SourcePlace implements Place {
  constructor(
    private readonly event: Place,
    private readonly index: number,
  ) {}
  get subject(): string | undefined {
    return this.event.subject;
  }
  get path(): string {
    return `${this.event.path}.sources[${this.index}]`;
  }
}

/** Reads one event; null (with errors reported) when it cannot be shown honestly. */
export function readEvent(
  raw: unknown,
  index: number,
  fields: FieldReader,
  articles: ArticleIndex,
): TimelineEvent | null {
  if (!isObject(raw)) {
    fields.report(
      'error',
      { path: `events[${index}]` },
      `each event must be an object, but this one is ${kindOf(raw)}.`,
    );
    return null;
  }
  const id = fields.text(raw, 'id', new EventPlace(index, null), true);
  const place = new EventPlace(index, id);
  fields.unknownKeys(raw, EVENT_FIELDS, place);
  const title = fields.text(raw, 'title', place, true);
  const summary = fields.text(raw, 'summary', place, false) ?? '';
  const when = readWhen(raw, place, fields);
  const dateBasis =
    when && isObject(raw.dateBasis)
      ? readDateBasis(raw.dateBasis, when, place, fields, articles)
      : undefined;
  if (raw.dateBasis !== undefined && !isObject(raw.dateBasis)) {
    fields.report(
      'error',
      fieldPlace(place, 'dateBasis'),
      `"dateBasis" must be an object like {"article": "…", "expression": "On Thursday"}, but it is ${kindOf(raw.dateBasis)}.`,
    );
  }
  const actors = fields.textList(raw, 'actors', place);
  const places = fields.textList(raw, 'places', place);
  const tags = fields.textList(raw, 'tags', place);
  const sources = readSources(raw, place, fields, articles);

  if (id === null || title === null || when === null || dateBasis === null || sources === null)
    return null;
  return {
    id,
    title,
    summary,
    when,
    dateBasis: dateBasis ?? null,
    actors,
    places,
    tags,
    sources,
    citations: NONE,
    displayDate: null,
    media: null,
    links: NONE,
  };
}

function readWhen(raw: JsonObject, place: Place, fields: FieldReader): DateSpan | null {
  const dateText = fields.text(raw, 'date', place, true);
  const endText = fields.text(raw, 'end', place, false);
  if (dateText === null) return null;
  const date = parseDate(dateText);
  if (!date.ok) {
    fields.report('error', fieldPlace(place, 'date'), date.reason);
    return null;
  }
  if (endText === null) return date.span;
  const end = parseDate(endText);
  if (!end.ok) {
    fields.report('error', fieldPlace(place, 'end'), end.reason);
    return null;
  }
  if (!date.span.single || !end.span.single) {
    fields.report(
      'error',
      fieldPlace(place, 'end'),
      `give either an interval in "date" (like 2015-09/2017-12) or a single "date" and "end", not both.`,
    );
    return null;
  }
  const first = firstDay(date.span);
  const last = lastDay(end.span);
  if (first && last && utcStartOfDay(last) < utcStartOfDay(first)) {
    fields.report(
      'error',
      fieldPlace(place, 'end'),
      `the end, ${formatSpan(end.span)}, is before the start, ${formatSpan(date.span)}.`,
    );
    return null;
  }
  return {
    edtf: `${dateText}/${endText}`,
    start: date.span.start,
    end: end.span.end,
    single: false,
  };
}

/**
 * Reads and checks how the date was read from an article: the words must be in the article,
 * and must mean the date given. Undefined when absent; null when wrong (the event is dropped).
 */
function readDateBasis(
  raw: JsonObject,
  when: DateSpan,
  place: Place,
  fields: FieldReader,
  articles: ArticleIndex,
): DateBasis | null | undefined {
  const at = fieldPlace(place, 'dateBasis');
  fields.unknownKeys(raw, BASIS_FIELDS, at);
  const article = findArticle(fields.text(raw, 'article', at, true), at, fields, articles);
  if (!article) return article;
  const published = formatDayWithWeekday(article.published);

  if (raw.kind === 'publication') {
    if (when.edtf !== isoDay(article.published)) {
      fields.report(
        'error',
        fieldPlace(place, 'date'),
        `the date is "${when.edtf}", but an event dated by its article's publication must have that day, ${isoDay(article.published)}.`,
      );
      return null;
    }
    return { kind: 'publication', article };
  }
  if (raw.kind !== undefined && raw.kind !== 'expression') {
    fields.report(
      'error',
      fieldPlace(at, 'kind'),
      `"kind" must be "expression" (words in the article give the date) or "publication" (the article reports it as current), not ${JSON.stringify(raw.kind)}.`,
    );
    return null;
  }
  const expression = fields.text(raw, 'expression', at, true);
  if (expression === null) return null;
  if (!article.text.includes(expression)) {
    fields.report(
      'error',
      fieldPlace(at, 'expression'),
      `the words "${expression}" are not in article "${article.id}"; quote them exactly as printed.`,
    );
    return null;
  }
  const resolution = resolveDateExpression(expression, article.published);
  if (resolution === null) {
    fields.report(
      'warning',
      fieldPlace(at, 'expression'),
      `Sourceline cannot work out what "${expression}" means on its own, so the date ${when.edtf} is shown as given: check it by hand.`,
    );
    return { kind: 'expression', article, expression, note: null };
  }
  if (resolution.edtf !== when.edtf) {
    fields.report(
      'error',
      fieldPlace(place, 'date'),
      `the date is "${when.edtf}", but "${expression}" in an article published ${published} means ${resolution.edtf}${resolution.note ? ` (${resolution.note})` : ''}.`,
    );
    return null;
  }
  return { kind: 'expression', article, expression, note: resolution.note };
}

function findArticle(
  id: string | null,
  place: Place,
  fields: FieldReader,
  articles: ArticleIndex,
): Article | null {
  if (id === null) return null;
  const article = articles.loaded.get(id);
  if (article) return article;
  const at = fieldPlace(place, 'article');
  if (articles.failed.has(id))
    fields.report(
      'error',
      at,
      `article "${id}" did not load (see its own problems), so this cannot be checked against it.`,
    );
  else
    fields.report(
      'error',
      at,
      `there is no article with the id "${id}". Known articles: ${[...articles.loaded.keys()].map((k) => `"${k}"`).join(', ') || 'none'}.`,
    );
  return null;
}

/** The event's quotes, each found in its article. Null when none can be shown. */
function readSources(
  raw: JsonObject,
  place: Place,
  fields: FieldReader,
  articles: ArticleIndex,
): Source[] | null {
  const list = fields.objectList(raw, 'sources', place, true);
  if (raw.sources !== undefined && Array.isArray(raw.sources) && list.length === 0) {
    fields.report(
      'error',
      fieldPlace(place, 'sources'),
      `the event has no sources: give at least one quote from an article.`,
    );
  }
  const sources: Source[] = [];
  for (let index = 0; index < list.length; index++) {
    const at = new SourcePlace(place, index);
    const source = readSource(list[index], at, fields, articles);
    if (source) sources.push(source);
  }
  if (list.length > 0 && sources.length === 0) {
    fields.report(
      'error',
      fieldPlace(place, 'sources'),
      `none of the event's sources could be checked against an article, so the event is not shown.`,
    );
  }
  return sources.length > 0 ? sources : null;
}

function readSource(
  raw: unknown,
  place: Place,
  fields: FieldReader,
  articles: ArticleIndex,
): Source | null {
  if (!isObject(raw)) {
    fields.report(
      'error',
      place,
      `each source must be an object like {"article": "…", "exact": "…"}, but this one is ${kindOf(raw)}.`,
    );
    return null;
  }
  fields.unknownKeys(raw, SOURCE_FIELDS, place);
  const article = findArticle(fields.text(raw, 'article', place, true), place, fields, articles);
  const exact = fields.text(raw, 'exact', place, true);
  const prefix = fields.text(raw, 'prefix', place, false) ?? undefined;
  const suffix = fields.text(raw, 'suffix', place, false) ?? undefined;
  const start = fields.offset(raw, 'start', place) ?? undefined;
  const end = fields.offset(raw, 'end', place) ?? undefined;
  if (!article || exact === null) return null;

  const anchor = anchorQuote(article.text, { exact, prefix, suffix, start, end });
  if (anchor.status === 'verified') return { article, exact, start: anchor.start, end: anchor.end };
  if (anchor.status === 'missing') {
    fields.report(
      'error',
      fieldPlace(place, 'exact'),
      `the quote "${shorten(exact)}" is not in article "${article.id}". Quotes must be copied exactly, including punctuation and curly quotes.`,
    );
    return null;
  }
  if (anchor.status === 'relocated') {
    if (start !== undefined || end !== undefined) {
      fields.report(
        'warning',
        fieldPlace(place, 'start'),
        `the quote is not at characters ${start ?? '?'}–${end ?? '?'} of article "${article.id}" but at ${anchor.start}–${anchor.end}; it is shown from there. Correct "start" and "end".`,
      );
    }
    if (anchor.ambiguous) {
      fields.report(
        'warning',
        fieldPlace(place, 'exact'),
        `the quote "${shorten(exact)}" appears more than once in article "${article.id}"; add "prefix" or "suffix" (the words around it) to say which.`,
      );
    }
  }
  return { article, exact, start: anchor.start, end: anchor.end };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
