import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Connector {
  /** The `serviceUrl` simulated members send: proactive messages come back here. */
  readonly url: string;
  /** Proactive activities received (e.g. "your account is approved"). */
  received(): number;
  close(): Promise<void>;
}

/**
 * Stands in for the Bot Framework connector service: the bot posts proactive messages (decision
 * notices, invoices) to the conversation's serviceUrl; this accepts them with 200 and counts them.
 */
export async function startConnector(): Promise<Connector> {
  let count = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.method === 'POST' && /\/v3\/conversations\//.test(req.url ?? '')) count++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `bench-${count}` }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    received: () => count,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
