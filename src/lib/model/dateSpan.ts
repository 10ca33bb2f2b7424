import edtf, {
  Century,
  Date as EdtfDate,
  Decade,
  Interval,
  Season,
  Year,
  type EdtfValue,
} from 'edtf';
import { daysInMonth, dayFromUtc, utcStartOfDay, type CalendarDay } from './calendarDay.ts';

/** How finely a date is known: derived from the days it covers, never assumed. */
export type Precision = 'day' | 'month' | 'year' | 'decade' | 'century' | 'span';

/** One end of a date: the calendar days it may fall on. */
export interface DatePoint {
  readonly first: CalendarDay;
  readonly last: CalendarDay;
  readonly precision: Precision;
  /** Written with `?`: the source is not sure of it. */
  readonly uncertain: boolean;
  /** Written with `~`: the source gives it roughly. */
  readonly approximate: boolean;
}

/** Where an interval has no date at one end: `..` is open (ongoing, unbounded), empty is unknown. */
export type MissingBound = 'open' | 'unknown';

/** What an EDTF date or interval covers on the calendar. */
export interface DateSpan {
  /** The EDTF text, exactly as given. */
  readonly edtf: string;
  readonly start: DatePoint | MissingBound;
  readonly end: DatePoint | MissingBound;
  /** True for a single date (start and end are the same point). */
  readonly single: boolean;
}

export type DateParse = { ok: true; span: DateSpan } | { ok: false; reason: string };

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const EXAMPLES =
  'Write dates like 2017-12-30 (a day), 2017-12 (a month), 2015 (a year), 2011-03/.. (since March 2011).';

// Large chronologies repeat the same few thousand dates; each is parsed once, and the events
// that share a date share its (read-only) span. Bounded, so a long session does not grow it.
const parsed = new Map<string, DateParse>();
const PARSED_LIMIT = 50_000;

/** Parses an EDTF date or interval into the calendar span it covers, or says why it cannot. */
export function parseDate(text: string): DateParse {
  let result = parsed.get(text);
  if (result === undefined) {
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    result = parseUncached(text);
    parsed.set(text, result);
  }
  return result;
}

function parseUncached(text: string): DateParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: `the date is empty. ${EXAMPLES}` };
  if (/T\d/.test(trimmed)) {
    return {
      ok: false,
      reason: `"${text}" has a time of day; Sourceline works with calendar dates. Write the day alone, e.g. ${trimmed.slice(0, trimmed.indexOf('T'))}.`,
    };
  }
  const impossible = impossibleDay(trimmed);
  if (impossible) return { ok: false, reason: impossible };
  return plainSpan(trimmed, text) ?? parseWithGrammar(trimmed, text);
}

const PLAIN_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?$/;

/**
 * The common shapes without the EDTF grammar: a year, month or day of years 0000–9999, and
 * intervals between two of them (or open-ended) whose ends are clearly in order. The grammar
 * takes about 100 µs a date, which is seconds for a large dataset; this takes about 1 µs.
 * Anything else (qualifiers, seasons, BCE, unspecified digits, touching ends) goes to the
 * grammar, and a test checks both give the same answer.
 */
function plainSpan(trimmed: string, text: string): DateParse | null {
  const parts = trimmed.split('/');
  if (parts.length === 1) {
    const point = plainPoint(trimmed);
    return point
      ? { ok: true, span: { edtf: text, start: point, end: point, single: true } }
      : null;
  }
  if (parts.length !== 2) return null;
  const [lower, upper] = parts as [string, string];
  const start = lower === '..' ? 'open' : plainPoint(lower);
  const end = upper === '..' ? 'open' : plainPoint(upper);
  if (!start || !end || (start === 'open' && end === 'open')) return null;
  if (start !== 'open' && end !== 'open' && utcStartOfDay(start.last) >= utcStartOfDay(end.first)) {
    return null;
  }
  return { ok: true, span: { edtf: text, start, end, single: false } };
}

function plainPoint(text: string): DatePoint | null {
  const match = PLAIN_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  const first = { year, month: month ?? 1, day: day ?? 1 };
  const last = {
    year,
    month: month ?? 12,
    day: day ?? daysInMonth(year, month ?? 12),
  };
  return { first, last, precision: precisionOf(first, last), uncertain: false, approximate: false };
}

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

/** Spots calendar days that do not exist (2017-02-30) before the parser rolls them over into March. */
function impossibleDay(text: string): string | null {
  for (const match of text.matchAll(/(-?\d{4,})-(\d{2})-(\d{2})/g)) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12) continue; // months 21–41 are EDTF seasons; the parser judges them
    const length = daysInMonth(year, month);
    if (day < 1 || day > length) {
      return `"${text}" is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${length} days.`;
    }
  }
  return null;
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

function precisionOf(first: CalendarDay, last: CalendarDay): Precision {
  const sameYear = first.year === last.year;
  if (sameYear && first.month === last.month && first.day === last.day) return 'day';
  const wholeMonths = first.day === 1 && last.day === daysInMonth(last.year, last.month);
  if (!wholeMonths) return 'span';
  if (sameYear && first.month === last.month) return 'month';
  const wholeYears = first.month === 1 && last.month === 12;
  if (!wholeYears) return 'span';
  if (sameYear) return 'year';
  if (first.year % 10 === 0 && last.year === first.year + 9) return 'decade';
  if (first.year % 100 === 0 && last.year === first.year + 99) return 'century';
  return 'span';
}

/** The first day a span may cover, or null when that end is open or unknown. */
export function firstDay(span: DateSpan): CalendarDay | null {
  return typeof span.start === 'string' ? null : span.start.first;
}

/** The last day a span may cover, or null when that end is open or unknown. */
export function lastDay(span: DateSpan): CalendarDay | null {
  return typeof span.end === 'string' ? null : span.end.last;
}
