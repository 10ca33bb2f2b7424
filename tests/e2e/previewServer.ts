import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const PORT = Number(process.env.PREVIEW_PORT ?? 4317);

/**
 * Serves the production build (dist/, made by `npm run build` before the browser tests) with
 * vite preview. The vite binary is started directly, not through npx, so that stopping it
 * leaves no server behind.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html'))
    throw new Error('No production build: run `npm run build` first.');
  const server: ChildProcess = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const baseUrl = `http://127.0.0.1:${PORT}/`;
  await waitForServer(baseUrl, server);
  project.provide('baseUrl', baseUrl);
  return async () => {
    server.kill();
    await new Promise((resolve) => server.once('exit', resolve));
  };
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) throw new Error(`vite preview exited:\n${output}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`vite preview did not answer at ${url}:\n${output}`);
}
