// Checks dataset files the way the app reads them: `npm run validate -- data/file.json [more.json]`.
// Prints every problem with its place and exits 1 when any file has errors, so a newsroom can
// run it in its own CI.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadDataset } from '../src/lib/data/loadDataset.ts';
import { describeProblem } from '../src/lib/data/problem.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run validate -- <dataset.json> [more.json …]');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(
      `error · ${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
    failed = true;
    continue;
  }
  const { dataset, problems, leftOut } = loadDataset(text, { file: basename(file) });
  for (const problem of problems) console.log(describeProblem(problem));
  if (leftOut.length > 0) console.log(`Left out because of errors: ${leftOut.join(', ')}.`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const loaded = dataset
    ? `${count(dataset.events.length, 'event')} from ${count(dataset.articles.length, 'article')} load`
    : 'nothing loads';
  console.log(`${file}: ${loaded}; ${count(errors, 'error')}, ${count(warnings, 'warning')}.`);
  if (errors > 0) failed = true;
}
process.exit(failed ? 1 : 0);

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
