/**
 * Stands in for d3-color in the build (vite.config.ts). d3-zoom animates the view with
 * d3-transition, which brings d3-interpolate, which parses colours with d3-color: its table of
 * 148 colour names and its colour spaces were over 4 kB of the first download, for a timeline
 * that never animates a colour. Here nothing is a colour, so an interpolation of text stays one
 * of text (as d3-interpolate does for text that names no colour); asked to work in a colour
 * space, this says so instead of giving a wrong colour.
 */
export function color(_specifier?: unknown): null {
  return null;
}

function noColourSpaces(): never {
  throw new Error(
    'Colours are not animated: d3-color is left out of the build (see src/lib/shims/noColours.ts)',
  );
}

export {
  noColourSpaces as rgb,
  noColourSpaces as hsl,
  noColourSpaces as lab,
  noColourSpaces as hcl,
  noColourSpaces as cubehelix,
};
