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

/** Says why text JSON.parse rejected is not JSON, and where (jsonSyntax.ts). */
export type JsonSyntax = (body: string, error: unknown) => string;

let jsonSyntax: JsonSyntax | null = null;

/**
 * The JSON syntax checker once it has loaded (it registers itself with useJsonSyntax), else
 * null. Kept here, with the loading, rather than beside parseJson: the checker would otherwise
 * import the parser's module, and the bundler would split that off into a file of its own.
 */
export function loadedJsonSyntax(): JsonSyntax | null {
  return jsonSyntax;
}

export function useJsonSyntax(explain: JsonSyntax | null): void {
  jsonSyntax = explain;
}

/**
 * Thrown by parseJson for a file that is not valid JSON while the checker is not loaded;
 * readers catch it, load it and read again (withReadingCode).
 */
export class JsonSyntaxNeeded extends Error {
  constructor() {
    super('the JSON syntax checker has not been loaded');
    this.name = 'JsonSyntaxNeeded';
  }
}
