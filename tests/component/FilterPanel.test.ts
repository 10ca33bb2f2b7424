import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import FilterPanel from '../../src/lib/components/FilterPanel.svelte';
import { loadBundledDataset } from '../../src/lib/data/bundledDataset.ts';
import { NO_FILTER } from '../../src/lib/explore/filters.ts';

const seed = (await loadBundledDataset()).dataset!;

function chipFor(period: string) {
  const { unmount } = render(FilterPanel, {
    props: {
      events: seed.events,
      filter: { ...NO_FILTER, period },
      shownCount: 3,
      onchange: vi.fn(),
    },
  });
  const chip = screen.getByRole('button', { name: /^Remove filter Dates/ });
  const text = chip.textContent!.replace('×', '').trim();
  unmount();
  return text;
}

describe('FilterPanel', () => {
  it('names an active date range in words, as bounds', () => {
    expect(chipFor('2017/..')).toBe('Dates: from 2017');
    expect(chipFor('../2016-03')).toBe('Dates: until March 2016');
    expect(chipFor('2015/2016-03')).toBe('Dates: 2015 to March 2016');
    expect(chipFor('2015-09/2015-09')).toBe('Dates: September 2015');
    expect(chipFor('2017')).toBe('Dates: 2017');
    // An empty bound is an open one, as the filter reads it.
    expect(chipFor('/2017')).toBe('Dates: until 2017');
    expect(chipFor('2017/')).toBe('Dates: from 2017');
    expect(chipFor('../..')).toBe('Dates: any date');
  });
});
