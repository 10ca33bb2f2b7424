import { NONE } from '../model/types.ts';
import type { Problem } from './problem.ts';

/** Where in the file a reader is: its subject ("event \"x\"") and JSON path. */
export interface Place {
  readonly subject?: string;
  readonly path: string;
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The kind of a JSON value in words: "a number", "a list". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

/**
 * Reads typed fields out of untrusted JSON objects, recording a problem with its place for
 * every field that is missing or of the wrong type. Never throws.
 */
export class FieldReader {
  readonly problems: Problem[] = [];

  constructor(private readonly file?: string) {}

  report(severity: Problem['severity'], place: Place, message: string): void {
    this.problems.push({
      severity,
      file: this.file,
      subject: place.subject,
      path: place.path,
      message,
    });
  }

  /** A non-empty text field; null (and an error) when required and absent or not text. */
  text(object: JsonObject, key: string, place: Place, required: boolean): string | null {
    const value = object[key];
    if (typeof value === 'string' && (!required || value.trim() !== '')) return value;
    // An optional field left out is no problem, and common (an event's "end", a quote's
    // "prefix"): nothing is put together for it.
    if ((value === undefined || value === null) && !required) return null;
    const at = fieldPlace(place, key);
    if (value === undefined || value === null) {
      this.report('error', at, `"${key}" is missing; it is required.`);
    } else if (typeof value !== 'string') {
      this.report('error', at, `"${key}" must be text, but it is ${kindOf(value)}.`);
    } else this.report('error', at, `"${key}" is empty; it is required.`);
    return null;
  }

  /** A list of texts; items that are not text are reported and left out. */
  textList(object: JsonObject, key: string, place: Place): readonly string[] {
    const value = object[key];
    if (value === undefined || value === null) return NONE;
    if (!Array.isArray(value)) {
      this.report(
        'error',
        fieldPlace(place, key),
        `"${key}" must be a list of texts, like ["Russia", "Syria"], but it is ${kindOf(value)}.`,
      );
      return [];
    }
    // Usually every entry is good, and the list is kept as it came (a plain loop: this runs
    // for every event, often before the code is optimised).
    let good = true;
    for (let i = 0; i < value.length && good; i++)
      good = typeof value[i] === 'string' && value[i].trim() !== '';
    if (good) return value;
    return value.filter((item, index) => {
      if (typeof item === 'string' && item.trim() !== '') return true;
      this.report(
        'error',
        { subject: place.subject, path: `${join(place.path, key)}[${index}]` },
        `each entry of "${key}" must be non-empty text, but this one is ${kindOf(item)}.`,
      );
      return false;
    });
  }

  /** A whole number of at least zero, or null. */
  offset(object: JsonObject, key: string, place: Place): number | null {
    const value = object[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    this.report(
      'error',
      fieldPlace(place, key),
      `"${key}" must be a whole number of characters from the start of the article, but it is ${JSON.stringify(value)}.`,
    );
    return null;
  }

  /** A list of objects; anything else is reported and an empty list returned. */
  objectList(object: JsonObject, key: string, place: Place, required: boolean): unknown[] {
    const value = object[key];
    if (Array.isArray(value)) return value;
    if (value === undefined || value === null) {
      if (required)
        this.report('error', fieldPlace(place, key), `"${key}" is missing; it must be a list.`);
    } else
      this.report(
        'error',
        fieldPlace(place, key),
        `"${key}" must be a list, but it is ${kindOf(value)}.`,
      );
    return [];
  }

  /** Warns of fields the format does not have: usually a typo that would otherwise be lost. */
  unknownKeys(object: JsonObject, known: readonly string[], place: Place): void {
    for (const key in object) {
      if (known.includes(key) || key.startsWith('$')) continue;
      const guess = known.find((candidate) => editDistance(candidate, key) <= 2);
      this.report(
        'warning',
        fieldPlace(place, key),
        `"${key}" is not a field Sourceline knows, so it is ignored.${guess ? ` Did you mean "${guess}"?` : ''}`,
      );
    }
  }
}

/**
 * The place of a field within a place. Built only when there is something to report there:
 * reading a large file that is fine takes no allocations for it. Reads the place's subject
 * and path rather than spreading it, so a place may work them out when asked (readEvent's).
 */
export function fieldPlace(place: Place, key: string): Place {
  return { subject: place.subject, path: join(place.path, key) };
}

export function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
