import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The limit on the app's first download, JavaScript and CSS gzipped (kB = 1,000 bytes). */
export const FIRST_DOWNLOAD_LIMIT = 60_000;

/**
 * The app's first download, whatever it then opens: the entry chunk and everything it imports
 * statically, with their CSS, each gzipped, from the build in `dist` (its Vite manifest), and
 * the script written into index.html (what it adds to the page, gzipped with it). Code loaded
 * later (for a dataset, or when a feature is used) is not in it.
 */
export function firstDownloadGzip(dist: string): { js: number; css: number } {
  type Chunk = { file: string; isEntry?: boolean; imports?: string[]; css?: string[] };
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    Chunk
  >;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key]!;
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach(visit);
  };
  Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry)
    .forEach(([key]) => visit(key));
  const size = (ext: string) =>
    [...files]
      .filter((file) => file.endsWith(ext))
      .reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
  return {
    js: size('.js') + inlineScriptGzip(readFileSync(join(dist, 'index.html'), 'utf8')),
    css: size('.css'),
  };
}

/**
 * What the page's inline scripts add to it, gzipped: the page is sent compressed as a whole,
 * so a script costs what the page grows by, not what it would alone.
 */
function inlineScriptGzip(html: string): number {
  const withoutScripts = html.replace(/<script>[\s\S]*?<\/script>/g, '');
  return gzipSync(html).length - gzipSync(withoutScripts).length;
}
