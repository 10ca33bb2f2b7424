import { DateGrammarNeeded } from '../model/dateSpan.ts';
import { JsonSyntaxNeeded, loadCode } from './codeLoading.ts';

/**
 * Runs `read` (a reader of dates or datasets), and when it meets something only a part of the
 * reading code loaded on demand can read, loads that part and runs it again: the EDTF grammar,
 * for a date beyond a plain year, month or day (a sixth of the reading code, which most
 * chronologies never need), and the JSON syntax checker, for a file that is not valid JSON.
 * Readers are pure, so the second run gives what the first would have; the first stops where
 * it met the need, so the work repeated is what came before (all of it when that is the end: a
 * worker, which reads the large files, has the grammar from the start). Fails with
 * CodeNotLoaded if the part cannot be fetched.
 */
export async function withReadingCode<T>(read: () => T): Promise<T> {
  const loaded = new Set<unknown>();
  for (;;) {
    try {
      return read();
    } catch (error) {
      const need =
        error instanceof DateGrammarNeeded
          ? DateGrammarNeeded
          : error instanceof JsonSyntaxNeeded
            ? JsonSyntaxNeeded
            : null;
      // Once loaded, a part does not leave: met again, it is some other fault.
      if (!need || loaded.has(need)) throw error;
      loaded.add(need);
      await loadCode<unknown>(() =>
        need === DateGrammarNeeded ? import('../model/edtfGrammar.ts') : import('./jsonSyntax.ts'),
      );
    }
  }
}
