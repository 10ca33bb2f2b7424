import { isObject } from '../data/fieldReader.ts';
import { loadDataset, type DatasetLoad } from '../data/loadDataset.ts';
import { JsonSyntaxNeeded, parseJson, type JsonParse } from '../data/parseJson.ts';
import { CODE_MISSING, CodeNotLoaded, loadCode } from '../data/codeLoading.ts';
import { failedLoad } from '../data/problem.ts';
import { withReadingCode } from '../data/withReadingCode.ts';
import type { DataFormat } from './formats.ts';

export { FORMAT_NAMES, type DataFormat } from './formats.ts';

export interface AnyDatasetLoad extends DatasetLoad {
  /** The format read (detected, or as the reader chose); null when the file could not be read. */
  readonly format: DataFormat | null;
}

/**
 * What format a file is in, from its content: JSON with `articles` is Sourceline's, JSON whose
 * events have `start_date` (or a `title` slide) is TimelineJS's; CSV is told apart by its header.
 */
export async function detectFormat(text: string): Promise<DataFormat | null> {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (looksLikeJson(start)) {
    try {
      return jsonFormat(parseJson(start));
    } catch (error) {
      // Broken JSON is read as Sourceline's, whose reader says what is wrong with it.
      if (error instanceof JsonSyntaxNeeded) return 'sourceline';
      throw error;
    }
  }
  const { csvKind, parseCsv } = await loadCode(() => import('./readCsv.ts'));
  return csvKind(parseCsv(start.slice(0, 64 * 1024)).header);
}

function looksLikeJson(text: string): boolean {
  return text.startsWith('{') || text.startsWith('[');
}

/** Which JSON format parsed JSON is; JSON that does not parse is left to Sourceline's reader. */
function jsonFormat(parsed: JsonParse): DataFormat {
  if (!parsed.ok || !isObject(parsed.value)) return 'sourceline';
  const json = parsed.value;
  const events = Array.isArray(json.events) ? json.events : [];
  const looksTimelineJs =
    isObject(json.title) || events.some((e) => isObject(e) && 'start_date' in e);
  return 'articles' in json || !looksTimelineJs ? 'sourceline' : 'timelinejs';
}

/**
 * Opens a file in any supported format: detected from its content unless `format` says. Never
 * fails; an empty, binary or unrecognised file gets a report that says what it is. The readers
 * of other formats (CSV, TimelineJS), the EDTF grammar and the code that says why a file is not
 * valid JSON load only for files that need them: most of the code, which a Sourceline JSON file
 * would otherwise wait for. When a reader or the grammar cannot be fetched, the report says so,
 * not that the file is at fault.
 */
export async function loadAnyDataset(
  text: string,
  options: { file?: string; format?: DataFormat | null; encodingNote?: string | null } = {},
): Promise<AnyDatasetLoad> {
  let load: AnyDatasetLoad;
  try {
    load = await loadText(text, options);
  } catch (error) {
    if (!(error instanceof CodeNotLoaded)) throw error;
    load = { ...failedLoad(options.file, CODE_MISSING), format: null };
  }
  if (!options.encodingNote) return load;
  const note = {
    severity: 'warning' as const,
    file: options.file,
    path: '',
    message: options.encodingNote,
  };
  return { ...load, problems: [note, ...load.problems] };
}

async function loadText(
  text: string,
  options: { file?: string; format?: DataFormat | null },
): Promise<AnyDatasetLoad> {
  const { file } = options;
  const fail = (message: string): AnyDatasetLoad => ({
    ...failedLoad(file, message),
    format: null,
  });
  if (text.trim() === '') return fail('the file is empty.');
  if (looksBinary(text)) {
    return fail(
      'this is not a text file (it holds binary data, like an image, a spreadsheet or a zip). Open a JSON or CSV file; from Google Sheets or Excel, save as CSV first.',
    );
  }
  if (/^\s*<(!doctype|html|head|body)/i.test(text)) {
    return fail(
      'this is a web page (HTML), not a dataset. Save or link the .json or .csv file itself.',
    );
  }
  // JSON is parsed once, for telling its format and for reading it (a file may be 50 MB).
  const body = text.replace(/^\uFEFF/, '');
  const parsed = looksLikeJson(body.trimStart())
    ? await withReadingCode(() => parseJson(body))
    : null;
  const format = options.format ?? (parsed ? jsonFormat(parsed) : await detectFormat(body));
  // The reader for the format, run once it is chosen (and its code is here) through
  // withReadingCode, which loads what a date or a broken file turns out to need.
  let read: () => DatasetLoad;
  switch (format) {
    case 'sourceline': {
      // Broken JSON is said to be so once, not parsed (and explained) again by the reader.
      if (parsed && !parsed.ok) return { ...fail(parsed.reason), format };
      const json = parsed ? parsed.value : body;
      read = () => loadDataset(json, { file });
      break;
    }
    case 'timelinejs': {
      if (!parsed?.ok) return { ...fail(parsed ? parsed.reason : 'the file is not JSON.'), format };
      const json = parsed.value;
      if (!isObject(json))
        return { ...fail('a TimelineJS file must be a JSON object with "events".'), format };
      const { readTimelineJs } = await loadCode(() => import('./readTimelineJs.ts'));
      read = () => readTimelineJs(json, file);
      break;
    }
    case 'timelinejs-csv':
    case 'native-csv': {
      const { readCsv } = await loadCode(() => import('./readCsv.ts'));
      read = () => readCsv(text, format, file);
      break;
    }
    default:
      return fail(
        "this file is neither JSON nor a CSV with a header Sourceline knows. It opens Sourceline JSON, TimelineJS JSON, the CSV export of TimelineJS's Google Sheet (columns Year, Month, Day, … Headline, Text) and a simple CSV (columns date, title, summary, actors, tags, source url, quote).",
      );
  }
  return { ...(await withReadingCode(read)), format };
}

/** NUL characters, or many replacement characters, mean the bytes were not text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  const replaced = sample.match(/\uFFFD/g)?.length ?? 0;
  return replaced > sample.length * 0.05;
}
