import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import { loadBundledDataset } from '../../src/lib/data/bundledDataset.ts';

const seed = (await loadBundledDataset()).dataset!;
const lavrov = seed.events.find((e) => e.id === 'lavrov-us-presence-unlawful-2017-12-28')!;

afterEach(() => history.replaceState(null, '', '/'));

describe('selecting an event', () => {
  it('opens the details panel with the date, its resolution and the quote', async () => {
    render(App);
    await fireEvent.click(await screen.findByRole('button', { name: /^Lavrov tells Interfax/ }));
    const panel = await screen.findByRole('complementary', { name: 'Event details' });
    expect(within(panel).getByRole('heading', { name: lavrov.title })).toBeInTheDocument();
    expect(panel).toHaveTextContent(
      '“On Thursday” in an article published Saturday 30 December 2017 → Thursday 28 December 2017',
    );
    const quotes = [...panel.querySelectorAll('blockquote mark')].map((m) => m.textContent);
    expect(quotes).toEqual(lavrov.sources.map((s) => s.exact));
  });

  it('says how precise a month-precision date is', async () => {
    render(App);
    await fireEvent.click(
      await screen.findByRole('button', { name: /^Putin orders Russian forces/ }),
    );
    const panel = await screen.findByRole('complementary', { name: 'Event details' });
    expect(panel).toHaveTextContent('December 2017 — day not stated');
  });

  it('closes on Escape and gives focus back to the mark that opened it', async () => {
    render(App);
    const mark = await screen.findByRole('button', { name: /^Lavrov tells Interfax/ });
    mark.focus();
    await fireEvent.click(mark);
    const panel = await screen.findByRole('complementary', { name: 'Event details' });
    await waitFor(() => expect(panel.contains(document.activeElement)).toBe(true));
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('complementary', { name: 'Event details' })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.activeElement).toHaveAttribute('data-event-id', lavrov.id);
  });

  it('links to the event itself, whatever the reader searched or filtered', async () => {
    history.replaceState(null, '', '/?q=Lavrov&group=actor&from=2017&to=2018');
    render(App);
    await fireEvent.click(await screen.findByRole('button', { name: /^Lavrov tells Interfax/ }));
    const panel = await screen.findByRole('complementary', { name: 'Event details' });
    const link = new URL(
      within(panel).getByRole('link', { name: 'Link to this event' }).getAttribute('href')!,
    );
    expect([...link.searchParams]).toEqual([['event', lavrov.id]]);
  });

  it('opens the event named in the address', async () => {
    history.replaceState(null, '', `/?event=${lavrov.id}`);
    render(App);
    const panel = await screen.findByRole('complementary', { name: 'Event details' });
    expect(within(panel).getByRole('heading', { name: lavrov.title })).toBeInTheDocument();
  });

  it('says so when the address names an event that is not there', async () => {
    history.replaceState(null, '', '/?event=no-such-event');
    render(App);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“no-such-event”, which is not in this dataset',
    );
  });
});
