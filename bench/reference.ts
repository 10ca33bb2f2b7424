// The benchmark's reference library, measured beside Sourceline in the same run: the issue's
// 10,000-event target is "10× faster than the widely used timeline library", which it timed
// at 3.7 s on this kind of machine, and a shared machine's speed drifts from day to day.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const REFERENCE = {
  name: 'vis-timeline',
  version: '8.5.4',
  // As the npm registry published it; a package that does not match is not used.
  integrity:
    'sha512-Xt7RNrRvOkQiSyk6vFTXSRwTunT0y9MzDgHY8N8H9nPuebJ6Vg+u3xnv0Swbxna/Pa2E3HjaBblEIQiK74E01Q==',
};

// Its standalone build, which bundles what it needs: fetched once, on the first run, rather
// than installed with the project (with its peers it would be 115 MB of node_modules for a
// number the tests never need).
const CACHE = join(
  'node_modules',
  '.cache',
  'sourceline-bench',
  `${REFERENCE.name}-${REFERENCE.version}`,
);
const BUILD = join(CACHE, 'package', 'standalone', 'umd');
// The standalone build puts its own style sheet on the page.
const FILES = ['vis-timeline-graph2d.min.js'];

/** Fetches the reference library unless it is already here; the reason when it cannot be. */
export function fetchReference(): string | null {
  // Written last: a fetch or extraction cut short is not taken for a finished one.
  const done = join(CACHE, 'fetched');
  if (existsSync(done)) return null;
  try {
    mkdirSync(CACHE, { recursive: true });
    const [packed] = JSON.parse(
      execFileSync(
        'npm',
        ['pack', `${REFERENCE.name}@${REFERENCE.version}`, '--json', '--pack-destination', CACHE],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
      ),
    ) as { filename: string; integrity: string }[];
    if (!packed) return 'npm pack gave no package';
    const tarball = join(CACHE, packed.filename);
    if (packed.integrity !== REFERENCE.integrity) {
      rmSync(tarball, { force: true });
      return `the package fetched is not the one expected (integrity ${packed.integrity})`;
    }
    execFileSync('tar', [
      '-xzf',
      tarball,
      '-C',
      CACHE,
      ...FILES.map((file) => `package/standalone/umd/${file}`),
    ]);
    rmSync(tarball);
    writeFileSync(done, `${REFERENCE.integrity}\n`);
    return null;
  } catch (error) {
    // npm's own words (its error code and message), not the "Command failed" line, its stack
    // or the path of its log.
    const said = String((error as { stderr?: unknown }).stderr ?? '')
      .split('\n')
      .filter((line) => line.startsWith('npm error '))
      .map((line) => line.slice('npm error '.length))
      .filter((line) => !/^(\s|A complete log|syscall|errno)/.test(line))
      .slice(0, 2)
      .join('; ');
    return `${REFERENCE.name} ${REFERENCE.version} could not be fetched from the npm registry (${said || String(error).split('\n')[0]})`;
  }
}

/** Serves the reference page at /bench/reference/ and the library's files beside it. */
export function referencePage(): Plugin {
  const page = readFileSync(join('bench', 'reference.html'));
  return {
    name: 'bench-reference',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0];
        if (path === '/bench/reference/') {
          response.setHeader('Content-Type', 'text/html');
          return response.end(page);
        }
        const file = FILES.find((name) => path === `/bench/reference/${name}`);
        if (!file) return next();
        response.setHeader('Content-Type', 'text/javascript');
        response.end(readFileSync(join(BUILD, file)));
      });
    },
  };
}
