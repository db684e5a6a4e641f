import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface HttpResult {
  readonly status: number;
  readonly body: string;
  /** Request start to the last byte of the response. */
  readonly ms: number;
}

class StaleSocketError extends Error {
  override readonly name = 'StaleSocketError';
}

/**
 * A keep-alive HTTP/1.1 client with a bounded socket pool, like a channel's connector: one pool
 * per load level, so the number of sockets follows the number of simulated members.
 */
export class HttpClient {
  readonly #agent: Agent;
  readonly #base: URL;

  constructor(
    base: string,
    private readonly maxSockets: number,
    private readonly timeoutMs = 30_000,
  ) {
    this.#base = new URL(base);
    this.#agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  async send(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    // The server closed an idle keep-alive socket just as we reused it: nothing reached it, so send
    // again (Node's documented remedy; the bot also dedupes activity ids). After a quiet spell every
    // pooled socket may be stale, so try as many as the pool can hold.
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#once(method, path, payload, headers);
      } catch (error) {
        if (!(error instanceof StaleSocketError) || attempt >= this.maxSockets) throw error;
      }
    }
  }

  #once(method: string, path: string, payload: Buffer | undefined, headers: Record<string, string>): Promise<HttpResult> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: this.#base.hostname,
          port: this.#base.port,
          method,
          path,
          agent: this.#agent,
          headers: {
            ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.byteLength) } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
          res.on('error', reject);
        },
      );
      req.setTimeout(this.timeoutMs, () => req.destroy(new Error(`timeout after ${this.timeoutMs} ms`)));
      req.on('error', (error: NodeJS.ErrnoException) =>
        reject(req.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE') ? new StaleSocketError(error.message) : error),
      );
      req.end(payload);
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}
