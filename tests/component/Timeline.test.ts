// Some dates here need the EDTF grammar, which the app loads when it meets one.
import '../../src/lib/model/edtfGrammar.ts';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Timeline from '../../src/lib/components/Timeline.svelte';
import { loadBundledDataset } from '../../src/lib/data/bundledDataset.ts';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import { parseDate } from '../../src/lib/model/dateSpan.ts';
import { MIN_LABEL_WIDTH } from '../../src/lib/timeline/labels.ts';

const seed = (await loadBundledDataset()).dataset!;
/** A fixed label width, so the layout does not depend on fonts. */
const measure = (text: string) => text.length * 7;

function renderTimeline(events = seed.events, onselect = vi.fn()) {
  const result = render(Timeline, {
    props: { events, onselect, measureLabel: measure, measureTick: measure },
  });
  return { ...result, onselect };
}

describe('Timeline', () => {
  it('draws one mark per event, each carrying its id, and counts them on the root', () => {
    const { container } = renderTimeline();
    const marks = container.querySelectorAll('[data-event-id]');
    expect(marks).toHaveLength(seed.events.length);
    expect(new Set([...marks].map((m) => m.getAttribute('data-event-id')))).toEqual(
      new Set(seed.events.map((e) => e.id)),
    );
    expect(container.querySelector('.timeline')).toHaveAttribute(
      'data-event-count',
      String(seed.events.length),
    );
  });

  it('names each mark with its full title and honest date', () => {
    renderTimeline();
    expect(
      screen.getByRole('button', { name: /^Putin orders Russian forces.*, December 2017$/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^US-led coalition.*, reported 30 December 2017$/ }),
    ).toBeInTheDocument();
  });

  it('gives events on the same day lanes of their own', () => {
    const { container } = renderTimeline();
    const sameDay = seed.events
      .filter((e) => e.when.edtf === '2017-12-30')
      .map((e) => container.querySelector(`[data-event-id="${e.id}"]`)!.parentElement!);
    const tops = sameDay.map((li) => li.style.transform.match(/,\s*([\d.]+)px\)/)![1]);
    expect(new Set(tops).size).toBe(sameDay.length);
  });

  it('reports the chosen event when a mark is clicked', async () => {
    const { onselect } = renderTimeline();
    await fireEvent.click(screen.getByRole('button', { name: /^Lavrov tells Interfax/ }));
    expect(onselect).toHaveBeenCalledWith('lavrov-us-presence-unlawful-2017-12-28');
  });

  it('explains only the kinds of mark it draws', async () => {
    renderTimeline();
    const legend = within((await screen.findByText('Key to the marks')).parentElement!);
    expect(legend.getByText('Ongoing or open-ended')).toBeInTheDocument();
    expect(legend.queryByText('Uncertain date (?)')).toBeNull();
  });

  it('draws uncertain and approximate dates differently from exact ones', async () => {
    const { dataset } = loadDataset(
      {
        title: 'T',
        articles: [
          {
            id: 'a',
            title: 'A',
            outlet: 'O',
            published: '2017-12-30',
            publishedBasis: 'P',
            text: 'Words here.',
          },
        ],
        events: ['2017-12-01', '2017-12?', '2017-11~'].map((date, i) => ({
          id: `e${i}`,
          title: `Event ${i}`,
          date,
          sources: [{ article: 'a', exact: 'Words', start: 0, end: 5 }],
        })),
      },
      { file: 't.json' },
    );
    const { container } = renderTimeline(dataset!.events);
    const mark = (id: string) => container.querySelector(`[data-event-id="${id}"]`)!;
    expect(mark('e0')).not.toHaveClass('uncertain');
    expect(mark('e1')).toHaveClass('uncertain');
    expect(mark('e2')).toHaveClass('approximate');
    expect(await screen.findByText('Uncertain date (?)')).toBeInTheDocument();
    expect(screen.getByText('Approximate date (~)')).toBeInTheDocument();
  });
});

describe('Timeline following its width', () => {
  it('observes its surface once, not again each time it measures or is drawn', async () => {
    class FakeResizeObserver {
      disconnected = false;
      constructor(readonly resized: () => void) {}
      observe(element: Element) {
        observations.push({ element, observer: this });
      }
      disconnect() {
        this.disconnected = true;
      }
    }
    const observations: { element: Element; observer: FakeResizeObserver }[] = [];
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    let width = 900;
    const clientWidth = vi
      .spyOn(HTMLElement.prototype, 'clientWidth', 'get')
      .mockImplementation(() => width);
    try {
      const { container } = renderTimeline();
      const root = container.querySelector('.timeline')!;
      await vi.waitFor(() => expect(root).toHaveAttribute('data-ready'));
      const surface = root.querySelector('.surface');
      const ofSurface = () => observations.filter((o) => o.element === surface);
      const last = seed.events.at(-1)!.id;
      const position = () =>
        container.querySelector(`[data-event-id="${last}"]`)?.parentElement?.style.transform;
      const wide = position();
      // Narrower, the last mark moves left; the surface is still observed, once.
      width = 600;
      ofSurface()[0]!.observer.resized();
      await vi.waitFor(() => expect(position()).not.toBe(wide));
      expect(ofSurface().length).toBe(1);
      expect(ofSurface()[0]!.observer.disconnected).toBe(false);
    } finally {
      clientWidth.mockRestore();
      vi.unstubAllGlobals();
    }
  });
});

/** `count` events titled "Day 0", "Day 1"…, one a day from 1 January 1990. */
function oneEventADay(count: number) {
  const DAY = 86_400_000;
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(1990, 0, 1) + i * DAY).toISOString().slice(0, 10);
    const parsed = parseDate(date);
    if (!parsed.ok) throw new Error(parsed.reason);
    return { ...seed.events[1]!, id: `day-${i}`, title: `Day ${i}`, when: parsed.span };
  });
}

describe('Timeline of a large dataset', () => {
  // 60,000 events, one a day from 1990: over the size whose columns are worked out in steps.
  const large = oneEventADay(60_000);
  const markCount = (container: HTMLElement) =>
    container.querySelectorAll('[data-event-id]').length;

  it('keeps the window shown when filters take it under 50,000 events and back', async () => {
    const onwindowchange = vi.fn();
    const window2010: [number, number] = [Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1)];
    const { container, rerender } = render(Timeline, {
      props: {
        events: large,
        onselect: vi.fn(),
        onwindowchange,
        initialWindow: window2010,
        measureLabel: measure,
        measureTick: measure,
      },
    });
    await vi.waitFor(() => expect(markCount(container)).toBeGreaterThan(0), { timeout: 10_000 });
    await rerender({ events: large.slice(0, 40_000) });
    // Back over 50,000, as a new list: its columns are worked out again, in steps.
    await rerender({ events: [...large] });
    // Meanwhile the events drawn before stay drawn.
    expect(markCount(container)).toBeGreaterThan(0);
    await vi.waitFor(
      () =>
        expect(container.querySelector('.timeline')).toHaveAttribute('data-event-count', '60000'),
      { timeout: 10_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const reported = onwindowchange.mock.calls.map(([window]) => window as [number, number]);
    expect(reported.length).toBeGreaterThan(0);
    // Never moved to the stand-in window of no events (2000) while the columns were worked out.
    for (const [from] of reported) expect(from).toBeGreaterThan(Date.UTC(2005, 0, 1));
  });
});

describe('Timeline of a large dataset, made narrower', () => {
  // 60,000 events, one a day from 1990: laid out in a worker (here a stand-in that never
  // answers, so every layout the page draws is one it packed itself).
  const large = oneEventADay(60_000);

  it('keeps its layouts when its width changes, and gives every label its room', async () => {
    const workers: { asked: number[]; terminated: boolean }[] = [];
    class SilentWorker {
      onmessage: unknown = null;
      readonly record = { asked: [] as number[], terminated: false };
      constructor() {
        workers.push(this.record);
      }
      postMessage(request: { kind: string; k?: number }) {
        if (request.kind === 'layout') this.record.asked.push(request.k!);
      }
      terminate() {
        this.record.terminated = true;
      }
    }
    const observed: { element: Element; resized: () => void }[] = [];
    class FakeResizeObserver {
      constructor(readonly resized: () => void) {}
      observe(element: Element) {
        observed.push({ element, resized: this.resized });
      }
      disconnect() {}
    }
    vi.stubGlobal('Worker', SilentWorker);
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    let width = 1000;
    const clientWidth = vi
      .spyOn(HTMLElement.prototype, 'clientWidth', 'get')
      .mockImplementation(() => width);
    try {
      const { container } = render(Timeline, {
        props: { events: large, onselect: vi.fn(), measureLabel: measure, measureTick: measure },
      });
      const root = container.querySelector('.timeline')!;
      await vi.waitFor(() => expect(root).toHaveAttribute('data-ready'), { timeout: 10_000 });
      // Once the first view is drawn, the worker is asked for the step below it.
      await vi.waitFor(() => expect(workers.map((w) => w.asked)).toEqual([[0.5]]));
      const marks = () =>
        [...container.querySelectorAll<HTMLElement>('[data-event-id]')].map((button) => {
          const li = button.parentElement!;
          const [, x, y] = li.style.transform.match(/translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)/)!;
          return {
            title: large[Number(button.dataset.eventId!.slice(4))]!.title,
            left: Number(x),
            top: Number(y),
            width: parseFloat(li.style.width),
          };
        });
      const wide = marks();

      const resize = () => {
        for (const { element, resized } of observed)
          if (element === root.querySelector('.surface')) resized();
      };
      width = 600;
      resize();
      await vi.waitFor(() => expect(marks()).not.toEqual(wide));
      // The same layouts serve the narrower view: no new worker, none stopped; the step it was
      // asked for ahead is the one this view needs, and now it is asked for the step below.
      expect(workers).toHaveLength(1);
      expect(workers[0]!.terminated).toBe(false);
      await vi.waitFor(() => expect(workers[0]!.asked).toEqual([0.5, 0.25]));
      expectRoomForEveryLabel();

      // Wider than ever, the view has its layouts packed afresh for its width.
      const narrow = marks();
      width = 1200;
      resize();
      await vi.waitFor(() => expect(marks()).not.toEqual(narrow));
      expect(workers).toHaveLength(2);
      expect(workers[0]!.terminated).toBe(true);
      expectRoomForEveryLabel();

      function expectRoomForEveryLabel() {
        // Packed for at most as many pixels a millisecond as shown, no label is cut short: each
        // mark well inside the view is as wide as its whole label (but "Day 0" to "Day 9", too
        // short to show at all).
        const inside = marks().filter(
          (m) => m.left >= 0 && m.left + 80 <= width && m.title.length * 7 >= MIN_LABEL_WIDTH,
        );
        expect(inside.length).toBeGreaterThan(5);
        for (const mark of inside) expect(mark.width).toBeGreaterThan(mark.title.length * 7 - 0.01);
        // And no two marks of a lane overlap.
        const lanes = new Map<number, ReturnType<typeof marks>>();
        for (const mark of marks()) lanes.set(mark.top, [...(lanes.get(mark.top) ?? []), mark]);
        for (const lane of lanes.values()) {
          lane.sort((a, b) => a.left - b.left);
          for (let i = 1; i < lane.length; i++)
            expect(lane[i]!.left).toBeGreaterThan(lane[i - 1]!.left + lane[i - 1]!.width - 0.01);
        }
      }
    } finally {
      clientWidth.mockRestore();
      vi.unstubAllGlobals();
    }
  }, 20_000);
});
