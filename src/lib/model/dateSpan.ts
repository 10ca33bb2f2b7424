import { daysInMonth, utcStartOfDay, type CalendarDay } from './calendarDay.ts';
import { monthName } from './calendarNames.ts';

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

export const EXAMPLES =
  'Write dates like 2017-12-30 (a day), 2017-12 (a month), 2015 (a year), 2011-03/.. (since March 2011).';

// Large chronologies repeat the same few thousand dates; each is parsed once, and the events
// that share a date share its (read-only) span. Bounded, so a long session does not grow it.
const parsed = new Map<string, DateParse>();
const PARSED_LIMIT = 50_000;

/** Parses what the plain forms do not cover: every EDTF level-1 form. */
export type DateGrammar = (trimmed: string, text: string) => DateParse;

let grammar: DateGrammar | null = null;

/**
 * Gives parseDate the full EDTF grammar (edtfGrammar.ts does this when it loads). The grammar
 * is a large library that most chronologies never need, so the page loads it only when a date
 * in another form turns up: in a dataset (withReadingCode), an address or the filter.
 */
export function useDateGrammar(parse: DateGrammar): void {
  grammar = parse;
  parsed.clear();
}

/**
 * Thrown by parseDate for a date only the EDTF grammar reads, while it is not loaded; readers
 * of datasets catch it, load the grammar and read again (withReadingCode).
 */
export class DateGrammarNeeded extends Error {
  constructor(text: string) {
    super(`"${text}" needs the EDTF grammar, which has not been loaded`);
  }
}

/** Whether parseDate can read this without the grammar: no need to load it. */
export function isPlainDate(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || plainSpan(trimmed, text) !== null;
}

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

/**
 * parseDate for a date read as the page is built, from its address, which cannot wait for code
 * to load (main.ts loads the grammar first when the address needs it). When that load failed,
 * a date that needs the grammar is one the page cannot read, and says so.
 */
export function parseDateNow(text: string): DateParse {
  try {
    return parseDate(text);
  } catch (error) {
    if (!(error instanceof DateGrammarNeeded)) throw error;
    return {
      ok: false,
      reason: `the code that reads dates like "${text.trim()}" could not be loaded; reload the page to try again.`,
    };
  }
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
  const plain = plainSpan(trimmed, text);
  if (plain) return plain;
  if (!grammar) throw new DateGrammarNeeded(text);
  return grammar(trimmed, text);
}

const PLAIN_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?$/;

/**
 * The common shapes without the EDTF grammar: a year, month or day of years 0000–9999, and
 * intervals between two of them (or open-ended) whose ends are clearly in order or the same. The grammar
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
  if (lower === upper) {
    // An interval from a date to itself is that date (spreadsheets write them for one day).
    const point = plainPoint(lower);
    return point
      ? { ok: true, span: { edtf: text, start: point, end: point, single: true } }
      : null;
  }
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

/** Spots calendar days that do not exist (2017-02-30) before the parser rolls them over into March. */
function impossibleDay(text: string): string | null {
  for (const match of text.matchAll(/(-?\d{4,})-(\d{2})-(\d{2})/g)) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12) continue; // months 21–41 are EDTF seasons; the parser judges them
    const length = daysInMonth(year, month);
    if (day < 1 || day > length) {
      return `"${text}" is not a real date: ${monthName(month)} ${year} has ${length} days.`;
    }
  }
  return null;
}

/** How finely a run of days is known, from the days themselves. */
export function precisionOf(first: CalendarDay, last: CalendarDay): Precision {
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
