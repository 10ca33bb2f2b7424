import {
  FieldReader,
  isObject,
  join,
  kindOf,
  type JsonObject,
  type Place,
} from '../data/fieldReader.ts';
import type { DatasetLoad } from '../data/loadDataset.ts';
import { isSafeLink } from '../data/safeLink.ts';
import { utcStartOfDay } from '../model/calendarDay.ts';
import { parseDate, type DateSpan } from '../model/dateSpan.ts';
import type { Media, Period, TimelineEvent } from '../model/types.ts';
import { reduceHtml } from './htmlText.ts';
import { importedDataset } from './importedDataset.ts';
import { timelineJsDateToEdtf } from './timelineJsDate.ts';

const TOP_FIELDS = ['title', 'events', 'eras', 'scale'];
const EVENT_FIELDS = [
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'background',
  'unique_id',
  'autolink',
];

/**
 * Reads a TimelineJS3 JSON file (its title slide, events and eras) into a Sourceline dataset.
 * Its events carry no quotes: they keep what TimelineJS has (headline, text, links, media,
 * group as a tag) and show "no source quote" rather than pretend to have one.
 */
export function readTimelineJs(json: JsonObject, file?: string): DatasetLoad {
  const fields = new FieldReader(file);
  const top: Place = { path: '' };
  fields.unknownKeys(json, TOP_FIELDS, top);
  const slide = isObject(json.title) ? json.title : null;
  const slideText = slide && isObject(slide.text) ? slide.text : null;
  const title =
    reduce(slideText?.headline).text || (file ? file.replace(/\.[^.]+$/, '') : 'Imported timeline');
  const description = reduce(slideText?.text).text;

  const events: TimelineEvent[] = [];
  const leftOut: string[] = [];
  const seen = new Set<string>();
  const list = fields.objectList(json, 'events', top, true);
  // Ids the file gives; the ids made up for events without one keep clear of them.
  const taken = new Set(
    list.flatMap((raw) => (isObject(raw) ? (givenId(raw.unique_id) ?? []) : [])),
  );
  list.forEach((raw, index) => {
    const event = readTimelineJsEvent(raw, `events[${index}]`, index, fields, taken);
    if (event && seen.has(event.id)) {
      fields.report(
        'error',
        { subject: `event "${event.id}"`, path: `events[${index}].unique_id` },
        `another event already has the unique_id "${event.id}"; ids must be unique, since links to events use them. This one is left out.`,
      );
    } else if (event) {
      seen.add(event.id);
      events.push(event);
      return;
    }
    leftOut.push(`event ${index + 1} (events[${index}])`);
  });

  const periods = fields.objectList(json, 'eras', top, false).flatMap((raw, index) => {
    const path = `eras[${index}]`;
    if (!isObject(raw)) {
      fields.report(
        'error',
        { path },
        `each era must be an object, but this one is ${kindOf(raw)}.`,
      );
      return [];
    }
    const text = isObject(raw.text) ? raw.text : null;
    const label = reduce(text?.headline).text || `Era ${index + 1}`;
    const when = readSpan(raw, { subject: `era "${label}"`, path }, fields);
    if (!when) leftOut.push(`era ${index + 1} (${path})`);
    return when ? [{ label, when } satisfies Period] : [];
  });

  return importedDataset({ title, description, events, periods, leftOut }, fields);
}

/** One TimelineJS event (also used for the rows of its Google Sheets template). */
export function readTimelineJsEvent(
  raw: unknown,
  path: string,
  index: number,
  fields: FieldReader,
  takenIds: ReadonlySet<string>,
  locate: (field: string) => string = (field) => join(path, field),
): TimelineEvent | null {
  if (!isObject(raw)) {
    fields.report(
      'error',
      { path },
      `each event must be an object, but this one is ${kindOf(raw)}.`,
    );
    return null;
  }
  const id = givenId(raw.unique_id) ?? autoId(`event-${index + 1}`, takenIds);
  const text = isObject(raw.text) ? raw.text : {};
  const headline = reduce(text.headline);
  const body = reduce(text.text);
  const title = headline.text || body.text.split('\n')[0]!.slice(0, 120);
  const place: Place = { subject: `event "${title || id}"`, path };
  fields.unknownKeys(raw, EVENT_FIELDS, place);
  const when = readSpan(raw, place, fields, locate);
  if (!when) return null;
  if (!headline.text) {
    fields.report(
      'warning',
      { ...place, path: locate('text.headline') },
      title
        ? 'it has no headline; the first words of its text stand in for one.'
        : 'it has neither headline nor text; it is shown as "Untitled event".',
    );
  }
  for (const dropped of [...headline.droppedLinks, ...body.droppedLinks]) {
    fields.report(
      'warning',
      { ...place, path: locate('text') },
      `a link to "${dropped.slice(0, 80)}" is left out: only http and https links are kept.`,
    );
  }
  const group = typeof raw.group === 'string' && raw.group.trim() ? raw.group.trim() : null;
  const display =
    typeof raw.display_date === 'string' && raw.display_date.trim()
      ? raw.display_date.trim()
      : displayOf(raw.start_date);
  return {
    id,
    title: title || 'Untitled event',
    summary: body.text,
    when,
    dateBasis: null,
    actors: [],
    places: [],
    tags: group ? [group] : [],
    sources: [],
    citations: [],
    displayDate: display,
    media: readMedia(raw.media, place, locate('media.url'), fields),
    links: [...headline.links, ...body.links],
  };
}

/** `start_date` and `end_date` as one EDTF date or interval, or null with the problem reported. */
export function readSpan(
  raw: JsonObject,
  place: Place,
  fields: FieldReader,
  locate: (field: string) => string = (field) => join(place.path, field),
): DateSpan | null {
  const ends: { edtf: string; span: DateSpan }[] = [];
  for (const key of ['start_date', 'end_date'] as const) {
    const value = raw[key];
    const at = { ...place, path: locate(key) };
    if (value === undefined || value === null || value === '') {
      if (key === 'start_date') {
        fields.report('error', at, 'the start date is missing; every event needs at least a year.');
        return null;
      }
      continue;
    }
    if (!isObject(value)) {
      fields.report(
        'error',
        at,
        `the ${key === 'start_date' ? 'start' : 'end'} date must be an object like {"year": 2017, "month": 12}, but it is ${kindOf(value)}.`,
      );
      return null;
    }
    const read = timelineJsDateToEdtf(value);
    if (!read.ok) {
      fields.report(
        'error',
        at,
        `the ${key === 'start_date' ? 'start' : 'end'} date cannot be used: ${read.reason}`,
      );
      return null;
    }
    // Each end is checked on its own, so a problem is reported where it is.
    const parsed = parseDate(read.edtf);
    if (!parsed.ok) {
      const far = /^Y/.test(read.edtf) && read.edtf.includes('-', 2);
      fields.report(
        'error',
        at,
        far
          ? 'a year beyond 9999 (either side of year 1) can only be given as a whole year: leave out its month and day.'
          : `the ${key === 'start_date' ? 'start' : 'end'} date cannot be used: ${parsed.reason}`,
      );
      return null;
    }
    if (read.droppedTime) {
      fields.report('warning', at, 'the date has a time of day; Sourceline keeps the day only.');
    }
    ends.push({ edtf: read.edtf, span: parsed.span });
  }
  const [start, end] = ends;
  if (!end || end.edtf === start!.edtf) return start!.span;
  const from = start!.span.start;
  const to = end.span.end;
  if (typeof from === 'string' || typeof to === 'string') return null;
  // An end less precise than the start (May 2017 to 2017) is fine as long as it can come after.
  if (utcStartOfDay(to.last) < utcStartOfDay(from.first)) {
    fields.report(
      'error',
      { ...place, path: locate('end_date') },
      `the end date (${end.edtf}) is before the start date (${start!.edtf}): put the earlier date first.`,
    );
    return null;
  }
  return { edtf: `${start!.edtf}/${end.edtf}`, start: from, end: to, single: false };
}

function readMedia(raw: unknown, place: Place, path: string, fields: FieldReader): Media | null {
  if (!isObject(raw)) return null;
  const url = typeof raw.url === 'string' ? raw.url.trim() : '';
  if (!url) return null;
  if (!isSafeLink(url)) {
    // TimelineJS also takes embed code and bare text as "media"; only addresses are kept.
    fields.report(
      'warning',
      { ...place, path },
      `the media "${url.slice(0, 80)}" is not an http or https address, so it is left out with its caption and credit.`,
    );
    return null;
  }
  return { url, caption: reduce(raw.caption).text, credit: reduce(raw.credit).text };
}

function displayOf(date: unknown): string | null {
  return isObject(date) && typeof date.display_date === 'string' && date.display_date.trim()
    ? date.display_date.trim()
    : null;
}

function reduce(value: unknown) {
  return reduceHtml(typeof value === 'string' ? value : '');
}

/** A `unique_id` as given: text, or a number (as some exports write it) read as text. */
export function givenId(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** An id for an event that has none, different from every id the file gives. */
export function autoId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
