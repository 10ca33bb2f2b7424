import type { TimelineEvent } from '../model/types.ts';

/** How lanes are gathered into labelled rows. */
export type Grouping = 'none' | 'actor' | 'tag';

export const GROUPINGS: readonly Grouping[] = ['none', 'actor', 'tag'];

/**
 * Colours for groups, from the Okabe–Ito palette, which stays distinguishable with the common
 * colour-vision deficiencies (its yellow and black are left out: too faint on white, and lost
 * on the dark theme). Groups past the sixth share the neutral last colour, "Other".
 */
export const GROUP_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];
export const OTHER_COLOUR = '#8a8f98';

export interface Group {
  readonly key: string;
  /** What the row is called: the actor or tag, or what the events have in common without one. */
  readonly label: string;
  readonly colour: string;
  readonly count: number;
}

/** The row an event belongs in: its first actor or first tag, as it was listed. */
export function groupKey(event: TimelineEvent, grouping: Grouping): string {
  if (grouping === 'actor') return event.actors[0] ?? '';
  if (grouping === 'tag') return event.tags[0] ?? '';
  return '';
}

/** The rows, largest first (ties by name), the row of events without an actor or tag last. */
export function groupsOf(events: readonly TimelineEvent[], grouping: Grouping): Group[] {
  // Ungrouped, every event is in the one row: no need to look at each.
  if (grouping === 'none')
    return events.length
      ? [{ key: '', label: 'All events', colour: '', count: events.length }]
      : [];
  const counts = new Map<string, number>();
  for (const event of events) {
    const key = groupKey(event, grouping);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort(
    (a, b) =>
      Number(a === '') - Number(b === '') || counts.get(b)! - counts.get(a)! || a.localeCompare(b),
  );
  return keys.map((key, rank) => ({
    key,
    label: key || (grouping === 'actor' ? 'No actor named' : 'No tag'),
    colour: GROUP_COLOURS[rank] ?? OTHER_COLOUR,
    count: counts.get(key)!,
  }));
}
