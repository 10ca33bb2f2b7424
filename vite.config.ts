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

const READING_CODE = /src[\\/]lib[\\/]data[\\/](codeLoading|withReadingCode|parseJson)\.ts$/;

/**
 * Chunks V8 is told to compile in full as they download, on another thread (the explicit
 * compile hint of Chrome 136 and later, a comment other browsers ignore), instead of function
 * by function on the page as each first runs: the first view's code and the code that reads a
 * dataset, nearly all of which runs on the way to the first view. The comment must open the
 * file, so it is added last, after Vite has put its own lines at the top.
 */
function compileHints(): Plugin {
  const reading =
    /src[\\/]lib[\\/](data[\\/](fetchDataset|loadDataset)|import[\\/](openDataset|loadAnyDataset))\.ts$/;
  return {
    name: 'sourceline:compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          const eager =
            chunk.isEntry ||
            chunk.name === SHARED_NAME ||
            chunk.moduleIds.some((id) => reading.test(id));
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

export default defineConfig({
  plugins: [svelte(), compileHints(), minifyInlineScripts()],
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
            // Loading reading code on demand, and the parser that asks for the JSON syntax
            // checker (which registers with it): needed by readers and by the filter alike, one
            // file, not one per module (each has its own set of importers).
            { name: 'readingCode', test: READING_CODE },
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
