import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchChromium } from './chromium.ts';
import { openPage } from './openPage.ts';

const seed = JSON.parse(readFileSync('data/syria-2017-12-30.json', 'utf8'));
const LAVROV = 'lavrov-us-presence-unlawful-2017-12-28';
const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options = {}) {
  const opened = await openPage(browser, path, options);
  await opened.page.waitForSelector('[data-ready], .event-list');
  return opened;
}

const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const focusedEventId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
const eventCount = (page: Page) =>
  page.locator('.timeline').getAttribute('data-event-count').then(Number);

describe('exploring (production build)', () => {
  it('reaches and opens every seed event with the keyboard alone', async () => {
    const { page, errors } = await open('/');
    // Tab from the top of the page until a mark has focus: the timeline is one tab stop.
    let tabs = 0;
    while (!(await focusedEventId(page)) && tabs < 40) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(await focusedEventId(page)).toBe(seed.events[0].id);
    const opened: string[] = [];
    for (let i = 0; i < seed.events.length; i++) {
      const id = (await focusedEventId(page))!;
      await page.keyboard.press('Enter');
      await expect(details(page).getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
        seed.events.find((e: { id: string }) => e.id === id).title,
      );
      opened.push(id);
      await page.keyboard.press('Escape');
      await expect.poll(() => focusedEventId(page)).toBe(id);
      await page.keyboard.press('ArrowRight');
    }
    // Every event, each once, in the timeline's time order.
    expect(new Set(opened)).toEqual(new Set(seed.events.map((e: { id: string }) => e.id)));
    expect(opened).toHaveLength(seed.events.length);
    // One more Tab leaves the timeline: the marks are not each a tab stop.
    await page.keyboard.press('Tab');
    expect(await focusedEventId(page)).toBeNull();
    // Home and End go to the first and last events.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Home');
    await expect.poll(() => focusedEventId(page)).toBe(seed.events[0].id);
    await page.keyboard.press('End');
    await expect.poll(() => focusedEventId(page)).toBe(seed.events.at(-1).id);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps focus on a mark that is panned out of view, and brings it back on Escape', async () => {
    const { page } = await open('/');
    await page.locator(`[data-event-id="${LAVROV}"]`).focus();
    await page.keyboard.press('Enter');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedEventId(page)).toBe(LAVROV);
    await page.close();
  });

  it('zooms with a two-finger pinch on a touch screen', async () => {
    const { page } = await open('/', {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 390, height: 800 },
    });
    const before = await page.locator('.tick-label').allTextContents();
    await page.locator('.surface').scrollIntoViewIfNeeded();
    const box = (await page.locator('.surface').boundingBox())!;
    const y = box.y + 120;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: box.x + box.width * 0.8 - spread, y, id: 0 },
                { x: box.x + box.width * 0.8 + spread, y, id: 1 },
              ],
      });
    await touch('touchStart', 10);
    for (let spread = 20; spread <= 150; spread += 10) await touch('touchMove', spread);
    await touch('touchEnd', 0);
    await expect.poll(() => page.locator('.tick-label').allTextContents()).not.toEqual(before);
    await expect.poll(() => new URL(page.url()).searchParams.has('from')).toBe(true);
    await page.close();
  });

  it('finds the Interfax event by searching for "Lavrov", and opens it', async () => {
    const { page, errors } = await open('/');
    await page.getByLabel('Search events').fill('Lavrov');
    const result = page.getByRole('list', { name: 'Search results' }).getByRole('button');
    await expect.poll(() => result.count()).toBe(1);
    await expect(result.locator('mark').textContent()).resolves.toBe('Lavrov');
    await page.getByLabel('Search events').press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(details(page).getByRole('heading', { level: 2 }).textContent()).resolves.toContain(
      'Interfax',
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Lavrov');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by actor, puts the filter in the address, and keeps it after a reload', async () => {
    const { page } = await open('/');
    await page.getByText('Filter', { exact: true }).click();
    await page.getByRole('checkbox', { name: /^Iran/ }).check();
    await expect.poll(() => eventCount(page)).toBe(1);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('actor')).toEqual(['Iran']);
    await page.reload();
    await page.waitForSelector('[data-ready]');
    await expect(eventCount(page)).resolves.toBe(1);
    await expect(page.locator('.timeline [data-event-id]').count()).resolves.toBe(1);
    const chip = page.getByRole('button', { name: 'Remove filter Actor: Iran' });
    await chip.waitFor();
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => eventCount(page)).toBe(seed.events.length);
    await expect.poll(() => new URL(page.url()).searchParams.has('actor')).toBe(false);
    await page.close();
  });

  it('goes to the chosen search result in the list view', async () => {
    const { page } = await open('/?view=list');
    await page.getByLabel('Search events').fill('Hmeymim');
    await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id')))
      .toBe('russia-retains-hmeymim-tartus-reported-2017-12-30');
    await page.close();
  });

  it('reports a date range in the address it cannot read, instead of showing it as a filter', async () => {
    const { page } = await open('/?period=2017-13');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('“period=2017-13”');
    await expect(page.getByRole('group', { name: 'Active filters' }).count()).resolves.toBe(0);
    await page.close();
  });

  it('keeps keyboard focus through clusters: zooming out into one, and opening one', async () => {
    const crowded = structuredClone(seed);
    const base = crowded.events.find((e: { id: string }) => e.id === LAVROV);
    for (let i = 0; i < 30; i++) {
      crowded.events.push({ ...base, id: `same-day-${i}`, title: `Statement ${i}` });
    }
    const { page, errors } = await openPage(browser, '/?data=/crowded.json');
    await page.route(
      (url) => url.pathname === '/crowded.json',
      (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(crowded) }),
    );
    await page.reload();
    await page.waitForSelector('[data-ready]');
    const cluster = page.locator('.cluster').first();
    await expect(cluster.count()).resolves.toBe(1);
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null),
      )
      .not.toBeNull();
    // Zooming back out gathers the focused event into the cluster again; focus follows.
    await page.keyboard.press('0');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('cluster')))
      .toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the same filtered events in the list view', async () => {
    const { page } = await open('/?view=list&tag=diplomacy');
    const ids = await page
      .locator('.event-list [data-event-id]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id')));
    expect(ids).toEqual([LAVROV, 'putin-new-year-message-to-assad-2017-12-30']);
    await page.close();
  });

  it('groups lanes into labelled rows by first actor', async () => {
    const { page } = await open('/?group=actor');
    const headers = await page.locator('.group-header').allTextContents();
    expect(headers.length).toBeGreaterThan(2);
    expect(headers.join(' ')).toContain('Russia');
    await expect(page.locator('.timeline [data-event-id]').count()).resolves.toBe(
      seed.events.length,
    );
    await page.close();
  });

  it('draws named periods as labelled bands behind the events', async () => {
    const withPeriods = {
      ...seed,
      periods: [
        { label: 'Before Russian air support', date: '2011-03/2015-08' },
        { label: 'Russian air support', date: '2015-09/..' },
      ],
    };
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route(
      (url) => url.pathname === '/periods.json',
      (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify(withPeriods) }),
    );
    await page.goto(new URL('/?data=/periods.json', baseUrl).href);
    await page.waitForSelector('[data-ready]');
    await expect(page.locator('.period-label').allTextContents()).resolves.toEqual([
      'Before Russian air support',
      'Russian air support',
    ]);
    const [before, after] = await page
      .locator('.period-band')
      .evaluateAll((bands) => bands.map((band) => band.getBoundingClientRect()));
    expect(before!.right).toBeLessThanOrEqual(after!.left + 1);
    await page.screenshot({ path: 'test-artifacts/periods-1280.png' });
    await page.close();
  });

  it('announces the visible range and count politely after zooming', async () => {
    const { page } = await open('/');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect
      .poll(() => page.locator('.timeline [aria-live="polite"]').textContent(), { timeout: 3000 })
      .toMatch(/^Showing \d+ \w+ \d{4} to \d+ \w+ \d{4}: \d+ of 8 events\.$/);
    await page.close();
  });

  it('has no accessibility violations: default, event open, list, dark, grouped and filtered', async () => {
    for (const [path, colorScheme] of [
      ['/', 'light'],
      [`/?event=${LAVROV}`, 'light'],
      ['/?view=list', 'light'],
      ['/', 'dark'],
      [`/?event=${LAVROV}&group=actor&q=Russia`, 'dark'],
      ['/?actor=Russia&group=tag', 'light'],
    ] as const) {
      const { page } = await open(path, { colorScheme });
      // With the filter and open-data panels open, so their controls are checked too.
      for (const summary of await page.locator('summary').all()) await summary.click();
      expect(await axeViolations(page), `${path} ${colorScheme}`).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('switches to the dark theme on request and remembers it', async () => {
    const { page } = await open('/', { colorScheme: 'light' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(background).not.toBe(light);
    await page.reload();
    await expect.poll(background).not.toBe(light);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits a 320 px screen without sideways scrolling, with 44 px controls', async () => {
    const { page } = await open('/?actor=Russia', { viewport: { width: 320, height: 700 } });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const small = await page
      .locator('button:visible, select:visible, input:visible, summary:visible')
      .evaluateAll((elements) =>
        elements
          .filter((e) => !e.closest('.mark, .results'))
          .map((e) => ({
            text: e.textContent?.trim() || e.getAttribute('aria-label'),
            h: e.getBoundingClientRect().height,
          }))
          .filter(({ h }) => h < 44),
      );
    expect(small).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/explore-320.png', fullPage: true });
    await page.close();
  });
});
