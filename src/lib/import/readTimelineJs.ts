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
import { compareSpans } from '../model/compareEvents.ts';
import { parseDate, type DateSpan } from '../model/dateSpan.ts';
import type { Media, Period, TimelineEvent } from '../model/types.ts';
import { reduceHtml } from './htmlText.ts';
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
  fields.objectList(json, 'events', top, true).forEach((raw, index) => {
    const event = readTimelineJsEvent(raw, `events[${index}]`, index, fields);
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
  events.sort((a, b) => compareSpans(a.when, b.when));

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
    return when ? [{ label, when } satisfies Period] : [];
  });

  return {
    dataset: {
      title,
      description,
      language: 'en',
      license: '',
      credit: '',
      articles: [],
      events,
      periods,
    },
    problems: fields.problems,
    leftOut,
  };
}

/** One TimelineJS event (also used for the rows of its Google Sheets template). */
export function readTimelineJsEvent(
  raw: unknown,
  path: string,
  index: number,
  fields: FieldReader,
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
  const uniqueId =
    typeof raw.unique_id === 'string' && raw.unique_id.trim() ? raw.unique_id.trim() : null;
  const id = uniqueId ?? `event-${index + 1}`;
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
function readSpan(
  raw: JsonObject,
  place: Place,
  fields: FieldReader,
  locate: (field: string) => string = (field) => join(place.path, field),
): DateSpan | null {
  const ends: string[] = [];
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
    if (read.droppedTime) {
      fields.report('warning', at, 'the date has a time of day; Sourceline keeps the day only.');
    }
    ends.push(read.edtf);
  }
  const edtf = ends.length === 2 && ends[0] !== ends[1] ? `${ends[0]}/${ends[1]}` : ends[0]!;
  const parsed = parseDate(edtf);
  if (!parsed.ok) {
    fields.report('error', { ...place, path: locate('end_date') }, parsed.reason);
    return null;
  }
  return parsed.span;
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
