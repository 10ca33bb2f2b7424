import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import EventList from '../../src/lib/components/EventList.svelte';
import { loadBundledDataset } from '../../src/lib/data/bundledDataset.ts';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';

// Props go under `props`: `events` alone would be read as Svelte's mount option of that name.
const seed = (await loadBundledDataset()).dataset!;

describe('EventList', () => {
  it('shows one item per event, each carrying its id', () => {
    const { container } = render(EventList, { props: { events: seed.events } });
    const items = container.querySelectorAll('[data-event-id]');
    expect(items).toHaveLength(seed.events.length);
    expect([...items].map((item) => item.getAttribute('data-event-id'))).toEqual(
      seed.events.map((e) => e.id),
    );
  });

  it('shows each quote in a blockquote, the quoted words marked', () => {
    const { container } = render(EventList, { props: { events: seed.events } });
    const lavrov = container.querySelector(
      '[data-event-id="lavrov-us-presence-unlawful-2017-12-28"]',
    ) as HTMLElement;
    const quotes = lavrov.querySelectorAll('blockquote');
    expect(quotes).toHaveLength(2);
    expect(quotes[1]?.querySelector('mark')?.textContent).toBe(
      'Speaking to the Interfax news agency, Lavrov added that the United Nations Security Council had not authorized operation in Syria by the US and the coalition it leads.',
    );
  });

  it('writes dates no more precisely than known, and says how they were resolved', () => {
    render(EventList, { props: { events: seed.events } });
    const withdrawal = screen.getByRole('article', { name: /withdrawing/ });
    expect(within(withdrawal).getByText('December 2017')).toBeInTheDocument();
    expect(within(withdrawal).getByText('— day not stated')).toBeInTheDocument();
    const lavrov = screen.getByRole('article', { name: /Lavrov/ });
    expect(lavrov).toHaveTextContent(
      '“On Thursday” in an article published Saturday 30 December 2017 → Thursday 28 December 2017',
    );
  });

  it('does not present an undated statement as happening on the day it was reported', () => {
    render(EventList, { props: { events: seed.events } });
    const strikes = screen.getByRole('article', { name: /airstrikes/ });
    expect(strikes).toHaveTextContent('Reported 30 December 2017 — start not stated');
  });

  it('links to the original article, opening safely', () => {
    render(EventList, { props: { events: seed.events.slice(0, 1) } });
    const link = screen.getByRole('link', { name: /Read the original/ });
    expect(link).toHaveAttribute('href', seed.articles[0]!.url);
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
  });

  it('renders dataset strings as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.hacked=1">';
    const { dataset } = loadDataset({
      title: 'x',
      articles: [
        {
          id: 'a',
          title: hostile,
          outlet: hostile,
          published: '2017-12-30',
          publishedBasis: 'p',
          text: `Intro. ${hostile} said.`,
        },
      ],
      events: [
        {
          id: 'e',
          title: hostile,
          summary: hostile,
          date: '2017',
          sources: [{ article: 'a', exact: hostile }],
        },
      ],
    });
    const { container } = render(EventList, { props: { events: dataset!.events } });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(hostile);
  });
});

describe('EventList of many events', () => {
  // 450 events: two whole pages of 200 and a part page.
  const many = Array.from({ length: 450 }, (_, i) => ({
    ...seed.events[i % seed.events.length]!,
    id: `event-${i}`,
    title: `Event number ${i}`,
  }));
  const listed = (container: HTMLElement) =>
    [...container.querySelectorAll('[data-event-id]')].map((item) =>
      item.getAttribute('data-event-id'),
    );

  it('lists a page at a time, the next on request, focus going to where reading goes on', async () => {
    const { container } = render(EventList, { props: { events: many } });
    expect(listed(container)).toEqual(many.slice(0, 200).map((e) => e.id));
    expect(screen.getByText('200 of 450 events listed')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Show the next 200' }));
    expect(listed(container)).toHaveLength(400);
    expect(document.activeElement).toBe(container.querySelector('[data-event-id="event-200"]'));
    await fireEvent.click(screen.getByRole('button', { name: 'Show the next 50' }));
    expect(listed(container)).toEqual(many.map((e) => e.id));
    expect(screen.queryByRole('button', { name: /Show the next/ })).toBeNull();
  });

  it('lists an event gone to with its own page, and the pages before it on request', async () => {
    const { container } = render(EventList, { props: { events: many, selectedId: 'event-321' } });
    expect(listed(container)).toEqual(many.slice(200, 400).map((e) => e.id));
    expect(screen.getByText('Events 201 to 400 of 450 listed')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Show the previous 200' }));
    expect(listed(container)).toEqual(many.slice(0, 400).map((e) => e.id));
    // Focus goes to the entry just before where the list began.
    expect(document.activeElement).toBe(container.querySelector('[data-event-id="event-199"]'));
    expect(screen.queryByRole('button', { name: /Show the previous/ })).toBeNull();
  });

  it('starts again at the first page for a new list', async () => {
    const { container, rerender } = render(EventList, { props: { events: many } });
    await fireEvent.click(screen.getByRole('button', { name: 'Show the next 200' }));
    expect(listed(container)).toHaveLength(400);
    await rerender({ events: many.slice(0, 300) });
    expect(listed(container)).toHaveLength(200);
    expect(screen.getByText('200 of 300 events listed')).toBeInTheDocument();
  });
});
