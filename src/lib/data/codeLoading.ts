/**
 * A part of the app's own code could not be fetched (the connection dropped, or the site was
 * updated meanwhile): not a fault of the file being read, and said so.
 */
export class CodeNotLoaded extends Error {
  constructor(cause: unknown) {
    super(`the code that reads it could not be loaded (${String(cause)})`);
    this.name = 'CodeNotLoaded';
  }
}

/** Imports a part of the app's code that is loaded when needed; fails with CodeNotLoaded. */
export async function loadCode<T>(importer: () => Promise<T>): Promise<T> {
  try {
    return await importer();
  } catch (cause) {
    throw new CodeNotLoaded(cause);
  }
}

/** What a reader is told when the code to read its file could not be loaded. */
export const CODE_MISSING =
  'the code that reads it could not be loaded. Check the connection, then reload the page.';
