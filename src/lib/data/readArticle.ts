import type { Article } from '../model/types.ts';
import { parseDate } from '../model/dateSpan.ts';
import { isSafeLink } from './safeLink.ts';
import { FieldReader, isObject, kindOf, type Place } from './fieldReader.ts';

const ARTICLE_FIELDS = [
  'id',
  'title',
  'outlet',
  'url',
  'published',
  'publishedBasis',
  'language',
  'text',
];

/** Reads one article; null (with errors reported) when it cannot serve as a source. */
export function readArticle(
  raw: unknown,
  index: number,
  fields: FieldReader,
  defaultLanguage: string,
): Article | null {
  const path = `articles[${index}]`;
  if (!isObject(raw)) {
    fields.report(
      'error',
      { path },
      `each article must be an object, but this one is ${kindOf(raw)}.`,
    );
    return null;
  }
  const id = fields.text(raw, 'id', { subject: `article ${index + 1}`, path }, true);
  const place: Place = { subject: id ? `article "${id}"` : `article ${index + 1}`, path };
  fields.unknownKeys(raw, ARTICLE_FIELDS, place);
  const title = fields.text(raw, 'title', place, true);
  const outlet = fields.text(raw, 'outlet', place, true);
  const text = fields.text(raw, 'text', place, true);
  const publishedText = fields.text(raw, 'published', place, true);
  const publishedBasis = fields.text(raw, 'publishedBasis', place, false);
  const language = fields.text(raw, 'language', place, false) ?? defaultLanguage;
  const address = fields.text(raw, 'url', place, false);

  let published = null;
  if (publishedText !== null) {
    const parsed = parseDate(publishedText);
    const at = { ...place, path: `${path}.published` };
    if (!parsed.ok) fields.report('error', at, parsed.reason);
    else if (
      !parsed.span.single ||
      typeof parsed.span.start === 'string' ||
      parsed.span.start.precision !== 'day'
    ) {
      fields.report(
        'error',
        at,
        `"${publishedText}" must be a single day, like 2017-12-30: relative dates in the article are worked out from it.`,
      );
    } else published = parsed.span.start.first;
  }
  if (published && publishedBasis === null) {
    fields.report(
      'warning',
      place,
      `"publishedBasis" is missing: say how the publication date is known (printed on the page, or found another way).`,
    );
  }
  let url: string | null = null;
  if (address !== null) {
    if (isSafeLink(address)) url = address;
    else
      fields.report(
        'error',
        { ...place, path: `${path}.url` },
        `"${address}" is not a web address starting with http:// or https://, so no link to the article is shown.`,
      );
  }
  if (id === null || title === null || outlet === null || text === null || published === null)
    return null;
  return {
    id,
    title,
    outlet,
    url,
    published,
    publishedBasis: publishedBasis ?? '',
    language,
    text,
  };
}
