// Some dates here need the EDTF grammar, which the app loads when it meets one.
import '../../src/lib/model/edtfGrammar.ts';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../src/lib/data/bundledDataset.ts';
import { facetCounts } from '../../src/lib/explore/facetCounts.ts';
import {
  NO_FILTER,
  applyFilter,
  isFiltering,
  periodWindow,
} from '../../src/lib/explore/filters.ts';
import { groupKey, groupsOf, GROUP_COLOURS, OTHER_COLOUR } from '../../src/lib/explore/grouping.ts';
import { highlightTerms } from '../../src/lib/explore/highlightTerms.ts';
import { createEventSearch } from '../../src/lib/explore/searchEvents.ts';

const seed = (await loadBundledDataset()).dataset!;
const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

describe('filters', () => {
  it('lets everything through when nothing is chosen', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(applyFilter(seed.events, NO_FILTER)).toBe(seed.events);
  });

  it('matches any chosen value within a facet', () => {
    const shown = applyFilter(seed.events, { ...NO_FILTER, actors: ['Iran', 'Sergei Lavrov'] });
    expect(ids(shown)).toEqual([
      'lavrov-us-presence-unlawful-2017-12-28',
      'iran-advisory-support-reported-2017-12-30',
    ]);
  });

  it('requires every facet across facets, and keeps chronological order', () => {
    const shown = applyFilter(seed.events, {
      actors: ['Russia'],
      tags: ['diplomacy'],
      period: null,
    });
    expect(ids(shown)).toEqual([
      'lavrov-us-presence-unlawful-2017-12-28',
      'putin-new-year-message-to-assad-2017-12-30',
    ]);
  });

  it('keeps events overlapping a period, an open-ended one included', () => {
    const shown = applyFilter(seed.events, { ...NO_FILTER, period: '2016' });
    expect(ids(shown)).toEqual(['syria-militancy-since-2011-03']);
    expect(periodWindow('2016/2015').ok).toBe(false);
  });

  it('counts each value among the events the other facets let through', () => {
    const filter = { actors: ['Russia'], tags: ['diplomacy'], period: null };
    const actors = facetCounts(seed.events, filter, 'actors');
    // Counted with only the tag applied: both diplomacy events have Russia.
    expect(actors.find((a) => a.value === 'Russia')?.count).toBe(2);
    expect(actors.find((a) => a.value === 'Sergei Lavrov')?.count).toBe(1);
    const tags = facetCounts(seed.events, filter, 'tags');
    expect(tags.find((t) => t.value === 'military')?.count).toBe(3);
    expect(tags[0]!.count).toBeGreaterThanOrEqual(tags.at(-1)!.count);
  });

  it('counts an event once for a value its list names twice, with or without other filters', () => {
    const twice = { ...seed.events[0]!, id: 'twice', actors: ['Iran', 'Iran', 'Russia'] };
    const events = [...seed.events, twice];
    const iran = (filter: typeof NO_FILTER) =>
      facetCounts(events, filter, 'actors').find((a) => a.value === 'Iran')?.count;
    const alone = facetCounts(seed.events, NO_FILTER, 'actors').find((a) => a.value === 'Iran');
    expect(iran(NO_FILTER)).toBe((alone?.count ?? 0) + 1);
    // The actor facet's own choice does not narrow its counts; a period does.
    expect(iran({ ...NO_FILTER, actors: ['Russia'] })).toBe(iran(NO_FILTER));
    expect(iran({ ...NO_FILTER, period: '1900' })).toBeUndefined(); // no event of 1900 has it
  });

  it('lists a chosen value even when nothing has it any more', () => {
    const counts = facetCounts(seed.events, { ...NO_FILTER, actors: ['Atlantis'] }, 'actors');
    expect(counts.find((a) => a.value === 'Atlantis')).toEqual({ value: 'Atlantis', count: 0 });
  });
});

describe('search', () => {
  const search = createEventSearch(seed.events);

  it('finds the Interfax event first for "Lavrov"', async () => {
    const hits = await search('Lavrov');
    expect(hits[0]!.id).toBe('lavrov-us-presence-unlawful-2017-12-28');
    expect(hits[0]!.fields).toContain('title');
  });

  it('finds words in quotes, by prefix, and forgives a typo in a long word', async () => {
    expect(ids(await search('Hmeymim'))).toContain(
      'russia-retains-hmeymim-tartus-reported-2017-12-30',
    );
    expect(ids(await search('interf'))[0]).toBe('lavrov-us-presence-unlawful-2017-12-28');
    expect(ids(await search('Lavrow'))).toContain('lavrov-us-presence-unlawful-2017-12-28');
    expect(await search('   ')).toEqual([]);
    expect(await search('zebra')).toEqual([]);
  });

  it('ranks a title match above a match in a quote only', async () => {
    const hits = ids(await search('withdrawing'));
    expect(hits[0]).toBe('putin-orders-withdrawal-2017-12');
  });

  it('builds the index of a large dataset a chunk per task, running only the last query', async () => {
    // 5,000 events: five chunks, so other tasks get their turn while it is built.
    const many = Array.from({ length: 5_000 }, (_, i) => ({
      ...seed.events[i % seed.events.length]!,
      id: `event-${i}`,
      title: `Event ${i} ${i === 4321 ? 'needle' : 'hay'}`,
    }));
    const searchMany = createEventSearch(many);
    // Loaded first, so that waiting for the import is not what lets other tasks run.
    await import('minisearch');
    let otherTasks = 0;
    const other = setInterval(() => otherTasks++, 0);
    // Typed while the index is built: only the last query is run.
    const first = searchMany('needl');
    const last = searchMany('needle');
    const [overtaken, hits] = await Promise.all([first, last]);
    clearInterval(other);
    expect(otherTasks).toBeGreaterThanOrEqual(4); // between the five chunks
    expect(overtaken).toEqual([]);
    expect(ids(hits)).toEqual(['event-4321']);
    // Built once: later queries are answered from it.
    expect(ids(await searchMany('needl'))).toEqual(['event-4321']);
  });

  it('marks whole words that start with a matched term', () => {
    expect(highlightTerms('Russia and Belarus', ['rus'])).toEqual([
      { text: 'Russia', hit: true },
      { text: ' and Belarus', hit: false },
    ]);
    expect(highlightTerms('No match', [])).toEqual([{ text: 'No match', hit: false }]);
  });
});

describe('grouping', () => {
  it('puts an event in the row of its first actor or tag', () => {
    const lavrov = seed.events.find((e) => e.id.startsWith('lavrov'))!;
    expect(groupKey(lavrov, 'actor')).toBe('Sergei Lavrov');
    expect(groupKey(lavrov, 'tag')).toBe('diplomacy');
    expect(groupKey(lavrov, 'none')).toBe('');
  });

  it('orders rows largest first, colours the first six and greys the rest', () => {
    const groups = groupsOf(seed.events, 'actor');
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(seed.events.length);
    for (let i = 1; i < groups.length; i++) {
      expect(groups[i - 1]!.count).toBeGreaterThanOrEqual(groups[i]!.count);
    }
    expect(groups.slice(0, 6).map((g) => g.colour)).toEqual(
      GROUP_COLOURS.slice(0, Math.min(6, groups.length)),
    );
    expect(groups.slice(6).every((g) => g.colour === OTHER_COLOUR)).toBe(true);
  });

  it('names the row of events without an actor, and puts it last', () => {
    const events = seed.events.map((e, i) => (i === 0 ? { ...e, actors: [] } : e));
    const groups = groupsOf(events, 'actor');
    expect(groups.at(-1)!.label).toBe('No actor named');
  });
});
