import { dayFromUtc, isoDay, utcStartOfDay, type CalendarDay } from '../model/calendarDay.ts';
import { firstDay, lastDay, parseDateNow } from '../model/dateSpan.ts';
import { DAY_MS } from '../timeline/eventColumns.ts';
import type { TimeWindow } from '../timeline/viewWindow.ts';

/** What the address asks the timeline to show. */
export interface ViewParams {
  /** `event`: the id of the event to open. */
  readonly eventId: string | null;
  /** `from` and `to`: the visible window, from the first day of `from` to the last of `to`. */
  readonly window: TimeWindow | null;
  /** Why a `from` or `to` could not be used, in words for the reader. */
  readonly problems: readonly string[];
}

/** Reads `event`, `from` and `to`; a date that cannot be read is reported, never guessed. */
export function readViewParams(params: URLSearchParams): ViewParams {
  const problems: string[] = [];
  const eventId = params.get('event') || null;
  const fromText = params.get('from');
  const toText = params.get('to');
  if (fromText === null && toText === null) return { eventId, window: null, problems };
  const from = fromText === null ? null : readBound(fromText, 'from', problems);
  const to = toText === null ? null : readBound(toText, 'to', problems);
  if (fromText === null || toText === null) {
    problems.push(
      `The address gives only “${fromText === null ? 'to' : 'from'}”; a visible window needs both “from” and “to” (for example from=2015-01&to=2017-12).`,
    );
    return { eventId, window: null, problems };
  }
  if (!from || !to) return { eventId, window: null, problems };
  const window: TimeWindow = [from[0], to[1]];
  if (window[1] <= window[0]) {
    problems.push(
      `The address asks for a window from ${fromText} to ${toText}, which ends before it starts.`,
    );
    return { eventId, window: null, problems };
  }
  return { eventId, window, problems };
}

function readBound(text: string, name: string, problems: string[]): TimeWindow | null {
  const parsed = parseDateNow(text);
  const first = parsed.ok ? firstDay(parsed.span) : null;
  const last = parsed.ok ? lastDay(parsed.span) : null;
  if (!parsed.ok || !first || !last) {
    const why = parsed.ok ? 'it has an open or unknown end.' : parsed.reason;
    problems.push(`The address’s “${name}=${text}” is not a date the timeline can show: ${why}`);
    return null;
  }
  return [utcStartOfDay(first), utcStartOfDay(last) + DAY_MS];
}

/**
 * The address for a view: `event`, `from` and `to` set (or removed) and every other parameter,
 * such as `data`, kept as it was. The window is written as whole days, first and last visible.
 */
export function writeViewParams(
  address: string,
  view: { eventId: string | null; window: TimeWindow | null },
): string {
  const url = new URL(address);
  if (view.eventId) url.searchParams.set('event', view.eventId);
  else url.searchParams.delete('event');
  if (view.window) {
    url.searchParams.set('from', edtfDay(dayFromUtc(view.window[0])));
    url.searchParams.set('to', edtfDay(dayFromUtc(Math.max(view.window[0], view.window[1] - 1))));
  } else {
    url.searchParams.delete('from');
    url.searchParams.delete('to');
  }
  return url.href;
}

/**
 * A day as EDTF: 2017-12-30. Years beyond four digits can only be written as a year in EDTF
 * (Y-12000), so a window that far out is rounded out to whole years.
 */
function edtfDay(day: CalendarDay): string {
  return day.year < -9999 || day.year > 9999 ? `Y${day.year}` : isoDay(day);
}
