import { DateGrammarNeeded } from '../model/dateSpan.ts';
import { CodeNotLoaded, loadCode } from './codeLoading.ts';
import { JsonSyntaxNeeded, loadedJsonSyntax, useJsonSyntax } from './parseJson.ts';

/**
 * Runs `read` (a reader of dates or datasets), and when it meets something only a part of the
 * reading code loaded on demand can read, loads that part and runs it again: the EDTF grammar,
 * for a date beyond a plain year, month or day (a sixth of the reading code, which most
 * chronologies never need), and the JSON syntax checker, for a file that is not valid JSON.
 * Readers are pure, so the second run gives what the first would have; the first stops where
 * it met the need, so the work repeated is what came before (all of it when that is the end: a
 * worker, which reads the large files, has both from the start). Fails with CodeNotLoaded if the
 * grammar cannot be fetched; without the checker, a broken file is still reported as broken, in
 * the browser's own words.
 */
export async function withReadingCode<T>(read: () => T): Promise<T> {
  const loaded = new Set<unknown>();
  let withoutChecker = false;
  for (;;) {
    try {
      if (withoutChecker) useJsonSyntax(inBrowsersWords);
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
      if (need === DateGrammarNeeded) await loadCode(() => import('../model/edtfGrammar.ts'));
      else {
        try {
          await loadCode(() => import('./jsonSyntax.ts'));
        } catch (failure) {
          if (!(failure instanceof CodeNotLoaded)) throw failure;
          // The file is at fault all the same (the connection dropped): it is said so, without
          // the line and column the checker would have found.
          withoutChecker = true;
        }
      }
    } finally {
      // Only for this read: a later one loads the checker, once it can.
      if (loadedJsonSyntax() === inBrowsersWords) useJsonSyntax(null);
    }
  }
}

function inBrowsersWords(_body: string, error: unknown): string {
  return `the file is not valid JSON (${String(error)}).`;
}
