import { JsonSyntaxNeeded, loadedJsonSyntax } from './codeLoading.ts';

export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string };

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
    const explain = loadedJsonSyntax();
    if (!explain) throw new JsonSyntaxNeeded();
    return { ok: false, reason: explain(body, error) };
  }
}
