/**
 * Load on one simple turn ("menu" → menu card) over HTTP with expectReplies, against the real
 * server process. Usage: npm run bench:turn -- [--connections 10] [--duration 10]
 * PostgreSQL when BENCH_DATABASE_URL (or DATABASE_URL) is set, else PGlite in a temporary DATA_DIR.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: { connections: { type: 'string', default: '10' }, duration: { type: 'string', default: '10' } },
});
const connections = Number(values.connections);
const duration = Number(values.duration);
const databaseUrl = process.env['BENCH_DATABASE_URL'] ?? process.env['DATABASE_URL'];

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

const port = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'cps-bench-'));
const child = spawn(process.execPath, ['--import', 'tsx', 'bot/server.ts'], {
  cwd: resolve(import.meta.dirname, '..'),
  env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;
try {
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const run = randomUUID().slice(0, 8);
  const activity = (conversation: string, text: string) =>
    JSON.stringify({
      type: 'message', id: randomUUID(), channelId: 'bench', serviceUrl: 'http://127.0.0.1/bench',
      from: { id: `${conversation}-user` }, recipient: { id: 'bot' }, conversation: { id: conversation },
      locale: 'da', text, deliveryMode: 'expectReplies',
    });
  // Warm up: every connection's conversation has a member and state before measuring.
  for (let c = 0; c < connections; c++) {
    await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: activity(`bench-${run}-${c}`, 'hej') });
  }
  let next = 0;
  const result = await autocannon({
    url: `${url}/api/messages`,
    connections,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request, context: { conversation?: string }) => {
          context.conversation ??= `bench-${run}-${next++ % connections}`;
          return { ...request, body: activity(context.conversation, 'menu') };
        },
      },
    ],
  });
  const summary = {
    db: databaseUrl ? 'postgres' : 'pglite',
    connections,
    turnsPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    rssMB: rssMb(child.pid ?? 0),
  };
  console.log(JSON.stringify(summary));
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
