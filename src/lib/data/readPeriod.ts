import { parseDate } from '../model/dateSpan.ts';
import type { Period } from '../model/types.ts';
import { isObject, join, kindOf, type FieldReader } from './fieldReader.ts';

const PERIOD_FIELDS = ['label', 'date'];

/** Reads one entry of `periods`: a label and an EDTF date or interval. */
export function readPeriod(raw: unknown, index: number, fields: FieldReader): Period | null {
  const path = `periods[${index}]`;
  if (!isObject(raw)) {
    fields.report(
      'error',
      { path },
      `each period must be an object like {"label": "Ceasefire", "date": "2016-02/2016-09"}, but this one is ${kindOf(raw)}.`,
    );
    return null;
  }
  const label = fields.text(raw, 'label', { subject: `period ${index + 1}`, path }, true);
  const place = { subject: label ? `period "${label}"` : `period ${index + 1}`, path };
  fields.unknownKeys(raw, PERIOD_FIELDS, place);
  const dateText = fields.text(raw, 'date', place, true);
  if (label === null || dateText === null) return null;
  const parsed = parseDate(dateText);
  if (!parsed.ok) {
    fields.report('error', { ...place, path: join(path, 'date') }, parsed.reason);
    return null;
  }
  if (typeof parsed.span.start === 'string') {
    fields.report(
      'error',
      { ...place, path: join(path, 'date') },
      `a period needs a known start, so it can be drawn; "${dateText}" has none.`,
    );
    return null;
  }
  return { label, when: parsed.span };
}
