import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const TLS = join(import.meta.dirname, 'tls');
/** The test certificate authority (the self-signed certificate itself); see tls/README.md. */
export const TEST_CA = readFileSync(join(TLS, 'cert.pem'));

export interface HttpsTestServer {
  readonly port: number;
  /** Paths requested so far, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** A real HTTPS server on 127.0.0.1 with the test certificate (names files.test, other.test, inside.test). */
export async function startHttpsServer(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<HttpsTestServer> {
  const requests: string[] = [];
  const server: Server = createServer({ key: readFileSync(join(TLS, 'key.pem')), cert: TEST_CA }, (req, res) => {
    requests.push(req.url ?? '');
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
