/** A quoted passage of an article and the event it is evidence for. */
export interface QuotedPassage {
  readonly start: number;
  readonly end: number;
  readonly eventId: string;
}

/** A run of article text; `passages` are the quotes covering all of it (none for plain text). */
export interface TextSegment {
  readonly start: number;
  readonly text: string;
  readonly passages: readonly QuotedPassage[];
}

/**
 * Cuts an article's text at every quote's start and end, so each piece can be drawn plain or
 * highlighted. Quotes may overlap or nest (two events can cite the same words); a piece lists
 * every quote covering it, the shortest first, so the most specific event is the one linked.
 */
export function segmentArticle(text: string, passages: readonly QuotedPassage[]): TextSegment[] {
  const valid = passages.filter((p) => 0 <= p.start && p.start < p.end && p.end <= text.length);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((p) => [p.start, p.end])])].sort(
    (a, b) => a - b,
  );
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = valid
      .filter((p) => p.start <= start && end <= p.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, text: text.slice(start, end), passages: covering });
  }
  return segments;
}
