/**
 * A quote selector in the W3C Web Annotation form (TextQuoteSelector plus TextPositionSelector),
 * with the model's own field names.
 */
export interface QuoteSelector {
  /** The quoted text, verbatim. */
  readonly exact: string;
  /** A little of the text just before the quote, to tell repeated passages apart. */
  readonly prefix?: string;
  /** A little of the text just after the quote. */
  readonly suffix?: string;
  /** Character offset of the quote's first character in the article text (UTF-16 units). */
  readonly start?: number;
  /** Character offset just past the quote's last character. */
  readonly end?: number;
}

export type QuoteAnchor =
  /** Found at the given offsets. */
  | { status: 'verified'; start: number; end: number }
  /** Found elsewhere (or offsets were not given): the offsets are the ones found. */
  | { status: 'relocated'; start: number; end: number; ambiguous: boolean }
  | { status: 'missing' };

/**
 * Finds a quote in an article's text. The offsets are trusted when the exact text stands there;
 * otherwise every occurrence of the exact text is scored by how much of the prefix and suffix
 * surround it, and the best one wins.
 */
export function anchorQuote(text: string, selector: QuoteSelector): QuoteAnchor {
  const { exact, prefix = '', suffix = '', start, end } = selector;
  if (exact === '') return { status: 'missing' };
  if (start !== undefined && end !== undefined && text.slice(start, end) === exact) {
    return { status: 'verified', start, end };
  }

  let best = -1;
  let bestScore = -1;
  let tied = false;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score =
      sharedSuffixLength(text.slice(Math.max(0, at - prefix.length), at), prefix) +
      sharedPrefixLength(text.slice(at + exact.length, at + exact.length + suffix.length), suffix);
    if (score > bestScore) {
      best = at;
      bestScore = score;
      tied = false;
    } else if (score === bestScore) {
      tied = true;
    }
  }
  if (best === -1) return { status: 'missing' };
  return { status: 'relocated', start: best, end: best + exact.length, ambiguous: tied };
}

function sharedPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function sharedSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
