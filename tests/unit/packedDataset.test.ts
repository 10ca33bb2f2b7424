import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import { packDataset, unpackDataset } from '../../src/lib/data/packedDataset.ts';
import { loadAnyDataset } from '../../src/lib/import/loadAnyDataset.ts';
import type { Dataset, TimelineEvent } from '../../src/lib/model/types.ts';

/**
 * What the page receives: the packed dataset after a structured clone, buffers handed over,
 * with each event read out field by field (as the app reads them) into plain data.
 */
function roundTrip(dataset: Dataset): Dataset {
  const { packed, transfer } = packDataset(dataset);
  const back = unpackDataset([structuredClone(packed, { transfer })]);
  return { ...back, events: back.events.map(plain) };
}

function plain(event: TimelineEvent): TimelineEvent {
  const { id, title, summary, when, dateBasis, actors, places, tags, sources } = event;
  const { citations, displayDate, media, links } = event;
  return {
    ...{ id, title, summary, when, dateBasis, actors, places, tags, sources },
    ...{ citations, displayDate, media, links },
  };
}

describe('packed datasets', () => {
  it('go in slices, the first with the head, and come back whole in order', () => {
    const seed = loadDataset(readFileSync('data/syria-2017-12-30.json', 'utf8')).dataset!;
    const n = seed.events.length;
    const cuts = [0, 2, 3, n];
    const slices = cuts.slice(1).map((to, s) => {
      const { packed, transfer } = packDataset(seed, cuts[s]!, to);
      return structuredClone(packed, { transfer });
    });
    expect(slices.map((slice) => slice.count)).toEqual([2, 1, n - 3]);
    expect(slices.map((slice) => slice.head !== null)).toEqual([true, false, false]);
    const back = unpackDataset(slices);
    expect({ ...back, events: back.events.map(plain) }).toEqual({
      ...seed,
      events: seed.events.map(plain),
    });
    // Quotes in later slices point at the articles that came with the first.
    for (const event of back.events.slice(2))
      for (const source of event.sources) expect(back.articles).toContain(source.article);
  });

  it('bring the seed chronology back whole, quotes still pointing at their articles', () => {
    const seed = loadDataset(readFileSync('data/syria-2017-12-30.json', 'utf8')).dataset!;
    const back = roundTrip(seed);
    expect(back).toEqual({ ...seed, events: seed.events.map(plain) });
    for (const event of back.events) {
      for (const source of event.sources) expect(back.articles).toContain(source.article);
      if (event.dateBasis) expect(back.articles).toContain(event.dateBasis.article);
    }
    expect(back.events.some((event) => event.dateBasis !== null)).toBe(true);
  });

  it('keep the rarer fields of imported timelines (citations, media, links, display dates)', async () => {
    const imported = (
      await loadAnyDataset(readFileSync('tests/fixtures/timelinejs-sample.json', 'utf8'), {
        file: 'timelinejs-sample.json',
      })
    ).dataset!;
    const kinds = imported.events.filter(
      (e) => e.citations.length || e.media || e.links.length || e.displayDate,
    );
    expect(kinds.length).toBeGreaterThan(0);
    expect(roundTrip(imported)).toEqual({ ...imported, events: imported.events.map(plain) });
  });

  it('pass each shared date once', () => {
    const seed = loadDataset(readFileSync('data/syria-2017-12-30.json', 'utf8')).dataset!;
    const doubled: Dataset = {
      ...seed,
      events: [...seed.events, ...seed.events.map((e) => ({ ...e, id: `${e.id}-again` }))],
    };
    const { packed } = packDataset(doubled);
    expect(packed.spans.length).toBe(new Set(seed.events.map((e) => e.when)).size);
    expect(roundTrip(doubled)).toEqual({ ...doubled, events: doubled.events.map(plain) });
  });

  it('pass each name (actor, place or tag) once, however many events name it', () => {
    const seed = loadDataset(readFileSync('data/syria-2017-12-30.json', 'utf8')).dataset!;
    const names = seed.events.flatMap((e) => [...e.actors, ...e.places, ...e.tags]);
    const { packed } = packDataset(seed);
    expect(packed.vocabulary.ends.length).toBe(new Set(names).size);
    expect(packed.vocabulary.ends.length).toBeLessThan(names.length);
    expect(packed.wordIds.length).toBe(names.length);
  });

  it('give events that read the same each time and turn into plain JSON', () => {
    const seed = loadDataset(readFileSync('data/syria-2017-12-30.json', 'utf8')).dataset!;
    const { packed } = packDataset(seed);
    const back = unpackDataset([packed]);
    const event = back.events.find((e) => e.actors.length > 0)!;
    // Names are listed afresh each time (kept, two million lists made counting a million
    // events' facets slow to collect), the same each time; sources are made once and kept.
    expect(event.actors).toEqual(event.actors);
    expect(event.actors).toEqual(seed.events.find((e) => e.id === event.id)!.actors);
    expect(event.sources).toBe(event.sources);
    const original = seed.events.find((e) => e.id === event.id)!;
    expect(JSON.parse(JSON.stringify(event))).toEqual(JSON.parse(JSON.stringify(original)));
  });
});
