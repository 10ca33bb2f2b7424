import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A large dataset arriving slowly, from a server of its own: the start of its events, then a
 * little every 50 ms, never the end. It counts what it has sent and the downloads the browser
 * gave up before the end (a stopped download closes its connection).
 */
export interface SlowDataset {
  /** The dataset's address, on another origin that allows the page to read it (CORS). */
  readonly address: string;
  /** Pieces sent so far, over every download. */
  sent(): number;
  /** Downloads the browser gave up before the end. */
  abandoned(): number;
  close(): void;
}

export async function startSlowDataset(): Promise<SlowDataset> {
  let sent = 0;
  let abandoned = 0;
  const server = createServer((_, response) => {
    response.writeHead(200, {
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': '*',
    });
    response.write('{"title": "Slow", "events": [');
    const drip = setInterval(() => {
      response.write(' '.repeat(64 * 1024));
      sent++;
    }, 50);
    response.on('close', () => {
      clearInterval(drip);
      if (!response.writableEnded) abandoned++;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    address: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow.json`,
    sent: () => sent,
    abandoned: () => abandoned,
    close() {
      server.closeAllConnections();
      server.close();
    },
  };
}
