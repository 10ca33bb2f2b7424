export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string };

/** Says why text JSON.parse rejected is not JSON, and where (jsonSyntax.ts). */
export type JsonSyntax = (body: string, error: unknown) => string;

let jsonSyntax: JsonSyntax | null = null;

/** The JSON syntax checker once it has loaded (it registers with useJsonSyntax), else null. */
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

/**
 * JSON.parse that says where and why a file is broken instead of throwing. The fast native
 * parser reads valid files; only a broken one is read again, by code loaded for it: until it
 * is, a broken file throws JsonSyntaxNeeded (see withReadingCode).
 */
export function parseJson(text: string): JsonParse {
  // A byte-order mark is invisible in editors and harmless; JSON.parse rejects it.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, reason: 'the file is empty.' };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    if (!jsonSyntax) throw new JsonSyntaxNeeded();
    return { ok: false, reason: jsonSyntax(body, error) };
  }
}
