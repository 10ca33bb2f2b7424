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
  /** At least one, each verified against its article's text. */
  readonly sources: readonly Source[];
}

/** A verified quote: `article.text.slice(start, end) === exact`. */
export interface Source {
  readonly article: Article;
  readonly exact: string;
  readonly start: number;
  readonly end: number;
}
