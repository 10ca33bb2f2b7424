/** A piece of text, and whether it is one of the matched words. */
export interface HighlightPiece {
  readonly text: string;
  readonly hit: boolean;
}

/**
 * Splits text so the matched words can be marked: every word that starts with one of the
 * terms (case-insensitive), whole words only, so "rus" marks "Russia" but not "Belarus".
 */
export function highlightTerms(text: string, terms: readonly string[]): HighlightPiece[] {
  const lower = terms.map((t) => t.toLowerCase()).filter(Boolean);
  if (!lower.length) return [{ text, hit: false }];
  const pieces: HighlightPiece[] = [];
  let plain = '';
  for (const word of text.split(/(\p{L}[\p{L}\p{N}'’-]*|\p{N}+)/u)) {
    const hit = word !== '' && lower.some((t) => word.toLowerCase().startsWith(t));
    if (hit) {
      if (plain) pieces.push({ text: plain, hit: false });
      plain = '';
      pieces.push({ text: word, hit: true });
    } else plain += word;
  }
  if (plain) pieces.push({ text: plain, hit: false });
  return pieces;
}
