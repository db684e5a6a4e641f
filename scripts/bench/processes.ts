import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resident set size of a process in MB (Linux /proc), 0 when it cannot be read. */
export function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}

export interface ServerProcess {
  readonly name: string;
  readonly url: string;
  readonly child: ChildProcess;
  /** Last lines the process wrote (shown when it dies or misbehaves). */
  output(): string;
  /** Peak RSS since the last `resetPeak()`, sampled every 250 ms. */
  peakRssMb(): number;
  resetPeak(): void;
  /** A counter from /metrics (`db_queries_total`), undefined when the server does not expose it. */
  metric(name: string): Promise<number | undefined>;
  stop(): Promise<void>;
}

/**
 * Starts an entry point as its own Node process and waits until `readyPath` answers 200: a
 * TypeScript file (the baselines) through tsx, a JavaScript one (`scripts/start.mjs`, which runs
 * the built bot exactly as `npm start` does) as it is.
 */
export async function startServer(name: string, entry: string, env: Record<string, string>, readyPath = '/readyz'): Promise<ServerProcess> {
  const port = await freePort();
  // BENCH_NODE_ARGS adds Node flags to every server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...nodeArgs, ...loader, entry], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  const exit = new Promise<void>((done) =>
    child.once('exit', () => {
      exited = true;
      done();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited) throw new Error(`${name} exited before it was ready:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} was not ready within 180 s:\n${output}`);
    }
    const ok = await fetch(`${url}${readyPath}`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(child.pid))), 250);
  sampler.unref();
  return {
    name,
    url,
    child,
    output: () => output,
    peakRssMb: () => Math.max(peak, rssMb(child.pid)),
    resetPeak: () => (peak = rssMb(child.pid)),
    async metric(metricName) {
      const text = await fetch(`${url}/metrics`).then(
        (r) => (r.ok ? r.text() : ''),
        () => '',
      );
      const match = new RegExp(`^${metricName}(?:\\{[^}]*\\})? ([0-9.e+]+)$`, 'm').exec(text);
      return match?.[1] === undefined ? undefined : Number(match[1]);
    },
    async stop() {
      clearInterval(sampler);
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
      await exit;
      clearTimeout(timer);
    },
  };
}
