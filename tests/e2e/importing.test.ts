import { mkdtempSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expected } from '../fixtures/brokenReports.ts';
import { axeViolations } from './axe.ts';
import { launchChromium } from './chromium.ts';
import { openPage } from './openPage.ts';
import { startSlowDataset } from './slowDataset.ts';

let browser: Browser;
let scratch: string;
beforeAll(async () => {
  browser = await launchChromium();
  scratch = mkdtempSync(join(tmpdir(), 'sourceline-'));
});
afterAll(async () => {
  await browser?.close();
});

async function open() {
  const opened = await openPage(browser, '/');
  await opened.page.waitForSelector('[data-ready]');
  return opened;
}

/** Drops a file on the page the way a browser does when one is dragged in from the desktop. */
async function drop(page: Page, name: string, text: string, type: string) {
  await page.evaluate(
    ({ name, text, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type }));
      for (const kind of ['dragover', 'drop']) {
        document.body.dispatchEvent(
          new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }
    },
    { name, text, type },
  );
}

async function choose(page: Page, path: string) {
  const panel = page.locator('details', { has: page.getByText('Open your own data') });
  if (!(await panel.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await page.getByText('Open your own data').click();
  }
  await page.getByLabel('Choose a file').setInputFiles(path);
}

const count = (page: Page) => page.locator('.timeline').getAttribute('data-event-count');

describe('bringing your own data (production build)', () => {
  it('opens a dropped TimelineJS file with all its events, and keeps it after a reload', async () => {
    const { page, errors } = await open();
    await drop(
      page,
      'rome.json',
      readFileSync('tests/fixtures/timelinejs-sample.json', 'utf8'),
      'application/json',
    );
    await expect.poll(() => page.locator('h1').textContent()).toBe('The Roman Republic falls');
    await expect.poll(() => count(page)).toBe('5');
    await page.locator('[data-event-id="ides"]').click();
    const details = page.getByRole('complementary', { name: 'Event details' });
    await expect(details.textContent()).resolves.toContain('No source quote');
    await expect(
      details.getByRole('link', { name: /Media: The Death of Caesar/ }).count(),
    ).resolves.toBe(1);
    await expect(details.textContent()).resolves.toContain('15 March 44 BCE');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('The Roman Republic falls');
    await page.getByRole('button', { name: 'Back to the bundled chronology' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Syria');
    await page.reload();
    await page.waitForSelector('[data-ready]');
    await expect(page.locator('h1').textContent()).resolves.toContain('Syria');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a dropped CSV export of a TimelineJS Google Sheet with all its events', async () => {
    const { page, errors } = await open();
    await drop(
      page,
      'moon.csv',
      readFileSync('tests/fixtures/timelinejs-sheet.csv', 'utf8'),
      'text/csv',
    );
    await expect.poll(() => page.locator('h1').textContent()).toBe('Moon landings');
    await expect.poll(() => count(page)).toBe('5');
    // And the same file chosen with the file picker.
    await page.getByRole('button', { name: 'Back to the bundled chronology' }).click();
    await choose(page, 'tests/fixtures/timelinejs-sheet.csv');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Moon landings');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives every broken file of the corpus its report, and never a blank page', async () => {
    const { page, errors } = await open();
    for (const name of readdirSync('tests/fixtures/broken').sort()) {
      await choose(page, `tests/fixtures/broken/${name}`);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent(), { timeout: 5000 }).toMatch(expected[name]!);
      await expect(alert.textContent()).resolves.toContain(name);
      // Whatever loaded is shown; when nothing did, the bundled chronology is one click away.
      const shown =
        (await page.locator('.timeline').count()) +
        (await page.getByRole('button', { name: 'Open the bundled chronology instead' }).count());
      expect(shown, name).toBeGreaterThan(0);
    }
    // The report, with the open-data panel, passes axe-core too.
    await choose(page, 'tests/fixtures/broken/bad-dates.json');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('bad-dates.json');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reports a binary file and a 50 MB file, and offers the report as a download', async () => {
    const binary = join(scratch, 'photo.png');
    writeFileSync(
      binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const seed = JSON.parse(readFileSync('data/syria-2017-12-30.json', 'utf8'));
    seed.description = 'x'.repeat(50 * 1024 * 1024);
    seed.events[3].date = '2017-13-01';
    const huge = join(scratch, 'huge.json');
    writeFileSync(huge, JSON.stringify(seed));

    const { page, errors } = await open();
    await choose(page, binary);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not a text file');
    await page.getByLabel('Choose a file').setInputFiles(huge);
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 })
      .toContain('events[3].date');
    await expect.poll(() => count(page)).toBe(String(seed.events.length - 1));
    // Opening it again shows its progress, and Cancel leaves what is on screen as it was.
    await page.getByLabel('Choose a file').setInputFiles(huge);
    const status = page.getByRole('status').filter({ hasText: 'huge.json' });
    await expect.poll(() => status.count(), { timeout: 20_000 }).toBe(1);
    await expect(status.locator('progress').count()).resolves.toBe(1);
    await status.getByRole('button', { name: 'Cancel' }).click();
    await expect(status.count()).resolves.toBe(0);
    await expect(count(page)).resolves.toBe(String(seed.events.length - 1));
    const link = page.getByRole('link', { name: 'Download the full report (text)' });
    await link.hover();
    await expect(link.getAttribute('download')).resolves.toBe('huge-report.txt');
    await expect(link.getAttribute('href')).resolves.toMatch(/^blob:/);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('stops downloading an address when Cancel is pressed, and never leaves the page blank', async () => {
    const seedEvents = JSON.parse(readFileSync('data/syria-2017-12-30.json', 'utf8')).events.length;
    const slowDataset = await startSlowDataset();
    const { address } = slowDataset;
    const downloading = async (page: Page) => {
      const status = page.getByRole('status').filter({ hasText: 'slow.json' });
      await expect.poll(() => status.count(), { timeout: 10_000 }).toBe(1);
      const before = slowDataset.sent();
      await expect.poll(() => slowDataset.sent()).toBeGreaterThan(before + 2);
      return status;
    };
    try {
      // Opened with the page (the download index.html starts), before anything is on screen.
      const { page, errors } = await openPage(browser, `/?data=${encodeURIComponent(address)}`);
      let status = await downloading(page);
      await status.getByRole('button', { name: 'Cancel' }).click();
      // The browser closes the connection: the server stops sending.
      await expect.poll(() => slowDataset.abandoned(), { timeout: 5_000 }).toBe(1);
      await expect(status.count()).resolves.toBe(0);
      // The page shows what it shows without an address, never nothing, and its address no
      // longer names the download.
      await expect.poll(() => count(page), { timeout: 10_000 }).toBe(String(seedEvents));
      expect(new URL(page.url()).searchParams.has('data')).toBe(false);

      // Opened from the form, over the chronology on screen, which stays.
      await page.getByText('Open your own data').click();
      await page.getByLabel('Or its address').fill(address);
      await page.getByRole('button', { name: 'Open', exact: true }).click();
      status = await downloading(page);
      await status.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => slowDataset.abandoned(), { timeout: 5_000 }).toBe(2);
      await expect(status.count()).resolves.toBe(0);
      await expect(count(page)).resolves.toBe(String(seedEvents));
      // The address names the chronology shown again, not the download given up.
      expect(new URL(page.url()).searchParams.has('data')).toBe(false);
      expect(errors).toEqual([]);
      await page.close();

      // Over a dataset opened from its own address, the address names that one again.
      const shown = await openPage(browser, '/');
      await shown.page.route(
        (url) => url.pathname === '/chronology.json',
        (route) =>
          route.fulfill({
            contentType: 'application/json',
            body: readFileSync('data/syria-2017-12-30.json', 'utf8'),
          }),
      );
      await shown.page.goto(new URL('/?data=/chronology.json', shown.page.url()).href);
      await expect.poll(() => count(shown.page), { timeout: 10_000 }).toBe(String(seedEvents));
      await shown.page.getByText('Open your own data').click();
      await shown.page.getByLabel('Or its address').fill(address);
      await shown.page.getByRole('button', { name: 'Open', exact: true }).click();
      status = await downloading(shown.page);
      expect(new URL(shown.page.url()).searchParams.get('data')).toBe(address);
      await status.getByRole('button', { name: 'Cancel' }).click();
      await expect(status.count()).resolves.toBe(0);
      expect(new URL(shown.page.url()).searchParams.get('data')).toBe('/chronology.json');
      expect(shown.errors).toEqual([]);
      await shown.page.close();
    } finally {
      slowDataset.close();
    }
  });
});
