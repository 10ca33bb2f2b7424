/**
 * A function giving the width in pixels of a text in a CSS font. It measures with an
 * OffscreenCanvas where there is one (every current browser); elsewhere (a test's DOM) it
 * estimates from the font size, which is enough to keep labels apart: a label measured too
 * wide only wastes room, and one measured too narrow is cut by its box.
 *
 * Text in alphabetic scripts (Latin, Greek, Cyrillic, Armenian) is measured a character at a
 * time, each character once: measuring every label of a 100,000-event chronology whole takes
 * most of a second, summing takes a few milliseconds. The sum leaves out kerning, which only
 * ever narrows these scripts by a fraction of a pixel, so it errs on the wide, safe side.
 * Other scripts, and text with combining accents, are measured whole.
 */
export function createTextMeasure(font: string, fontSizePx: number): (text: string) => number {
  const context =
    typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return (text) => text.length * fontSizePx * 0.6;
  context.font = font;
  const characterWidths = new Float64Array(ALPHABETIC_END).fill(-1);
  const whole = new Map<string, number>();
  return (text) => {
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= ALPHABETIC_END || (code >= 0x0300 && code < 0x0370)) return measureWhole(text);
      let characterWidth = characterWidths[code]!;
      if (characterWidth < 0) {
        characterWidth = context.measureText(text[i]!).width;
        characterWidths[code] = characterWidth;
      }
      width += characterWidth;
    }
    return width;
  };

  function measureWhole(text: string): number {
    let width = whole.get(text);
    if (width === undefined) {
      width = context!.measureText(text).width;
      whole.set(text, width);
    }
    return width;
  }
}

/** Up to Armenian; Hebrew (U+0590) onwards includes scripts whose letters join or combine. */
const ALPHABETIC_END = 0x0590;

/** The widths of many texts, in steps of `perStep` texts (see steps.ts). */
export function* measureInSteps(
  texts: readonly string[],
  measure: (text: string) => number,
  perStep: number,
): Generator<void, Float64Array> {
  const widths = new Float64Array(texts.length);
  for (let from = 0; from < texts.length; from += perStep) {
    if (from > 0) yield;
    for (let i = from; i < Math.min(texts.length, from + perStep); i++)
      widths[i] = measure(texts[i]!);
  }
  return widths;
}
