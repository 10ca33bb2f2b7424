/**
 * A function giving the width in pixels of a text in a CSS font. It measures with an
 * OffscreenCanvas where there is one (every current browser); elsewhere (a test's DOM) it
 * estimates from the font size, which is enough to keep labels apart: a label measured too
 * wide only wastes room, and one measured too narrow is cut by its box.
 */
export function createTextMeasure(font: string, fontSizePx: number): (text: string) => number {
  const context =
    typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return (text) => text.length * fontSizePx * 0.6;
  context.font = font;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context.measureText(text).width;
      cache.set(text, width);
    }
    return width;
  };
}
