import Papa from 'papaparse';
import { FieldReader } from '../data/fieldReader.ts';
import type { DatasetLoad } from '../data/loadDataset.ts';
import { isSafeLink } from '../data/safeLink.ts';
import { parseDate } from '../model/dateSpan.ts';
import type { Period, TimelineEvent } from '../model/types.ts';
import { reduceHtml } from './htmlText.ts';
import { importedDataset } from './importedDataset.ts';
import { autoId, readSpan, readTimelineJsEvent } from './readTimelineJs.ts';

/** The columns of TimelineJS's Google Sheets template, as its CSV export names them. */
export const SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
];

/** The columns of Sourceline's simple CSV. */
export const NATIVE_COLUMNS = ['date', 'title', 'summary', 'actors', 'tags', 'source url', 'quote'];

export type CsvKind = 'timelinejs-csv' | 'native-csv';

/** The rows of a CSV file with its header, whatever the separator, BOM or line endings. */
export function parseCsv(text: string): {
  header: string[];
  rows: CsvRow[];
  errors: Papa.ParseError[];
} {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  // Blank rows are skipped here, not by Papa, so every row keeps the number a spreadsheet
  // shows for it (the first row being 1).
  const rows = result.data
    .map((cells, index) => ({ cells, number: index + 1 }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...data] = rows;
  return {
    header: (header?.cells ?? []).map((name) => name.trim()),
    rows: data,
    errors: result.errors,
  };
}

/** A row of a CSV file: its cells, and its number as a spreadsheet counts rows. */
export interface CsvRow {
  readonly cells: string[];
  readonly number: number;
}

/** Which CSV this is, from its header; null when it is neither. */
export function csvKind(header: readonly string[]): CsvKind | null {
  const names = new Set(header.map((name) => name.toLowerCase()));
  if (names.has('year') && names.has('headline')) return 'timelinejs-csv';
  if (names.has('date') && names.has('title')) return 'native-csv';
  return null;
}

/**
 * Reads a CSV export of TimelineJS's Google Sheets template, or Sourceline's simple CSV. Every
 * problem names its row (as a spreadsheet numbers it, the header being row 1) and column.
 */
export function readCsv(text: string, kind: CsvKind | null, file?: string): DatasetLoad {
  const fields = new FieldReader(file);
  const { header, rows, errors } = parseCsv(text);
  for (const error of errors) {
    fields.report(
      'error',
      // Papa counts rows from 0 with the header as row 0; a spreadsheet counts from 1.
      { path: error.row === undefined ? 'the file' : `row ${error.row + 1}` },
      `the CSV cannot be read here: ${error.message}.`,
    );
  }
  const chosen = kind ?? csvKind(header);
  if (!chosen) {
    fields.report(
      'error',
      { path: 'row 1' },
      `the first row should name the columns: TimelineJS's sheet has ${SHEET_COLUMNS.slice(0, 3).join(', ')}, … Headline, Text; Sourceline's CSV has ${NATIVE_COLUMNS.join(', ')}. This file's first row is: ${header.slice(0, 8).join(', ') || '(empty)'}.`,
    );
    return { dataset: null, problems: fields.problems, leftOut: [] };
  }
  const column = (name: string) => header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  const cell = (row: string[], name: string) => {
    const at = column(name);
    return at < 0 ? '' : (row[at] ?? '').trim();
  };
  const known = chosen === 'timelinejs-csv' ? SHEET_COLUMNS : [...NATIVE_COLUMNS, 'id', 'places'];
  for (const name of header) {
    if (name && !known.some((k) => k.toLowerCase() === name.toLowerCase())) {
      fields.report(
        'warning',
        { path: `row 1, column "${name}"` },
        `"${name}" is not a column Sourceline knows, so it is ignored.`,
      );
    }
  }

  const events: TimelineEvent[] = [];
  const periods: Period[] = [];
  const leftOut: string[] = [];
  let title = file ? file.replace(/\.[^.]+$/, '') : 'Imported timeline';
  let description = '';
  const seen = new Set<string>();
  // Ids the file gives; the ids made up for rows without one keep clear of them.
  const taken = new Set(rows.map((row) => cell(row.cells, 'id')).filter(Boolean));
  rows.forEach(({ cells: row, number: rowNumber }) => {
    if (row.length > header.length && row.slice(header.length).some((c) => c.trim())) {
      fields.report(
        'error',
        { path: `row ${rowNumber}` },
        `this row has ${row.length} cells but the first row names ${header.length} columns, so its cells cannot be matched to them; a comma (or separator) inside a cell needs the cell in double quotes. The row is left out.`,
      );
      leftOut.push(`row ${rowNumber}`);
      return;
    }
    if (row.length < header.length) {
      fields.report(
        'warning',
        { path: `row ${rowNumber}` },
        `this row has ${row.length} cells but the first row names ${header.length} columns; the missing ones at its end are read as empty.`,
      );
    }
    const event =
      chosen === 'timelinejs-csv'
        ? readSheetRow(
            row,
            rowNumber,
            cell,
            fields,
            (slide) => {
              title = slide.title || title;
              description = slide.text;
            },
            periods,
          )
        : readNativeRow(row, rowNumber, cell, fields, taken);
    if (event === 'not an event') return;
    if (event && seen.has(event.id)) {
      fields.report(
        'error',
        { subject: `event "${event.id}"`, path: `row ${rowNumber}` },
        `another row already has the id "${event.id}"; this one is left out.`,
      );
    } else if (event) {
      seen.add(event.id);
      events.push(event);
      return;
    }
    leftOut.push(`row ${rowNumber}`);
  });
  return importedDataset({ title, description, events, periods, leftOut }, fields);
}

type Cell = (row: string[], name: string) => string;

/** Where a TimelineJS field lives in the sheet, for problems. */
const SHEET_PLACES: Record<string, string> = {
  start_date: 'columns Year, Month, Day',
  end_date: 'columns End Year, End Month, End Day',
  'text.headline': 'column Headline',
  text: 'column Text',
  'media.url': 'column Media',
};

function readSheetRow(
  row: string[],
  rowNumber: number,
  cell: Cell,
  fields: FieldReader,
  onTitle: (slide: { title: string; text: string }) => void,
  periods: Period[],
): TimelineEvent | null | 'not an event' {
  const type = cell(row, 'Type').toLowerCase();
  const date = (prefix: string) => ({
    year: cell(row, `${prefix}Year`),
    month: cell(row, `${prefix}Month`),
    day: cell(row, `${prefix}Day`),
    hour: cell(row, `${prefix}Time`),
  });
  const anyEnd = ['End Year', 'End Month', 'End Day', 'End Time'].some((name) => cell(row, name));
  const raw = {
    start_date: cell(row, 'Year') ? date('') : undefined,
    // Any end cell makes an end date, so an End Month without an End Year is reported.
    end_date: anyEnd ? date('End ') : undefined,
    display_date: cell(row, 'Display Date') || undefined,
    text: { headline: cell(row, 'Headline'), text: cell(row, 'Text') },
    media: {
      url: cell(row, 'Media'),
      credit: cell(row, 'Media Credit'),
      caption: cell(row, 'Media Caption'),
    },
    group: cell(row, 'Group') || undefined,
  };
  const path = `row ${rowNumber}`;
  const locate = (field: string) => `${path}, ${SHEET_PLACES[field] ?? field}`;
  if (type === 'title') {
    onTitle({ title: reduceHtml(raw.text.headline).text, text: reduceHtml(raw.text.text).text });
    return 'not an event';
  }
  if (type === 'era') {
    const label = reduceHtml(raw.text.headline).text || `Era in row ${rowNumber}`;
    const when = readSpan(raw, { subject: `era "${label}"`, path }, fields, locate);
    if (!when) return null;
    periods.push({ label, when });
    return 'not an event';
  }
  return readTimelineJsEvent(raw, path, rowNumber - 2, fields, new Set(), locate);
}

function readNativeRow(
  row: string[],
  rowNumber: number,
  cell: Cell,
  fields: FieldReader,
  takenIds: ReadonlySet<string>,
): TimelineEvent | null {
  const title = cell(row, 'title');
  const id = cell(row, 'id') || autoId(`row-${rowNumber}`, takenIds);
  const place = { subject: `event "${title || id}"`, path: `row ${rowNumber}` };
  const dateText = cell(row, 'date');
  if (!dateText) {
    fields.report(
      'error',
      { ...place, path: `row ${rowNumber}, column date` },
      'the date is empty; give it in EDTF, like 2017-12-30, 2017-12 or 2015.',
    );
    return null;
  }
  const date = parseDate(dateText);
  if (!date.ok) {
    fields.report('error', { ...place, path: `row ${rowNumber}, column date` }, date.reason);
    return null;
  }
  if (!title) {
    fields.report(
      'error',
      { ...place, path: `row ${rowNumber}, column title` },
      'the title is empty; every event needs one.',
    );
    return null;
  }
  const list = (name: string) =>
    cell(row, name)
      .split(/[;|]/)
      .map((v) => v.trim())
      .filter(Boolean);
  const address = cell(row, 'source url');
  const url = address && isSafeLink(address) ? address : null;
  if (address && !url) {
    fields.report(
      'warning',
      { ...place, path: `row ${rowNumber}, column source url` },
      `"${address.slice(0, 80)}" is not an http or https address, so no link is made.`,
    );
  }
  const quote = cell(row, 'quote');
  return {
    id,
    title,
    summary: cell(row, 'summary'),
    when: date.span,
    dateBasis: null,
    actors: list('actors'),
    places: list('places'),
    tags: list('tags'),
    sources: [],
    citations: quote ? [{ quote, url }] : [],
    displayDate: null,
    media: null,
    links: !quote && url ? [{ text: url, url }] : [],
  };
}
