import { addDays, isoDay, weekdayOf, type CalendarDay } from './calendarDay.ts';
import { formatDay } from './formatDate.ts';

/** What a date expression in an article's text means, given the article's publication day. */
export interface DateResolution {
  /** The resolved date in EDTF, no more precise than the words. */
  readonly edtf: string;
  /** What the words leave open, when the EDTF cannot say it: "before 30 December 2017". */
  readonly note: string | null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const WEEKDAY = `(${WEEKDAYS.join('|')})`;
const MONTH = `(${MONTHS.join('|')})`;

const month = (year: number, m: number) => `${isoDay({ year, month: m, day: 1 }).slice(0, -3)}`;
const year = (y: number) => isoDay({ year: y, month: 1, day: 1 }).slice(0, -6);

/**
 * Resolves the date expressions news articles use ("On Thursday", "Earlier in the month",
 * "since March 2011") against the article's publication day. Returns null for words it does
 * not know, so that a caller can say the date could not be checked rather than guess.
 *
 * News convention: a bare weekday names the latest such day up to and including the
 * publication day ("on Saturday" in a Saturday paper is that day); "last Thursday" is strictly
 * before it.
 */
export function resolveDateExpression(
  expression: string,
  published: CalendarDay,
): DateResolution | null {
  const words = expression
    .trim()
    .toLowerCase()
    .replace(/[.,;:]+$/, '')
    .replace(/\s+/g, ' ');
  let match: RegExpMatchArray | null;

  if ((match = words.match(new RegExp(`^(?:on )?(last )?${WEEKDAY}$`)))) {
    const target = WEEKDAYS.indexOf(match[2] ?? '');
    const strictlyBefore = match[1] !== undefined;
    let back = (weekdayOf(published) - target + 7) % 7;
    if (back === 0 && strictlyBefore) back = 7;
    return { edtf: isoDay(addDays(published, -back)), note: null };
  }
  if (words === 'today') return { edtf: isoDay(published), note: null };
  if (words === 'yesterday') return { edtf: isoDay(addDays(published, -1)), note: null };
  if (/^earlier (?:in the|this) month$/.test(words)) {
    return { edtf: month(published.year, published.month), note: `before ${formatDay(published)}` };
  }
  if (/^(?:in the|this) month$/.test(words))
    return { edtf: month(published.year, published.month), note: null };
  if (words === 'last month') {
    const previous = addDays({ ...published, day: 1 }, -1);
    return { edtf: month(previous.year, previous.month), note: null };
  }
  if (/^earlier this year$/.test(words)) {
    return { edtf: year(published.year), note: `before ${formatDay(published)}` };
  }
  if (words === 'this year') return { edtf: year(published.year), note: null };
  if (words === 'last year') return { edtf: year(published.year - 1), note: null };

  if (
    (match = words.match(new RegExp(`^(?:(in|on|since|from) )?(?:(\\d{1,2}) )?${MONTH} (\\d{4})$`)))
  ) {
    const [, preposition, day, monthName, yearDigits] = match;
    const m = MONTHS.indexOf(monthName ?? '') + 1;
    const date = day
      ? isoDay({ year: Number(yearDigits), month: m, day: Number(day) })
      : month(Number(yearDigits), m);
    return since(preposition, date, published);
  }
  if ((match = words.match(/^(?:(in|since|from) )?(\d{4})$/))) {
    return since(match[1], year(Number(match[2])), published);
  }
  return null;
}

// "since March 2011" in a present-tense article: began then, still going on when published.
function since(
  preposition: string | undefined,
  date: string,
  published: CalendarDay,
): DateResolution {
  if (preposition === 'since') {
    return {
      edtf: `${date}/..`,
      note: `still the case when the article was published, ${formatDay(published)}`,
    };
  }
  return { edtf: date, note: null };
}
