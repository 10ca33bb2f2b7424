import type { DateSpan } from '../model/dateSpan.ts';
import {
  NONE,
  type Article,
  type Dataset,
  type Source,
  type TimelineEvent,
} from '../model/types.ts';

/**
 * A dataset laid out for the trip from the worker that read it to the page: columns of
 * strings and numbers instead of one object per event. Structured cloning costs about a
 * microsecond per object, so 100,000 events as objects took over a second to pass; as columns
 * (numbers in transferred typed arrays, texts joined into long strings, each distinct date
 * span and article once) they pass in a fraction of that, and the page rebuilds the objects quickly.
 */
export interface PackedDataset {
  /**
   * Everything but the events (title, articles, periods): in the first slice only. A large
   * dataset goes in slices of events, so the page takes each in a task short enough not to
   * freeze it (one message of a million events took the page most of a second to take in).
   */
  readonly head: Omit<Dataset, 'events'> | null;
  readonly count: number;
  readonly ids: PackedTexts;
  readonly titles: PackedTexts;
  readonly summaries: PackedTexts;
  /** Each distinct date span once; `spanOf[i]` is event i's. */
  readonly spans: readonly DateSpan[];
  readonly spanOf: Int32Array;
  /**
   * Each distinct actor, place and tag once; `wordIds` lists every event's actors, places and
   * tags, in that order, after one another, as indices into it. A few names repeat across a
   * whole dataset: the page then makes each string once, not once per event.
   */
  readonly vocabulary: PackedTexts;
  readonly wordIds: Int32Array;
  /** How many actors, places and tags each event has: three counts per event. */
  readonly wordCounts: Int32Array;
  /** Event i's sources are entries sourceFrom[i] to sourceFrom[i + 1] of the source columns. */
  readonly sourceFrom: Int32Array;
  /** Index into the dataset's articles (`head.articles` of the first slice). */
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

/**
 * Packs a dataset's events `from` to `to` (all of them by default), with its head when `from`
 * is 0; `transfer` lists the buffers to hand over with it rather than copy.
 */
export function packDataset(
  dataset: Dataset,
  from = 0,
  to = dataset.events.length,
): {
  packed: PackedDataset;
  transfer: ArrayBuffer[];
} {
  const { events: allEvents, ...head } = dataset;
  const events = from === 0 && to === allEvents.length ? allEvents : allEvents.slice(from, to);
  const count = events.length;
  let sourceCount = 0;
  for (const event of events) sourceCount += event.sources.length;
  const spans: DateSpan[] = [];
  const spanIndex = new Map<DateSpan, number>();
  const spanOf = new Int32Array(count);
  const vocabulary: string[] = [];
  const vocabularyIndex = new Map<string, number>();
  const wordIds: number[] = [];
  const wordCounts = new Int32Array(count * 3);
  const articleIndex = new Map(head.articles.map((article, index) => [article, index]));
  const sourceFrom = new Int32Array(count + 1);
  const sourceArticle = new Int32Array(sourceCount);
  const sourceExact: string[] = new Array(sourceCount);
  const sourceStart = new Int32Array(sourceCount);
  const sourceEnd = new Int32Array(sourceCount);
  const extras: EventExtras[] = [];
  const ids: string[] = new Array(count);
  const titles: string[] = new Array(count);
  const summaries: string[] = new Array(count);

  let s = 0;
  for (let i = 0; i < count; i++) {
    const event = events[i]!;
    ids[i] = event.id;
    titles[i] = event.title;
    summaries[i] = event.summary;
    let span = spanIndex.get(event.when);
    if (span === undefined) {
      span = spans.push(event.when) - 1;
      spanIndex.set(event.when, span);
    }
    spanOf[i] = span;
    wordCounts[i * 3] = event.actors.length;
    wordCounts[i * 3 + 1] = event.places.length;
    wordCounts[i * 3 + 2] = event.tags.length;
    for (const list of [event.actors, event.places, event.tags]) {
      for (const word of list) {
        let id = vocabularyIndex.get(word);
        if (id === undefined) {
          id = vocabulary.push(word) - 1;
          vocabularyIndex.set(word, id);
        }
        wordIds.push(id);
      }
    }
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
    head: from === 0 ? head : null,
    count,
    ids: packTexts(ids),
    titles: packTexts(titles),
    summaries: packTexts(summaries),
    spans,
    spanOf,
    vocabulary: packTexts(vocabulary),
    wordIds: Int32Array.from(wordIds),
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
    packed.wordIds,
    packed.vocabulary.ends,
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

/**
 * Takes a dataset in as its slices arrive, in order, unpacking each as it comes (so each is a
 * short task of its own), and gives the dataset once all are in.
 */
export class SliceReceiver {
  #head: Omit<Dataset, 'events'> | null = null;
  readonly #events: TimelineEvent[][] = [];

  add(slice: PackedDataset): void {
    this.#head ??= slice.head;
    if (!this.#head) throw new Error('the first slice of a packed dataset carries its head');
    this.#events.push(unpackEvents(slice, this.#head.articles));
  }

  /** The dataset; null when no slice came. */
  dataset(): Dataset | null {
    if (!this.#head) return null;
    const events = this.#events;
    return { ...this.#head, events: events.length === 1 ? events[0]! : events.flat() };
  }
}

/** The dataset again, from its slices in order (see SliceReceiver). */
export function unpackDataset(slices: readonly PackedDataset[]): Dataset {
  const receiver = new SliceReceiver();
  for (const slice of slices) receiver.add(slice);
  const dataset = receiver.dataset();
  if (!dataset) throw new Error('a packed dataset has at least one slice');
  return dataset;
}

/**
 * The events of one slice, quoting `articles` (the first slice's). Each event is a view over
 * the columns: its scalar fields are filled in at once, its lists (actors, places, tags,
 * sources) are made when first read. Drawing the timeline reads none of them, so opening
 * 100,000 events makes 100,000 objects, not 600,000.
 */
function unpackEvents(packed: PackedDataset, articles: readonly Article[]): TimelineEvent[] {
  const columns: UnpackedColumns = {
    packed,
    articles,
    vocabulary: unpackTexts(packed.vocabulary),
    wordFrom: new Int32Array(packed.count * 3 + 1),
  };
  for (let k = 0; k < packed.count * 3; k++)
    columns.wordFrom[k + 1] = columns.wordFrom[k]! + packed.wordCounts[k]!;
  const extras = new Map(packed.extras.map((extra) => [extra.index, extra]));
  const ids = unpackTexts(packed.ids);
  const titles = unpackTexts(packed.titles);
  const summaries = unpackTexts(packed.summaries);
  const events: TimelineEvent[] = new Array(packed.count);
  for (let i = 0; i < packed.count; i++) {
    const extra = extras.get(i);
    events[i] = new PackedEvent(columns, i, {
      id: ids[i]!,
      title: titles[i]!,
      summary: summaries[i]!,
      when: packed.spans[packed.spanOf[i]!]!,
      dateBasis: extra?.dateBasis ?? null,
      citations: extra?.citations ?? NONE,
      displayDate: extra?.displayDate ?? null,
      media: extra?.media ?? null,
      links: extra?.links ?? NONE,
    });
  }
  return events;
}

interface UnpackedColumns {
  readonly packed: PackedDataset;
  readonly articles: readonly Article[];
  readonly vocabulary: readonly string[];
  /** Where each event's actors, places and tags start among the words (three per event). */
  readonly wordFrom: Int32Array;
}

type ScalarFields = Omit<TimelineEvent, 'actors' | 'places' | 'tags' | 'sources'>;

class PackedEvent implements TimelineEvent {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly when: DateSpan;
  readonly dateBasis: TimelineEvent['dateBasis'];
  readonly citations: TimelineEvent['citations'];
  readonly displayDate: string | null;
  readonly media: TimelineEvent['media'];
  readonly links: TimelineEvent['links'];
  #columns: UnpackedColumns;
  #index: number;
  #sources: readonly Source[] | undefined;

  constructor(columns: UnpackedColumns, index: number, fields: ScalarFields) {
    this.#columns = columns;
    this.#index = index;
    this.id = fields.id;
    this.title = fields.title;
    this.summary = fields.summary;
    this.when = fields.when;
    this.dateBasis = fields.dateBasis;
    this.citations = fields.citations;
    this.displayDate = fields.displayDate;
    this.media = fields.media;
    this.links = fields.links;
  }

  // Made each time they are read, from strings made once (the vocabulary), and not kept:
  // counting a million events' facets then leaves short-lived lists the collector drops for
  // free, where kept ones (two million) were copied from one generation of the heap to the
  // next, which took most of the filter panel's first half second.
  get actors(): readonly string[] {
    return this.#words(0);
  }

  get places(): readonly string[] {
    return this.#words(1);
  }

  get tags(): readonly string[] {
    return this.#words(2);
  }

  get sources(): readonly Source[] {
    if (this.#sources) return this.#sources;
    const { packed, articles } = this.#columns;
    const sources: Source[] = [];
    for (let s = packed.sourceFrom[this.#index]!; s < packed.sourceFrom[this.#index + 1]!; s++) {
      sources.push({
        article: articles[packed.sourceArticle[s]!]!,
        exact: textAt(packed.sourceExact, s),
        start: packed.sourceStart[s]!,
        end: packed.sourceEnd[s]!,
      });
    }
    return (this.#sources = sources);
  }

  /** The event's actors (0), places (1) or tags (2). */
  #words(which: number): readonly string[] {
    const { packed, vocabulary, wordFrom } = this.#columns;
    const k = this.#index * 3 + which;
    const from = wordFrom[k]!;
    const to = wordFrom[k + 1]!;
    if (from === to) return NONE;
    const words: string[] = new Array(to - from);
    for (let w = from; w < to; w++) words[w - from] = vocabulary[packed.wordIds[w]!]!;
    return words;
  }

  /** Plain data, as the rest of the app would have built it (for JSON and for tests). */
  toJSON(): TimelineEvent {
    const { actors, places, tags, sources } = this;
    return { ...this, actors, places, tags, sources };
  }
}

function textAt({ joined, ends }: PackedTexts, index: number): string {
  return joined.slice(index ? ends[index - 1] : 0, ends[index]);
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
