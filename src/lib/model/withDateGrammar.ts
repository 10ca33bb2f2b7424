import { DateGrammarNeeded } from './dateSpan.ts';

/**
 * Runs `read` (which parses dates), and when it meets a date that needs the EDTF grammar,
 * loads the grammar and runs it again. Readers are pure, so the second run gives what the
 * first would have; the first stops at the first such date, so little work is repeated. Most
 * chronologies use plain dates only and never load the grammar (a sixth of the reading code).
 */
export async function withDateGrammar<T>(read: () => T): Promise<T> {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof DateGrammarNeeded)) throw error;
    await import('./edtfGrammar.ts');
    return read();
  }
}
