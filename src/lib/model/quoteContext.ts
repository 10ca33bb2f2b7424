/** A quote with the sentences around it, split so the quoted words can be highlighted. */
export interface QuoteContext {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
  /** True when text was cut before `before` or after `after`. */
  readonly clippedStart: boolean;
  readonly clippedEnd: boolean;
}

// A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) and white
// space, or at a line break.
const SENTENCE_END = /[.!?][’”"')\]]*\s+|\n+/g;

/**
 * The whole sentence(s) a quote stands in. Context longer than `maxContext` characters on a
 * side (a paragraph without sentence ends) is clipped.
 */
export function quoteContext(
  text: string,
  start: number,
  end: number,
  maxContext = 400,
): QuoteContext {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const boundary = (match.index ?? 0) + match[0].length;
    if (boundary <= start) from = boundary;
    else if (boundary >= end) {
      to = boundary;
      break;
    }
  }
  const clippedStart = start - from > maxContext;
  const clippedEnd = to - end > maxContext;
  return {
    before: text.slice(clippedStart ? start - maxContext : from, start),
    quote: text.slice(start, end),
    after: text.slice(end, clippedEnd ? end + maxContext : to).trimEnd(),
    clippedStart,
    clippedEnd,
  };
}
