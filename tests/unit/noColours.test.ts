// Here only the stand-in itself: these tests load d3's packages from node_modules as they are,
// past the build's alias, so the browser tests (of the build) are where it stands in for d3.
import { describe, expect, it } from 'vitest';
import * as noColours from '../../src/lib/shims/noColours.ts';

describe("the build's stand-in for d3-color", () => {
  it('takes nothing for a colour, so an animated text stays text', () => {
    for (const text of ['red', '#ff0000', 'rgb(255, 0, 0)', 'translate(10px, 0)'])
      expect(noColours.color(text), text).toBeNull();
  });

  it('says why, instead of giving a wrong colour, when asked for a colour space', () => {
    for (const space of [
      noColours.rgb,
      noColours.hsl,
      noColours.lab,
      noColours.hcl,
      noColours.cubehelix,
    ])
      expect(() => space()).toThrow(/Colours are not animated: d3-color is left out/);
  });
});
