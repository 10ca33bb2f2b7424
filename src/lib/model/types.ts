import type { CalendarDay } from './calendarDay.ts';
import type { DateSpan } from './dateSpan.ts';

/** A chronology and the articles its events are quoted from. */
export interface Dataset {
  readonly title: string;
  readonly description: string;
  /** BCP 47 language tag of the dataset's own text (titles, summaries). */
  readonly language: string;
  /** Licence of the dataset, in words or as an SPDX identifier. */
  readonly license: string;
  /** Who compiled it, and whom to credit. */
  readonly credit: string;
  readonly articles: readonly Article[];
  /** Valid events, in chronological order. */
  readonly events: readonly TimelineEvent[];
  /** Named stretches of time (eras), drawn as labelled bands behind the events. */
  readonly periods: readonly Period[];
}

/** A named stretch of time, such as "Russian air campaign": context, not an event. */
export interface Period {
  readonly label: string;
  readonly when: DateSpan;
}

export interface Article {
  readonly id: string;
  readonly title: string;
  readonly outlet: string;
  /** Address of the original, or null when none was given or it was not a safe http(s) link. */
  readonly url: string | null;
  readonly published: CalendarDay;
  /** How the publication date is known, in words (the page may not print it). */
  readonly publishedBasis: string;
  readonly language: string;
  /** The article's body exactly as quoted from: every source quote is a slice of it. */
  readonly text: string;
}

/** How an event's date was read from an article. */
export type DateBasis =
  /** Words in the text, resolved against the article's publication date. */
  | {
      readonly kind: 'expression';
      readonly article: Article;
      readonly expression: string;
      readonly note: string | null;
    }
  /** The article gives no date but reports the event as current when it was published. */
  | { readonly kind: 'publication'; readonly article: Article };

export interface TimelineEvent {
  /** Stable identifier, used in permalinks. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** When it happened: the event's `date`, extended to its `end` when one is given. */
  readonly when: DateSpan;
  readonly dateBasis: DateBasis | null;
  readonly actors: readonly string[];
  readonly places: readonly string[];
  readonly tags: readonly string[];
  /**
   * Quotes verified against their article's text. A Sourceline dataset gives at least one;
   * an imported timeline (TimelineJS) may give none, and the app then says so.
   */
  readonly sources: readonly Source[];
  /** Quotes given with only an address, not the article's text: shown, marked as not checked. */
  readonly citations: readonly Citation[];
  /** How the original timeline wrote the date (TimelineJS's display_date), when it did. */
  readonly displayDate: string | null;
  /** An image, video or page shown with the event in the original, with its credit. */
  readonly media: Media | null;
  /** Links from the original's text, http(s) only. */
  readonly links: readonly Link[];
}

export interface Citation {
  readonly quote: string;
  /** Where the quote is from, http(s) only; null when none was given or it was not safe. */
  readonly url: string | null;
}

export interface Media {
  /** The media's address, http(s) only. */
  readonly url: string;
  readonly caption: string;
  readonly credit: string;
}

export interface Link {
  readonly text: string;
  readonly url: string;
}

/** A verified quote: `article.text.slice(start, end) === exact`. */
export interface Source {
  readonly article: Article;
  readonly exact: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The empty list, shared (and frozen) wherever an event has no citations, links or places:
 * 100,000 events need not carry 100,000 empty arrays each.
 */
export const NONE: readonly never[] = Object.freeze([]);
