import edtf, {
  Century,
  Date as EdtfDate,
  Decade,
  Interval,
  Season,
  Year,
  type EdtfValue,
} from 'edtf';
import { dayFromUtc } from './calendarDay.ts';
import {
  EXAMPLES,
  parseDate,
  precisionOf,
  useDateGrammar,
  type DateParse,
  type DatePoint,
  type MissingBound,
} from './dateSpan.ts';

/** Parses with the `edtf` package's grammar: every EDTF level-1 form. */
export function parseWithGrammar(trimmed: string, text: string): DateParse {
  let value: EdtfValue;
  try {
    value = edtf(trimmed);
  } catch (error) {
    const [lower, upper, ...rest] = trimmed.split('/');
    if (String(error).includes('invalid upper bound') && lower === upper && rest.length === 0) {
      // The edtf package rejects an interval whose ends are the same date; it is that date.
      const single = parseDate(lower ?? '');
      return single.ok ? { ok: true, span: { ...single.span, edtf: text } } : single;
    }
    if (String(error).includes('invalid upper bound')) {
      return { ok: false, reason: `"${text}" ends before it starts: put the earlier date first.` };
    }
    return { ok: false, reason: `"${text}" is not a date in EDTF. ${EXAMPLES}` };
  }

  // instanceof, not value.type: the type is the constructor's name, which minifiers rename.
  if (value instanceof Interval) {
    const start = boundToPoint(value.lower);
    const end = boundToPoint(value.upper);
    if (start === null || end === null) {
      return {
        ok: false,
        reason: `"${text}" has an interval end Sourceline cannot place on a calendar.`,
      };
    }
    return { ok: true, span: { edtf: text, start, end, single: false } };
  }
  if (
    value instanceof EdtfDate ||
    value instanceof Year ||
    value instanceof Decade ||
    value instanceof Century
  ) {
    const point = toPoint(value);
    if (point === null)
      return {
        ok: false,
        reason: `"${text}" is outside the range of years Sourceline can draw (about 270,000 years either side of year 1).`,
      };
    return { ok: true, span: { edtf: text, start: point, end: point, single: true } };
  }
  return {
    ok: false,
    reason: `"${text}" is an EDTF ${value instanceof Season ? 'season' : 'set or list of dates'}, which Sourceline does not draw yet. ${EXAMPLES}`,
  };
}

function boundToPoint(
  bound: EdtfValue | number | null | undefined,
): DatePoint | MissingBound | null {
  if (bound === null || bound === undefined) return 'unknown';
  if (typeof bound === 'number') return 'open';
  return toPoint(bound);
}

function toPoint(value: EdtfValue): DatePoint | null {
  const { min, max } = value;
  if (min === null || max === null || !Number.isFinite(min) || !Number.isFinite(max)) return null;
  const first = dayFromUtc(min);
  const last = dayFromUtc(max);
  return {
    first,
    last,
    precision: precisionOf(first, last),
    uncertain: (value.uncertain?.value ?? 0) !== 0,
    approximate: (value.approximate?.value ?? 0) !== 0,
  };
}

// Importing this module is what gives parseDate the grammar.
useDateGrammar(parseWithGrammar);
