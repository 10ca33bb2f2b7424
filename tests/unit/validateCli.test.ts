import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function validate(...files: string[]) {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', ...files], {
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout + run.stderr };
}

describe('npm run validate', () => {
  it('passes the shipped chronology', () => {
    const { code, out } = validate('data/syria-2017-12-30.json');
    expect(out).toContain('8 events from 1 article load; 0 errors, 0 warnings.');
    expect(code).toBe(0);
  });

  it('prints each problem with its place and fails on errors', () => {
    const { code, out } = validate('tests/fixtures/broken-seed.json');
    expect(code).toBe(1);
    expect(out).toContain(
      'error · broken-seed.json · event "syria-militancy-since-2011-03" · events[0].date: "2017-02-30" is not a real date: February 2017 has 28 days.',
    );
    expect(out).toContain(
      'warning · broken-seed.json · event "russia-air-support-2015-09" · events[1].dat: "dat" is not a field Sourceline knows, so it is ignored. Did you mean "date"?',
    );
    expect(out).toContain('Left out because of errors: article "bad-article" (articles[1])');
    expect(out).toMatch(/3 events from 1 article load; 15 errors, 3 warnings\./);
  });

  it('says so when a file cannot be read, and asks for a file when given none', () => {
    expect(validate('no/such/file.json')).toMatchObject({
      code: 1,
      out: expect.stringContaining('cannot read the file (ENOENT)'),
    });
    expect(validate()).toMatchObject({
      code: 2,
      out: expect.stringContaining('Usage: npm run validate'),
    });
  });
});
