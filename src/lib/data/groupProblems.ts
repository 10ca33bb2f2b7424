import type { Problem } from './problem.ts';

/** One line per problem: `error · syria.json · event "lavrov-interfax" · events[6].date: … `. */
export function describeProblem(problem: Problem): string {
  const place = [problem.file, problem.subject, problem.path || undefined]
    .filter(Boolean)
    .join(' · ');
  return `${problem.severity} · ${place}: ${problem.message}`;
}

/** Problems about the same field (every bad "date", every missing "title"), counted together. */
export interface ProblemGroup {
  /** The field, without positions: `date`, `sources.exact`, `column Headline`. */
  readonly field: string;
  readonly problems: readonly Problem[];
}

/**
 * Groups problems by the field they are about, the largest group first, so a file with the
 * same mistake in a thousand rows reads as one mistake with a count.
 */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const field = fieldOf(problem.path);
    const group = groups.get(field);
    if (group) group.push(problem);
    else groups.set(field, [problem]);
  }
  return [...groups]
    .map(([field, members]) => ({ field, problems: members }))
    .sort((a, b) => b.problems.length - a.problems.length);
}

function fieldOf(path: string): string {
  const field = path
    .replace(/^row \d+(, )?/, '')
    .replace(/\[\d+\]/g, '')
    .replace(/^(events|articles|periods|eras)\.?/, '');
  return field || (path.startsWith('row') ? 'the row' : path || 'the file');
}

/** The whole report as plain text, for downloading: a heading, then one line a problem. */
export function reportText(problems: readonly Problem[], leftOut: readonly string[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const lines = [
    `Sourceline validation report: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${problems.length - errors} ${problems.length - errors === 1 ? 'warning' : 'warnings'}.`,
  ];
  if (leftOut.length) lines.push(`Left out: ${leftOut.join(', ')}.`);
  lines.push('', ...problems.map(describeProblem), '');
  return lines.join('\n');
}
