import type { DatePoint, DateSpan, Precision } from './dateSpan.ts';

const PRECISION_NOTES: Record<Precision, string | null> = {
  day: null,
  month: 'day not stated',
  year: 'month and day not stated',
  decade: 'year not stated',
  century: 'decade not stated',
  span: 'exact day not stated',
};

const COARSENESS: Precision[] = ['day', 'span', 'month', 'year', 'decade', 'century'];

/**
 * What the date does not say, in words: "day not stated" for a month. For an interval, the
 * coarser of its known ends speaks. Null when every known end is known to the day.
 */
export function precisionNote(span: DateSpan): string | null {
  const known = [span.start, span.end].filter((b): b is DatePoint => typeof b !== 'string');
  const coarsest = known.reduce<Precision>(
    (worst, point) =>
      COARSENESS.indexOf(point.precision) > COARSENESS.indexOf(worst) ? point.precision : worst,
    'day',
  );
  return PRECISION_NOTES[coarsest];
}
