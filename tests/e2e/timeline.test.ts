import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchChromium } from './chromium.ts';
import { openPage } from './openPage.ts';
import { startSlowDataset } from './slowDataset.ts';

const seed = JSON.parse(readFileSync('data/syria-2017-12-30.json', 'utf8'));
const articleText: string = seed.articles[0].text;
const LAVROV = 'lavrov-us-presence-unlawful-2017-12-28';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync('test-artifacts', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, width = 1024, options = {}) {
  const opened = await openPage(browser, path, { viewport: { width, height: 900 }, ...options });
  await opened.page.waitForSelector('.timeline[data-ready]');
  return opened;
}

const granularity = (page: Page) => page.locator('.axis').getAttribute('data-granularity');
const mark = (page: Page, id: string) => page.locator(`[data-event-id="${id}"]`);
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });

/** Screen x of the centre of an event's shape, and of the timeline's visible area. */
async function centres(page: Page, id: string): Promise<{ shape: number; view: number }> {
  const shape = (await mark(page, id).locator('.shape').boundingBox())!;
  const view = (await page.locator('.surface').boundingBox())!;
  return { shape: shape.x + shape.width / 2, view: view.x + view.width / 2 };
}

/** The build's list of its chunks (Vite's manifest), by source file. */
function builtChunks(): Record<string, { file: string; imports?: string[] }> {
  return JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
}

/** The built files of the page's own code and of the code that reads a dataset. */
function readingCodeFiles(): { entry: string; opening: string; readingCode: string[] } {
  const chunks = builtChunks();
  const page = chunks['index.html']!;
  const opening = chunks['src/lib/import/openingCode.ts']!;
  const ownCode = (page.imports ?? []).map((key) => chunks[key]!.file);
  // The opening code and the reader it imports; the shared chunk is the page's own code.
  const readingCode = [
    opening.file,
    ...(opening.imports ?? []).map((key) => chunks[key]!.file),
  ].filter((file) => !ownCode.includes(file));
  expect(readingCode).toHaveLength(2);
  return { entry: page.file, opening: opening.file, readingCode };
}

const serveSeed = (route: Route) =>
  route.fulfill({ contentType: 'application/json', body: JSON.stringify(seed) });

/**
 * Opens a path with the page's own code held back until `hold` returns: what is asked for
 * meanwhile can only have been asked for by index.html. Every request is listed in `files`.
 */
async function openHeld(path: string, hold: (files: string[]) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  const files: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => files.push(new URL(request.url()).pathname.slice(1)));
  await page.route((url) => url.pathname === '/chronology.json', serveSeed);
  const { entry } = readingCodeFiles();
  let held: string[] = [];
  await page.route(`**/${entry}`, async (route) => {
    await hold(files);
    held = [...files];
    await route.continue();
  });
  await page.goto(new URL(path, inject('baseUrl')).href);
  await page.waitForSelector('.timeline[data-ready]');
  return { page, files, errors, beforeEntry: () => held };
}

describe('the timeline (production build)', () => {
  it('first fits every event, and says so on its root', async () => {
    const { page, errors } = await open('/');
    const root = page.locator('.timeline');
    await expect(root.getAttribute('data-event-count')).resolves.toBe(String(seed.events.length));
    await expect(page.locator('.timeline [data-event-id]').count()).resolves.toBe(
      seed.events.length,
    );
    const view = (await page.locator('.surface').boundingBox())!;
    for (const event of seed.events) {
      const box = (await mark(page, event.id).locator('.shape').boundingBox())!;
      expect(box.x, event.id).toBeGreaterThanOrEqual(view.x);
      expect(box.x + box.width, event.id).toBeLessThanOrEqual(view.x + view.width + 1);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('zooms with the wheel from years to months to days, and puts the window in the address', async () => {
    const { page, errors } = await open('/');
    await expect(granularity(page)).resolves.toBe('years');
    const view = (await page.locator('.surface').boundingBox())!;
    await page.mouse.move(view.x + view.width * 0.9, view.y + 120);
    const seen = new Set<string | null>();
    for (let step = 0; step < 14; step++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(80);
      seen.add(await granularity(page));
    }
    expect(seen).toContain('months');
    expect(await granularity(page)).toBe('days');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('from'), { timeout: 2000 })
      .toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const ticks = await page.locator('.tick-label').allTextContents();
    expect(ticks.every((t) => /^\d{1,2}$/.test(t))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens every seed event to a quote that is verbatim in the article', async () => {
    const { page, errors } = await open('/', 1440);
    for (const event of seed.events) {
      await mark(page, event.id).click();
      const panel = details(page);
      await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
        event.title,
      );
      const quotes = await panel.locator('blockquote mark').allTextContents();
      expect(quotes.length, event.id).toBe(event.sources.length);
      for (const quote of quotes) expect(articleText).toContain(quote);
      await expect
        .poll(() => new URL(page.url()).searchParams.get('event'), { timeout: 2000 })
        .toBe(event.id);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('closes the details on Escape and gives focus back to the mark', async () => {
    const { page } = await open('/');
    await mark(page, LAVROV).focus();
    await page.keyboard.press('Enter');
    await details(page).waitFor();
    await page.keyboard.press('Escape');
    await expect(details(page).count()).resolves.toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id')))
      .toBe(LAVROV);
    await page.close();
  });

  it('says so when a part of the page cannot be loaded, and still shows the timeline', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    // As when the connection drops after the first view, or the site is updated meanwhile.
    const detailsCode = builtChunks()['src/lib/components/EventDetails.svelte']!.file;
    await page.route(`**/${detailsCode}`, (route) => route.abort());
    await page.goto(new URL('/', inject('baseUrl')).href);
    await page.waitForSelector('.timeline[data-ready]');
    await mark(page, LAVROV).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'could not be loaded' }).textContent(),
    ).resolves.toContain('Part of the page could not be loaded (the details panel)');
    await expect(page.locator('.timeline [data-event-id]').count()).resolves.toBe(
      seed.events.length,
    );
    await context.close();
  });

  it('asks for the code that reads ?data= beside its own code, and only then', async () => {
    const { entry, opening, readingCode } = readingCodeFiles();
    const asked = (files: string[], file: string) => files.filter((f) => f === file).length;

    const withAddress = await openHeld('/?data=/chronology.json', async (files) => {
      // Held until index.html's script has asked for the reading code (or a few seconds).
      await expect
        .poll(() => readingCode.every((file) => files.includes(file)), { timeout: 5_000 })
        .toBe(true);
    });
    try {
      expect(withAddress.beforeEntry()).toEqual(expect.arrayContaining(readingCode));
      // Each file once: the app takes over what index.html asked for.
      for (const file of readingCode) expect(asked(withAddress.files, file)).toBe(1);
      await expect(
        withAddress.page.locator('.timeline').getAttribute('data-event-count'),
      ).resolves.toBe(String(seed.events.length));
      expect(withAddress.errors).toEqual([]);
    } finally {
      await withAddress.page.context().close();
    }

    // Without an address there is no download to open: index.html asks for none of it (held
    // long enough for its script to have run), and the opening code is never loaded.
    const plain = await openHeld('/', () => new Promise((resolve) => setTimeout(resolve, 300)));
    try {
      expect(plain.beforeEntry().filter((file) => readingCode.includes(file))).toEqual([]);
      expect(asked(plain.files, opening)).toBe(0);
      expect(entry).not.toBe(opening);
      expect(plain.errors).toEqual([]);
    } finally {
      await plain.page.context().close();
    }
  });

  it('says so when the code that reads ?data= cannot be loaded, and waits for it when slow', async () => {
    const { opening } = readingCodeFiles();
    // Cut off: the page is built all the same, and says what went wrong; the download
    // index.html started (here a large file arriving slowly), which nothing will read, is
    // stopped.
    const slowDataset = await startSlowDataset();
    const cut = await openWithReadingCode((route) => route.abort(), slowDataset.address);
    try {
      await expect(
        cut.getByRole('alert').filter({ hasText: 'could not be loaded' }).textContent(),
      ).resolves.toContain('the code that reads it could not be loaded');
      await expect.poll(() => slowDataset.abandoned(), { timeout: 5_000 }).toBe(1);
      // And forgotten: opening the address again downloads it afresh, not the stopped one.
      await expect(cut.evaluate(() => 'sourcelineEarlyFetch' in window)).resolves.toBe(false);
    } finally {
      await cut.context().close();
      slowDataset.close();
    }
    // Slow: the page does not wait for it, says it is reading meanwhile, then shows the data.
    const slow = await openWithReadingCode(async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    try {
      await expect
        .poll(() => slow.getByRole('status').filter({ hasText: 'chronology.json' }).count())
        .toBe(1);
      await slow.waitForSelector('.timeline[data-ready]', { timeout: 10_000 });
      await expect(slow.locator('.timeline').getAttribute('data-event-count')).resolves.toBe(
        String(seed.events.length),
      );
    } finally {
      await slow.context().close();
    }

    async function openWithReadingCode(
      handle: (route: Route) => Promise<void>,
      address = '/chronology.json',
    ): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
      const page = await context.newPage();
      await page.route((url) => url.pathname === '/chronology.json', serveSeed);
      await page.route(`**/${opening}`, handle);
      await page.goto(new URL(`/?data=${encodeURIComponent(address)}`, inject('baseUrl')).href);
      return page;
    }
  });

  it('opens and centres the event named by ?event=', async () => {
    const { page, errors } = await open(`/?event=${LAVROV}`);
    await expect(details(page).getByRole('heading', { level: 2 }).textContent()).resolves.toContain(
      'Lavrov',
    );
    const { shape, view } = await centres(page, LAVROV);
    expect(Math.abs(shape - view)).toBeLessThan(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the window named by ?from= and ?to=', async () => {
    const { page, errors } = await open('/?from=2015-01&to=2016-12');
    await expect(granularity(page)).resolves.toBe('months');
    await expect(mark(page, 'russia-air-support-2015-09').count()).resolves.toBe(1);
    await expect(mark(page, LAVROV).count()).resolves.toBe(0);
    // The overview highlights that part of the span before the reader moves at all: about a
    // quarter of 2011–2017 (its brush arrives after the first view).
    const highlight = page.locator('.overview .selection');
    await expect
      .poll(async () => Number(await highlight.getAttribute('width')), { timeout: 5_000 })
      .toBeGreaterThan(0);
    const strip = (await page.locator('.overview svg').boundingBox())!;
    const part = Number(await highlight.getAttribute('width')) / strip.width;
    expect(part).toBeGreaterThan(0.15);
    expect(part).toBeLessThan(0.45);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the window in time when a filter changes what "everything" spans', async () => {
    const { page, errors } = await open('/?from=2017-11&to=2018-01');
    // The address first says, in days, the window actually drawn.
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2017-11-01');
    const before = new URL(page.url()).searchParams;
    await page.getByText('Filter', { exact: true }).click();
    await page.getByRole('checkbox', { name: /^Russia \(/ }).check();
    await expect.poll(() => page.locator('.timeline').getAttribute('data-event-count')).toBe('5');
    await page.waitForTimeout(400);
    const after = new URL(page.url()).searchParams;
    expect(after.get('from')).toBe(before.get('from'));
    expect(after.get('to')).toBe(before.get('to'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the zoom when an open-ended event is opened and closed', async () => {
    const { page } = await open('/?from=2017-11&to=2018-01');
    const ticks = await page.locator('.tick-label').allTextContents();
    await mark(page, 'syria-militancy-since-2011-03').click();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(400);
    expect(await page.locator('.tick-label').allTextContents()).toEqual(ticks);
    await page.close();
  });

  it('builds the page and names the date when the code for the address’s dates cannot load', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const grammar = builtChunks()['src/lib/model/edtfGrammar.ts']!.file;
    let asked = 0;
    await page.route(`**/${grammar}`, (route) => {
      asked++;
      return route.abort();
    });
    await page.goto(new URL('/?from=2015-09~&to=2017-12', inject('baseUrl')).href);
    await page.waitForSelector('.timeline[data-ready]');
    expect(asked).toBeGreaterThan(0);
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      '“from=2015-09~” is not a date the timeline can show: the code that reads dates like "2015-09~" could not be loaded',
    );
    await expect(page.locator('.timeline [data-event-id]').count()).resolves.toBe(
      seed.events.length,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says which part of the address it cannot read', async () => {
    const { page } = await open('/?from=someday&to=2016');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('“from=someday”');
    await page.close();
  });

  it('zooms and pans from the keyboard, and fits everything again with 0', async () => {
    const { page } = await open('/');
    await mark(page, LAVROV).focus();
    const start = await centres(page, LAVROV);
    await page.keyboard.press('+');
    await expect.poll(async () => (await centres(page, LAVROV)).shape).not.toBe(start.shape);
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('0');
    await expect.poll(async () => (await centres(page, LAVROV)).shape).toBeCloseTo(start.shape, 0);
    await expect(granularity(page)).resolves.toBe('years');
    await page.close();
  });

  it('shows the same calendar day under the same tick in any time zone', async () => {
    for (const timezoneId of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
      const { page } = await open('/?from=2017-12-24&to=2017-12-31', 1024, { timezoneId });
      const { shape } = await centres(page, LAVROV);
      const ticks = page.locator('.tick');
      const labels = await page.locator('.tick-label').allTextContents();
      const x = async (label: string) => (await ticks.nth(labels.indexOf(label)).boundingBox())!.x;
      expect(shape, timezoneId).toBeGreaterThan(await x('28'));
      expect(shape, timezoneId).toBeLessThan(await x('29'));
      await page.close();
    }
  });

  it('reads the whole article with every quote highlighted, and goes from a quote to its event', async () => {
    const { page, errors } = await open(`/?event=putin-orders-withdrawal-2017-12`);
    await details(page).getByRole('button', { name: 'Read in the article' }).click();
    const reader = page.getByRole('dialog');
    await expect(reader.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      seed.articles[0].title,
    );
    // The text as a sighted reader sees it: without the links' screen-reader descriptions.
    const text = await reader.locator('.text').evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      return copy.textContent;
    });
    expect(text).toBe(articleText);
    const highlighted = await reader.locator('mark').count();
    expect(highlighted).toBeGreaterThanOrEqual(seed.events.length);
    const current = reader.locator('mark.current');
    await expect(current.textContent()).resolves.toContain('Earlier in the month');
    await expect(current.isVisible()).resolves.toBe(true);
    await reader.getByRole('link', { name: /On Thursday, Russian Foreign Minister/ }).click();
    await expect(reader.count()).resolves.toBe(0);
    await expect(details(page).getByRole('heading', { level: 2 }).textContent()).resolves.toContain(
      'Lavrov',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no accessibility violations that axe-core can find, closed, open and in the dark', async () => {
    for (const [path, colorScheme] of [
      ['/', 'light'],
      [`/?event=${LAVROV}`, 'light'],
      [`/?event=${LAVROV}`, 'dark'],
    ] as const) {
      const { page } = await open(path, 1280, { colorScheme });
      expect(await axeViolations(page), `${path} ${colorScheme}`).toEqual([]);
      await page.close();
    }
  });

  it('saves screenshots at 375 px and 1440 px for a person to check, without sideways scrolling', async () => {
    for (const width of [375, 1440]) {
      for (const [name, path] of [
        ['timeline', '/'],
        ['event', `/?event=${LAVROV}`],
      ]) {
        const { page } = await open(path!, width);
        await page.screenshot({ path: `test-artifacts/${name}-${width}.png` });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${name} at ${width}`).toBe(0);
        await page.close();
      }
    }
  });
});
