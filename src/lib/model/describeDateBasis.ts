import type { DateSpan } from './dateSpan.ts';
import { formatSpan } from './formatDate.ts';
import { formatDayWithWeekday } from './weekdays.ts';
import type { DateBasis } from './types.ts';

/**
 * How a date was read, in one sentence: "“On Thursday” in an article published Saturday
 * 30 December 2017 → Thursday 28 December 2017".
 */
export function describeDateBasis(basis: DateBasis, when: DateSpan): string {
  const published = formatDayWithWeekday(basis.article.published);
  if (basis.kind === 'publication') {
    return `The article gives no date; it reports this as current when it was published, ${published}. Shown on that day; when it began is not stated.`;
  }
  const result =
    when.single && typeof when.start !== 'string' && when.start.precision === 'day'
      ? formatDayWithWeekday(when.start.first)
      : formatSpan(when);
  return `“${basis.expression}” in an article published ${published} → ${result}${basis.note ? `, ${basis.note}` : ''}`;
}
