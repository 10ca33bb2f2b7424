import type { DatasetLoad } from './loadDataset.ts';

/** Something wrong with a dataset, said so an editor can find and fix it. */
export interface Problem {
  /** An error drops what it is about (an event, a source, a link); a warning drops nothing. */
  readonly severity: 'error' | 'warning';
  /** The file, when known. */
  readonly file?: string;
  /** Which article or event, by id when it has one, else by position. */
  readonly subject?: string;
  /** The field, as a JSON path within the file: `events[3].sources[0].exact`. */
  readonly path: string;
  /** What is wrong and, where it helps, how to fix it. */
  readonly message: string;
}

/** A load that has nothing but one error about a whole file (or address). */
export function failedLoad(file: string | undefined, message: string): DatasetLoad {
  return { dataset: null, problems: [{ severity: 'error', file, path: '', message }], leftOut: [] };
}
