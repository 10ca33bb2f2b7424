import type { DateSpan } from '../model/dateSpan.ts';
import type { Article, Dataset, Source, TimelineEvent } from '../model/types.ts';

/**
 * A dataset laid out for the trip from the worker that read it to the page: columns of
 * strings and numbers instead of one object per event. Structured cloning costs about a
 * microsecond per object, so 100,000 events as objects took over a second to pass; as columns
 * (numbers in transferred typed arrays, texts joined into long strings, each distinct date
 * span and article once) they pass in a fraction of that, and the page rebuilds the objects quickly.
 */
export interface PackedDataset {
  readonly head: Omit<Dataset, 'events'>;
  readonly count: number;
  readonly ids: PackedTexts;
  readonly titles: PackedTexts;
  readonly summaries: PackedTexts;
  /** Each distinct date span once; `spanOf[i]` is event i's. */
  readonly spans: readonly DateSpan[];
  readonly spanOf: Int32Array;
  /** Every event's actors, places and tags, in that order, after one another. */
  readonly words: PackedTexts;
  /** How many actors, places and tags each event has: three counts per event. */
  readonly wordCounts: Int32Array;
  /** Event i's sources are entries sourceFrom[i] to sourceFrom[i + 1] of the source columns. */
  readonly sourceFrom: Int32Array;
  /** Index into `head.articles`. */
  readonly sourceArticle: Int32Array;
  readonly sourceExact: PackedTexts;
  readonly sourceStart: Int32Array;
  readonly sourceEnd: Int32Array;
  /** The rarer fields, only for the events that have any. */
  readonly extras: readonly EventExtras[];
}

/**
 * Many texts as one string and where each ends: one string is copied at memory speed, while
 * a list of 100,000 strings is cloned one by one.
 */
export interface PackedTexts {
  readonly joined: string;
  readonly ends: Int32Array;
}

type EventExtras = { readonly index: number } & Pick<
  TimelineEvent,
  'dateBasis' | 'citations' | 'displayDate' | 'media' | 'links'
>;

/** Packs a dataset; `transfer` lists the buffers to hand over with it rather than copy. */
export function packDataset(dataset: Dataset): {
  packed: PackedDataset;
  transfer: ArrayBuffer[];
} {
  const { events, ...head } = dataset;
  const count = events.length;
  let sourceCount = 0;
  for (const event of events) sourceCount += event.sources.length;
  const spans: DateSpan[] = [];
  const spanIndex = new Map<DateSpan, number>();
  const spanOf = new Int32Array(count);
  const words: string[] = [];
  const wordCounts = new Int32Array(count * 3);
  const articleIndex = new Map(head.articles.map((article, index) => [article, index]));
  const sourceFrom = new Int32Array(count + 1);
  const sourceArticle = new Int32Array(sourceCount);
  const sourceExact: string[] = new Array(sourceCount);
  const sourceStart = new Int32Array(sourceCount);
  const sourceEnd = new Int32Array(sourceCount);
  const extras: EventExtras[] = [];

  let s = 0;
  for (let i = 0; i < count; i++) {
    const event = events[i]!;
    let span = spanIndex.get(event.when);
    if (span === undefined) {
      span = spans.push(event.when) - 1;
      spanIndex.set(event.when, span);
    }
    spanOf[i] = span;
    wordCounts[i * 3] = event.actors.length;
    wordCounts[i * 3 + 1] = event.places.length;
    wordCounts[i * 3 + 2] = event.tags.length;
    words.push(...event.actors, ...event.places, ...event.tags);
    for (const source of event.sources) {
      const article = articleIndex.get(source.article);
      if (article === undefined) throw new Error(`event "${event.id}" quotes an unknown article`);
      sourceArticle[s] = article;
      sourceExact[s] = source.exact;
      sourceStart[s] = source.start;
      sourceEnd[s] = source.end;
      s++;
    }
    sourceFrom[i + 1] = s;
    const { dateBasis, citations, displayDate, media, links } = event;
    if (dateBasis || citations.length || displayDate !== null || media || links.length)
      extras.push({ index: i, dateBasis, citations, displayDate, media, links });
  }

  const packed: PackedDataset = {
    head,
    count,
    ids: packTexts(events.map((event) => event.id)),
    titles: packTexts(events.map((event) => event.title)),
    summaries: packTexts(events.map((event) => event.summary)),
    spans,
    spanOf,
    words: packTexts(words),
    wordCounts,
    sourceFrom,
    sourceArticle,
    sourceExact: packTexts(sourceExact),
    sourceStart,
    sourceEnd,
    extras,
  };
  const transfer = [
    packed.spanOf,
    packed.wordCounts,
    packed.words.ends,
    packed.sourceFrom,
    packed.sourceArticle,
    packed.sourceStart,
    packed.sourceEnd,
    packed.ids.ends,
    packed.titles.ends,
    packed.summaries.ends,
    packed.sourceExact.ends,
  ].map((column) => column.buffer as ArrayBuffer);
  return { packed, transfer };
}

/** The dataset again, event objects and all. */
export function unpackDataset(packed: PackedDataset): Dataset {
  const { head, wordCounts } = packed;
  const articles: readonly Article[] = head.articles;
  const extras = new Map(packed.extras.map((extra) => [extra.index, extra]));
  const ids = unpackTexts(packed.ids);
  const titles = unpackTexts(packed.titles);
  const summaries = unpackTexts(packed.summaries);
  const exacts = unpackTexts(packed.sourceExact);
  const words = unpackTexts(packed.words);
  let w = 0;
  const readWords = (count: number) => words.slice(w, (w += count));
  const events: TimelineEvent[] = new Array(packed.count);
  for (let i = 0; i < packed.count; i++) {
    const actors = readWords(wordCounts[i * 3]!);
    const places = readWords(wordCounts[i * 3 + 1]!);
    const tags = readWords(wordCounts[i * 3 + 2]!);
    const sources: Source[] = [];
    for (let s = packed.sourceFrom[i]!; s < packed.sourceFrom[i + 1]!; s++) {
      sources.push({
        article: articles[packed.sourceArticle[s]!]!,
        exact: exacts[s]!,
        start: packed.sourceStart[s]!,
        end: packed.sourceEnd[s]!,
      });
    }
    const extra = extras.get(i);
    events[i] = {
      id: ids[i]!,
      title: titles[i]!,
      summary: summaries[i]!,
      when: packed.spans[packed.spanOf[i]!]!,
      dateBasis: extra?.dateBasis ?? null,
      actors,
      places,
      tags,
      sources,
      citations: extra?.citations ?? [],
      displayDate: extra?.displayDate ?? null,
      media: extra?.media ?? null,
      links: extra?.links ?? [],
    };
  }
  return { ...head, events };
}

function packTexts(texts: readonly string[]): PackedTexts {
  const ends = new Int32Array(texts.length);
  let end = 0;
  for (let i = 0; i < texts.length; i++) ends[i] = end += texts[i]!.length;
  return { joined: texts.join(''), ends };
}

function unpackTexts({ joined, ends }: PackedTexts): string[] {
  const texts: string[] = new Array(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    texts[i] = joined.slice(start, ends[i]);
    start = ends[i]!;
  }
  return texts;
}
