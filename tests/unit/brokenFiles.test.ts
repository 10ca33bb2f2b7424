import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/lib/data/groupProblems.ts';
import { loadAnyDataset } from '../../src/lib/import/loadAnyDataset.ts';
import { expected } from '../fixtures/brokenReports.ts';

const dir = 'tests/fixtures/broken';
const corpus = readdirSync(dir).sort();

describe('a corpus of broken files', () => {
  it('has at least ten files, each with an expected report', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(10);
    expect(corpus).toEqual(Object.keys(expected).sort());
  });

  it.each(corpus)('%s gets a report with the error in words, and never throws', async (name) => {
    const load = await loadAnyDataset(readFileSync(`${dir}/${name}`, 'utf8'), { file: name });
    const errors = load.problems.filter((p) => p.severity === 'error').map(describeProblem);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(expected[name]!);
    expect(errors.every((line) => line.includes(name))).toBe(true);
  });

  it('says a binary file is not text', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72]);
    const load = await loadAnyDataset(new TextDecoder().decode(png), { file: 'photo.png' });
    expect(load.problems[0]!.message).toContain('not a text file');
  });

  it('reads a 50 MB file and reports its one bad event, keeping the rest', async () => {
    const seed = JSON.parse(readFileSync('data/syria-2017-12-30.json', 'utf8'));
    seed.description = 'x'.repeat(50 * 1024 * 1024);
    seed.events[3].date = '2017-13-01';
    const load = await loadAnyDataset(JSON.stringify(seed), { file: 'huge.json' });
    expect(load.dataset!.events).toHaveLength(seed.events.length - 1);
    expect(load.problems.map(describeProblem).join('\n')).toMatch(/events\[3\]\.date/);
  });
});

describe('the sample imports', () => {
  it('opens every event of the TimelineJS sample and the Sheets export', async () => {
    const json = await loadAnyDataset(
      readFileSync('tests/fixtures/timelinejs-sample.json', 'utf8'),
    );
    expect(json.format).toBe('timelinejs');
    expect(json.dataset!.events).toHaveLength(5);
    const csv = await loadAnyDataset(readFileSync('tests/fixtures/timelinejs-sheet.csv', 'utf8'));
    expect(csv.format).toBe('timelinejs-csv');
    expect(csv.dataset!.events).toHaveLength(5);
    expect(csv.dataset!.title).toBe('Moon landings');
  });
});
