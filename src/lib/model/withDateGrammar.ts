import { loadCode } from '../data/codeLoading.ts';
import { DateGrammarNeeded } from './dateSpan.ts';

/**
 * Runs `read` (which parses dates), and when it meets a date that needs the EDTF grammar,
 * loads the grammar and runs it again. Readers are pure, so the second run gives what the
 * first would have; the first stops at the first such date, so the work repeated is what came
 * before it (all of it when that date is the last: a worker, which reads the large files, has
 * the grammar from the start). Most chronologies use plain dates only and never load the
 * grammar (a sixth of the reading code). Fails with CodeNotLoaded if the grammar cannot be
 * fetched.
 */
export async function withDateGrammar<T>(read: () => T): Promise<T> {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof DateGrammarNeeded)) throw error;
    await loadCode(() => import('./edtfGrammar.ts'));
    return read();
  }
}
