import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';

it('the dataset example in the README loads without a problem', () => {
  const readme = readFileSync('README.md', 'utf8');
  const example = readme.match(/```json\n([\s\S]*?)\n```/)?.[1];
  expect(example).toBeDefined();
  const { dataset, problems } = loadDataset(example!, { file: 'README.md' });
  expect(problems).toEqual([]);
  expect(dataset?.events.map((e) => e.id)).toEqual([
    'withdrawal-ordered',
    'minister-troops-must-leave',
  ]);
});
