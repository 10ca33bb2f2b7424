import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { minifySync, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * What the first view and the parts loaded later (the details panel, the list, the readers of
 * other formats) share: the Svelte runtime, d3's zoom and the date model. Left to itself the
 * bundler splits these into many small files, which compress worse; here they are one.
 */
const SHARED = [
  /node_modules[\\/]svelte[\\/]/,
  /node_modules[\\/]d3-(?!brush)/,
  /preload-helper/,
  /src[\\/]lib[\\/]model[\\/](dateSpan|calendarDay|calendarNames|formatDate|types)\.ts$/,
  /src[\\/]lib[\\/](explore[\\/]filters|import[\\/]formats|data[\\/]problem)\.ts$/,
  /src[\\/]lib[\\/]components[\\/](lazyComponent\.svelte|textMeasure)\.ts$/,
];

/** The shared chunk's name, and its file's (the chunks loaded later are named by hash alone). */
const SHARED_NAME = 'shared';
const SHARED_FILE = new RegExp(`(^|/)${SHARED_NAME}-[^/]*\\.js$`);

/**
 * The code that reads and checks a dataset, which every page needs for its first view (the
 * bundled chronology's or its own): one file, not one per set of importers, so that index.html
 * can ask for it by name as soon as it sees an address (readingCodeFiles), with the code that
 * downloads and opens one (OPENING_CODE, one module and so one file). The reader also holds
 * what the details panel and the filter use of it, since it is always there before they are.
 */
const READER_NAME = 'reader';
const READER =
  /src[\\/]lib[\\/](data[\\/](loadDataset|readArticle|readEvent|readPeriod|fieldReader|safeLink|codeLoading|withReadingCode|parseJson)|model[\\/](anchorQuote|resolveDate|compareEvents|weekdays))\.ts$/;
const OPENING_CODE = /src[\\/]lib[\\/]import[\\/]openingCode\.ts$/;
/** The reader's chunk, or the opening code's. */
const isReadingCode = (chunk: { name: string; facadeModuleId: string | null }) =>
  chunk.name === READER_NAME || OPENING_CODE.test(chunk.facadeModuleId ?? '');

/**
 * Chunks V8 is told to compile in full as they download, on another thread (the explicit
 * compile hint of Chrome 136 and later, a comment other browsers ignore), instead of function
 * by function on the page as each first runs: the first view's code and the code that reads a
 * dataset, nearly all of which runs on the way to the first view. The comment must open the
 * file, so it is added last, after Vite has put its own lines at the top.
 */
function compileHints(): Plugin {
  return {
    name: 'sourceline:compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          const eager = chunk.isEntry || chunk.name === SHARED_NAME || isReadingCode(chunk);
          if (eager) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
}

/**
 * Minifies index.html's inline script (the early download of ?data=), which Vite leaves as
 * written: every page carries it, and it counts in the first download (bench/firstDownload.ts).
 */
function minifyInlineScripts(): Plugin {
  return {
    name: 'sourceline:minify-inline-scripts',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(/<script>([\s\S]*?)<\/script>/g, (_, code: string) => {
        const minified = minifySync('index.html.js', code);
        if (minified.errors.length) throw new Error(`index.html: ${minified.errors[0]!.message}`);
        return `<script>${minified.code.trim()}</script>`;
      });
    },
  };
}

/**
 * Puts the reading code's files (READER and OPENING_CODE) in index.html's script, where it says
 * READING_CODE: a page opened on an address asks for them beside its own code, instead of once
 * that has arrived and run. During development, where nothing is bundled, the list is empty.
 */
function readingCodeFiles(): Plugin {
  let base = '/';
  return {
    name: 'sourceline:reading-code-files',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      // After minifyInlineScripts, which keeps the name as it is.
      order: 'post',
      handler(html, { bundle }) {
        const files = Object.values(bundle ?? {}).flatMap((chunk) =>
          chunk.type === 'chunk' && isReadingCode(chunk) ? [base + chunk.fileName] : [],
        );
        if (bundle && files.length !== 2)
          throw new Error(
            `index.html: the build should have two files of reading code, not ${files.length}`,
          );
        if (!html.includes('READING_CODE')) throw new Error('index.html: no READING_CODE');
        return html.replace('READING_CODE', () => JSON.stringify(files));
      },
    },
  };
}

export default defineConfig({
  plugins: [svelte(), compileHints(), minifyInlineScripts(), readingCodeFiles()],
  resolve: {
    // The timeline animates zoom, never a colour: d3-color's parser stays out (noColours.ts).
    alias: [
      {
        find: /^d3-color$/,
        replacement: fileURLToPath(new URL('./src/lib/shims/noColours.ts', import.meta.url)),
      },
    ],
  },
  build: {
    target: 'es2022',
    // The manifest lists each chunk's static imports: the benchmark sums the first download
    // from it.
    manifest: true,
    // No polyfill for module preloading: the few browsers that run ES2022 without it (Safari
    // 15.4–16, Firefox before 115) only fetch the preloaded chunks a little later. The page
    // preloads the shared chunk with the entry; the code loaded later does not name it again
    // (it is always there by then), which keeps the first download's list of files short.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_, deps, { hostType }) =>
        hostType === 'html' ? deps : deps.filter((dep) => !SHARED_FILE.test(dep)),
    },
    rolldownOptions: {
      output: {
        // The code loaded later is named by its hash alone: the first download carries the
        // list of those files to preload, and names cost bytes there.
        chunkFileNames: (chunk) =>
          chunk.name === SHARED_NAME ? `assets/${SHARED_NAME}-[hash].js` : 'assets/[hash].js',
        assetFileNames: 'assets/[hash][extname]',
        codeSplitting: {
          groups: [
            { name: SHARED_NAME, test: (id: string) => SHARED.some((path) => path.test(id)) },
            { name: READER_NAME, test: (id: string) => READER.test(id) },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.ts'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/previewServer.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
