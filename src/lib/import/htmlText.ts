import { Parser } from 'htmlparser2';
import { isSafeLink } from '../data/safeLink.ts';

/** A link kept from HTML: its words and its (http or https) address. */
export interface KeptLink {
  readonly text: string;
  readonly url: string;
}

export interface ReducedHtml {
  /** The words, with paragraphs and line breaks as new lines and entities decoded. */
  readonly text: string;
  /** Links with an http(s) address, in order. */
  readonly links: readonly KeptLink[];
  /** Addresses of links left out because they were not http(s) (javascript:, data:…). */
  readonly droppedLinks: readonly string[];
}

const BLOCKS = new Set([
  'table',
  'tr',
  'td',
  'th',
  'caption',
  'dl',
  'dt',
  'dd',
  'hr',
  'pre',
  'figure',
  'figcaption',
  'header',
  'footer',
  'option',
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'tr',
  'section',
  'article',
]);
const SILENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);

/**
 * Reduces untrusted HTML (TimelineJS's `text`) to plain text and the links worth keeping. No
 * markup survives: the app shows the result as text, so nothing in it can run or restyle the page.
 */
export function reduceHtml(html: string): ReducedHtml {
  let text = '';
  const links: KeptLink[] = [];
  const droppedLinks: string[] = [];
  let silent = 0;
  let link: { href: string; start: number } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SILENT.has(name)) silent++;
        if (BLOCKS.has(name)) text += '\n';
        if (name === 'a' && attributes.href !== undefined) {
          link = { href: attributes.href.trim(), start: text.length };
        }
      },
      ontext(words) {
        if (!silent) text += words.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (SILENT.has(name)) silent = Math.max(0, silent - 1);
        // <br> and <hr> are void: their opening already broke the line.
        if (BLOCKS.has(name) && name !== 'br' && name !== 'hr') text += '\n';
        if (name === 'a' && link) {
          const url = isSafeLink(link.href) ? link.href : null;
          const words = text.slice(link.start).trim();
          if (url) links.push({ text: words || url, url });
          else if (link.href) droppedLinks.push(link.href);
          link = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const lines = text
    .split('\n')
    .map((line) => line.replace(/ +/g, ' ').trim())
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''));
  return { text: lines.join('\n').trim(), links, droppedLinks };
}
