// Checks dataset files the way the app reads them: `npm run validate -- data/file.json [more.csv]`.
// Every format the app opens is accepted (Sourceline JSON, TimelineJS JSON, the TimelineJS
// sheet's CSV, Sourceline CSV), detected from the content or named with --format=<format>.
// Prints every problem with its place and exits 1 when any file has errors, so a newsroom can
// run it in its own CI.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { FORMAT_NAMES, loadAnyDataset, type DataFormat } from '../src/lib/import/loadAnyDataset.ts';
import { describeProblem } from '../src/lib/data/groupProblems.ts';

const args = process.argv.slice(2);
const formatArg = args.find((a) => a.startsWith('--format='))?.slice('--format='.length);
const files = args.filter((a) => !a.startsWith('--format='));
const formats = Object.keys(FORMAT_NAMES) as DataFormat[];
if (files.length === 0 || (formatArg && !formats.includes(formatArg as DataFormat))) {
  console.error(
    `Usage: npm run validate -- [--format=${formats.join('|')}] <file.json|file.csv> [more …]`,
  );
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
  const { dataset, problems, leftOut, format } = await loadAnyDataset(text, {
    file: basename(file),
    format: (formatArg as DataFormat | undefined) ?? null,
  });
  for (const problem of problems) console.log(describeProblem(problem));
  if (leftOut.length > 0) console.log(`Left out because of errors: ${leftOut.join(', ')}.`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const loaded = dataset
    ? `${count(dataset.events.length, 'event')} from ${count(dataset.articles.length, 'article')} load`
    : 'nothing loads';
  const as = format ? ` (read as ${FORMAT_NAMES[format]})` : '';
  console.log(`${file}${as}: ${loaded}; ${count(errors, 'error')}, ${count(warnings, 'warning')}.`);
  if (errors > 0) failed = true;
}
process.exit(failed ? 1 : 0);

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
