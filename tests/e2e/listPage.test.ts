import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { syntheticDataset } from '../../bench/syntheticDataset.ts';
import { axeViolations } from './axe.ts';
import { launchChromium } from './chromium.ts';
import { openPage } from './openPage.ts';

const baseUrl = inject('baseUrl');
const seed = JSON.parse(readFileSync('data/syria-2017-12-30.json', 'utf8'));
const articleText: string = seed.articles[0].text;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function open(path: string, width = 1280) {
  return openPage(browser, path, { viewport: { width, height: 900 } });
}

/**
 * Opens the list view and waits until it lists every seed event: its code loads after the
 * page, so it may not be there yet when the page has loaded.
 */
async function openList(options: Parameters<typeof openPage>[2] = {}) {
  const opened = await openPage(browser, '/?view=list', {
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  await expect.poll(() => opened.page.locator('[data-event-id]').count()).toBe(seed.events.length);
  return opened;
}

describe('the list view (production build)', () => {
  it('lists every seed event in date order, with dates as written', async () => {
    const { page, errors } = await openList();
    const ids = await page
      .locator('[data-event-id]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id')));
    expect(ids).toHaveLength(seed.events.length);
    expect(ids[0]).toBe('syria-militancy-since-2011-03');
    expect(ids.at(-1)).toBe('putin-new-year-message-to-assad-2017-12-30');
    const withdrawal = page.locator('[data-event-id="putin-orders-withdrawal-2017-12"]');
    await expect(withdrawal.locator('.when').textContent()).resolves.toBe(
      'December 2017 — day not stated',
    );
    const lavrov = page.locator('[data-event-id="lavrov-us-presence-unlawful-2017-12-28"]');
    await expect(lavrov.textContent()).resolves.toContain(
      '“On Thursday” in an article published Saturday 30 December 2017 → Thursday 28 December 2017',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows quotes that are verbatim in the article', async () => {
    const { page } = await openList();
    const marked = await page.locator('blockquote mark').allTextContents();
    expect(marked.length).toBeGreaterThanOrEqual(seed.events.length);
    for (const quote of marked) expect(articleText).toContain(quote);
    await page.close();
  });

  it('shows the same calendar dates in any time zone', async () => {
    for (const timezoneId of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
      const { page } = await openList({ timezoneId });
      const dates = (await page.locator('.when').allTextContents()).map((text) => text.trim());
      expect(dates).toContain('28 December 2017');
      expect(dates).toContain('September 2015 — day not stated');
      await page.close();
    }
  });

  it('says when a dataset address gives a web page instead of data', async () => {
    // vite preview, like many hosts, answers unknown paths with the app's own index.html.
    const { page } = await open('/?data=/no-such-dataset.json');
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'a web page (HTML), not a JSON dataset',
    );
    await page.close();
  });

  it('reports a dataset address that fails to load, and offers the bundled one', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.route(
      (url) => url.pathname === '/missing.json',
      (route) => route.fulfill({ status: 404, body: 'Not found' }),
    );
    await page.goto(new URL('/?data=/missing.json', baseUrl).href);
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('the server answered 404');
    await page.getByRole('button', { name: 'Open the bundled chronology instead' }).click();
    await expect.poll(() => page.locator('[data-event-id]').count()).toBe(seed.events.length);
    // The 404 itself is logged by Chromium; nothing else may be.
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await page.close();
  });

  it('loads what is valid from a broken dataset and says exactly what is wrong', async () => {
    const broken = structuredClone(seed);
    broken.events[2].date = '2017-02-30';
    const page = await browser.newPage();
    await page.route(
      (url) => url.pathname === '/broken.json',
      (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }),
    );
    await page.goto(new URL('/?data=/broken.json', baseUrl).href);
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain(
      '"2017-02-30" is not a real date: February 2017 has 28 days.',
    );
    await expect(alert.textContent()).resolves.toContain('broken.json');
    await expect(page.locator('[data-event-id]').count()).resolves.toBe(seed.events.length - 1);
    await page.close();
  });

  it('lists a large dataset a page at a time, and goes to an event further down', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route(
      (url) => url.pathname === '/many.json',
      (route) =>
        route.fulfill({ contentType: 'application/json', body: syntheticDataset(2_000, 7) }),
    );
    await page.goto(new URL('/?data=/many.json&view=list', baseUrl).href);
    const items = page.locator('[data-event-id]');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(200);
    await expect(page.getByText('200 of 2,000 events listed').count()).resolves.toBe(1);
    // The event numbered 700 in its title is on the second page (the 329th, by date): it is
    // listed with its page, and focused.
    await page.getByLabel('Search events').fill('700');
    await page.getByRole('button', { name: /\(700\)/ }).click();
    const chosen = page.locator('li:focus');
    await expect.poll(() => chosen.count()).toBe(1);
    await expect(chosen.textContent()).resolves.toContain('(700)');
    await expect(page.getByText('Events 201 to 400 of 2,000 listed').count()).resolves.toBe(1);
    // Keyboard: the next page, focus on its first entry; the page before, on its last.
    await page.getByRole('button', { name: 'Show the next 200' }).press('Enter');
    await expect.poll(() => items.count()).toBe(400);
    const focused = () => page.locator('li:focus').getAttribute('data-event-id');
    await expect(focused()).resolves.toBe(await items.nth(200).getAttribute('data-event-id'));
    await page.getByRole('button', { name: 'Show the previous 200' }).press('Enter');
    await expect.poll(() => items.count()).toBe(600);
    await expect(focused()).resolves.toBe(await items.nth(199).getAttribute('data-event-id'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the list at the event the address names, however far down', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route(
      (url) => url.pathname === '/many.json',
      (route) =>
        route.fulfill({ contentType: 'application/json', body: syntheticDataset(2_000, 7) }),
    );
    // The event numbered 1500 in its title is the 1,914th by date, on the last page.
    const events: { id: string; title: string }[] = JSON.parse(syntheticDataset(2_000, 7)).events;
    const far = events.find((e) => e.title.endsWith('(1500)'))!.id;
    await page.goto(new URL(`/?data=/many.json&view=list&event=${far}`, baseUrl).href);
    const item = page.locator(`[data-event-id="${far}"]`);
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    await expect(page.getByText('Events 1,801 to 2,000 of 2,000 listed').count()).resolves.toBe(1);
    // In view, without the 1,800 entries before it.
    await expect
      .poll(() => item.evaluate((li) => li.getBoundingClientRect().top))
      .toBeLessThan(900);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('has no accessibility violations that axe-core can find, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openList({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await page.close();
    }
  });

  it('saves screenshots at 375 px and 1440 px for a person to check', async () => {
    for (const width of [375, 1440]) {
      const { page } = await openList({ viewport: { width, height: 900 } });
      await page.screenshot({ path: `test-artifacts/list-${width}.png`, fullPage: true });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await page.close();
    }
  });
});
