/**
 * `npm run bench`: the real onboarding against two baselines on the same stack, over HTTP.
 *
 *   npm run bench                                   # concurrency 1,10,100 for 10 s each, PGlite
 *   BENCH_DATABASE_URL=postgres://… npm run bench   # on PostgreSQL (a fresh database per run)
 *   npm run bench -- --members 1000                 # 1,000 onboardings at once, errors reported
 *
 * Flags: --concurrency 1,10,100  --duration 10 (s per level)  --members N  --warmup 10 (s)
 * --only onboarding,naive,echo  --svg path (copy of the chart)  --out path (JSON)  --timeout 30000
 * --keep-db (PostgreSQL: use the given database itself, no fresh one)  --trace (print replies).
 * --workers N (PostgreSQL: the bot under its supervisor with N worker processes)
 * --notices N (PostgreSQL: afterwards, N proactive notices fall due at once; default 1000, 0 = skip).
 * The last line on stdout is the JSON summary at the highest concurrency.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { translator } from '../../locales';
import { LANGUAGES } from '../../domain/language';
import { createApprover, type Approver } from './backoffice';
import { echoScenario, naiveScenario } from './baselineScenarios';
import { latencyChart } from './chart';
import { startConnector, type Connector } from './connector';
import { newSession, runLevel, type DriverOptions, type Scenario, type Session } from './driver';
import { HttpClient } from './http';
import { onboardingScenario } from './onboarding';
import { ROOT, startServer, type ServerProcess } from './processes';
import { Recorder, summarise, type LatencySummary } from './stats';

const { values } = parseArgs({
  options: {
    concurrency: { type: 'string' },
    duration: { type: 'string', default: '10' },
    members: { type: 'string' },
    warmup: { type: 'string', default: '10' },
    only: { type: 'string', default: 'onboarding,naive,echo' },
    svg: { type: 'string' },
    out: { type: 'string' },
    timeout: { type: 'string', default: '30000' },
    'keep-db': { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
    workers: { type: 'string' },
    notices: { type: 'string', default: '1000' },
  },
});

function positiveInt(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} needs a positive whole number, got “${text}”`);
  return n;
}

const members = values.members === undefined ? undefined : positiveInt('members', values.members);
const levels = (values.concurrency ?? (members ? String(members) : '1,10,100')).split(',').map((c) => positiveInt('concurrency', c.trim()));
const durationSec = positiveInt('duration', values.duration);
const warmupSec = Number(values.warmup);
const timeoutMs = positiveInt('timeout', values.timeout);
const only = new Set(values.only.split(',').map((s) => s.trim()));
const databaseUrl = process.env['BENCH_DATABASE_URL'] ?? process.env['DATABASE_URL'];
const db = databaseUrl ? 'postgres' : 'pglite';
const runId = randomUUID().slice(0, 8);
const log = (line: string) => process.stderr.write(`${line}\n`);

interface LevelReport extends LatencySummary {
  readonly concurrency: number;
  readonly seconds: number;
  readonly membersStarted: number;
  readonly membersCompleted: number;
  readonly errors: number;
  readonly errorsByStep: Record<string, number>;
  readonly firstErrors: string[];
  readonly dbQueriesPerTurn: number | null;
  readonly rssMB: number;
  /** p50/p99 per step (ms), to see where the time goes. */
  readonly steps: Record<string, { turns: number; p50Ms: number; p99Ms: number }>;
}

interface ScenarioReport {
  readonly name: string;
  readonly levels: LevelReport[];
  readonly notes: string[];
  readonly extra: Record<string, unknown>;
}

/** PostgreSQL: a fresh database for this run, so numbers do not depend on earlier runs' rows. */
async function freshPostgres(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (values['keep-db']) return { url, drop: async () => {} };
  const name = `cps_bench_${runId}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return {
    url: fresh.toString(),
    async drop() {
      const dropper = postgres(url, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

function driverOptions(client: HttpClient, recorder: Recorder, connector: Connector): DriverOptions {
  return {
    client,
    recorder,
    runId,
    serviceUrl: connector.url,
    locales: ['da', 'sv', 'nl', 'en'],
    failureTexts: LANGUAGES.map((language) => translator(language)('error.apology')),
    trace: values.trace,
  };
}

/** One member, one turn at a time, with db_queries_total read around every turn: round trips per step. */
async function profileQueries(server: ServerProcess, scenario: Scenario, connector: Connector): Promise<{ step: string; queries: number }[]> {
  const client = new HttpClient(server.url, 2, timeoutMs);
  const perStep: { step: string; queries: number }[] = [];
  try {
    const session = newSession(driverOptions(client, new Recorder(), connector), () => false);
    const profiled: Session = {
      ...session,
      expired: false,
      async turn(step, activity) {
        const before = await server.metric('db_queries_total');
        const replies = await session.turn(step, activity);
        const after = await server.metric('db_queries_total');
        if (before !== undefined && after !== undefined) perStep.push({ step, queries: after - before });
        return replies;
      },
    };
    await scenario.member(profiled);
  } catch (error) {
    // The measured levels report errors per step; here one failing member only shortens the profile.
    log(`  the profiling member failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    client.close();
  }
  return perStep;
}

/** A server under test with its scenario. */
interface Subject {
  readonly server: ServerProcess;
  readonly scenario: Scenario;
  readonly levels: LevelReport[];
  readonly extra: () => Record<string, unknown>;
  close(): Promise<void>;
}

/**
 * Unmeasured load before the first level, at the highest level's concurrency (at most 100): the
 * JIT has compiled the hot paths, the database pool has all its connections open and their
 * statements prepared, and the heap has grown to its working size, for every scenario alike.
 */
async function warm(subject: Subject, connector: Connector): Promise<void> {
  if (warmupSec <= 0) return;
  const concurrency = Math.min(100, Math.max(...levels));
  const client = new HttpClient(subject.server.url, concurrency, timeoutMs);
  await runLevel(subject.scenario, driverOptions(client, new Recorder(), connector), { concurrency, durationSec: warmupSec });
  client.close();
}

async function measureLevel(subject: Subject, concurrency: number, connector: Connector): Promise<LevelReport> {
  const { server, scenario } = subject;
  const client = new HttpClient(server.url, concurrency, timeoutMs);
  const recorder = new Recorder();
  const queriesBefore = await server.metric('db_queries_total');
  server.resetPeak();
  const load = members ? { concurrency, members } : { concurrency, durationSec };
  const result = await runLevel(scenario, driverOptions(client, recorder, connector), load);
  const queriesAfter = await server.metric('db_queries_total');
  client.close();
  const summary = summarise(recorder.latencies, result.seconds);
  const report: LevelReport = {
    concurrency,
    ...summary,
    seconds: Math.round(result.seconds * 10) / 10,
    membersStarted: result.membersStarted,
    membersCompleted: result.membersCompleted,
    errors: recorder.errors,
    errorsByStep: Object.fromEntries(recorder.errorsByStep),
    firstErrors: recorder.firstErrors,
    dbQueriesPerTurn:
      queriesBefore === undefined || queriesAfter === undefined || summary.turns === 0 ? null : Math.round(((queriesAfter - queriesBefore) / summary.turns) * 10) / 10,
    rssMB: server.peakRssMb(),
    steps: Object.fromEntries(
      [...recorder.byStep].map(([step, latencies]) => {
        const s = summarise(latencies, result.seconds);
        return [step, { turns: s.turns, p50Ms: s.p50Ms, p99Ms: s.p99Ms }];
      }),
    ),
  };
  log(
    `  ${scenario.name} c=${concurrency}: ${report.turnsPerSec} turns/s, p50 ${report.p50Ms} ms, p99 ${report.p99Ms} ms, ${report.errors} errors, ` +
      `${report.membersCompleted}/${report.membersStarted} members done${report.firstErrors.length ? `\n    first errors: ${report.firstErrors.join('\n    ')}` : ''}`,
  );
  return report;
}

function table(reports: readonly ScenarioReport[]): string {
  const header = ['scenario', 'conc', 'members', 'turns', 'turns/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors', 'db q/turn', 'RSS MB'];
  const rows = reports.flatMap((r) =>
    r.levels.map((l) => [
      r.name,
      String(l.concurrency),
      `${l.membersCompleted}/${l.membersStarted}`,
      String(l.turns),
      String(l.turnsPerSec),
      String(l.p50Ms),
      String(l.p95Ms),
      String(l.p99Ms),
      String(l.maxMs),
      String(l.errors),
      l.dbQueriesPerTurn === null ? '–' : String(l.dbQueriesPerTurn),
      String(l.rssMB),
    ]),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i < 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i < 1 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const loadBefore = loadavg().map((n) => Math.round(n * 10) / 10);
  log(`bench ${runId}: ${db}, concurrency ${levels.join(',')}, ${members ? `${members} members per level` : `${durationSec} s per level`}, ${cpus().length} CPUs, load ${loadBefore.join(' ')}, Node ${process.version}`);
  const database = databaseUrl ? await freshPostgres(databaseUrl) : undefined;
  const connector = await startConnector();
  const tempDirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cps-bench-'));
    tempDirs.push(dir);
    return dir;
  };
  const dbEnv = (): Record<string, string> => (database ? { DATABASE_URL: database.url } : { DATA_DIR: dataDir() });
  const subjects: Subject[] = [];
  const reports: ScenarioReport[] = [];
  let notices: { count: number; seconds: number | null } | null = null;
  try {
    // All servers run side by side (idle but for the one being measured), and every level measures
    // each scenario in turn: on a shared machine whose load drifts, the three stay comparable.
    if (only.has('echo')) {
      log('starting the echo baseline (botbuilder CloudAdapter + restify, expectReplies)…');
      const server = await startServer('echo', 'scripts/bench/baselines/echo.ts', {});
      subjects.push({ server, scenario: echoScenario(), levels: [], extra: () => ({}), close: () => server.stop() });
    }
    if (only.has('naive')) {
      log(`starting the naive baseline (2-step waterfall, ConversationState on ${db})…`);
      const server = await startServer('naive', 'scripts/bench/baselines/naive.ts', { ...dbEnv(), CPS_COUNT_QUERIES: '1' });
      subjects.push({ server, scenario: naiveScenario(), levels: [], extra: () => ({}), close: () => server.stop() });
    }
    if (only.has('onboarding')) {
      log(`starting the bot (its build, as npm start runs it, on ${db}${values.workers ? `, ${values.workers} workers` : ''})…`);
      const token = randomBytes(24).toString('hex');
      const server = await startServer('bot', 'scripts/start.mjs', {
        ...dbEnv(),
        BACKOFFICE_TOKEN: token,
        CPS_COUNT_QUERIES: '1',
        NODE_ENV: 'development',
        RATE_LIMIT_MESSAGES_PER_MINUTE: '0',
        RATE_LIMIT_REQUESTS_PER_MINUTE: '0',
        ...(values.workers ? { WEB_CONCURRENCY: String(positiveInt('workers', values.workers)) } : {}),
      });
      const backofficeClient = new HttpClient(server.url, 16, timeoutMs);
      const approver: Approver = createApprover(backofficeClient, token);
      const scenario = onboardingScenario(runId, approver);
      const perStep = await profileQueries(server, scenario, connector);
      log(`  round trips per step (one member alone): ${perStep.map((s) => `${s.step} ${s.queries}`).join(', ')}`);
      subjects.push({
        server,
        scenario,
        levels: [],
        extra: () => {
          const waits = [...approver.waits].sort((a, b) => a - b);
          return {
            dbQueriesPerStep: perStep,
            steps: scenario.steps.map((s) => ({ name: s.name, journey: s.journey })),
            approvalWaitP50Ms: Math.round(waits[Math.floor(waits.length / 2)] ?? 0),
            approvalWaitMaxMs: Math.round(waits.at(-1) ?? 0),
            decisionPostP50Ms: Math.round([...approver.decisions].sort((a, b) => a - b)[Math.floor(approver.decisions.length / 2)] ?? 0),
            backofficeCalls: approver.calls(),
            proactiveMessagesReceived: connector.received(),
          };
        },
        async close() {
          backofficeClient.close();
          await server.stop();
        },
      });
    }
    for (const subject of subjects) await warm(subject, connector);
    for (const concurrency of levels) {
      for (const subject of subjects) subject.levels.push(await measureLevel(subject, concurrency, connector));
    }
    for (const subject of subjects) reports.push({ name: subject.scenario.name, levels: subject.levels, notes: subject.scenario.notes(), extra: subject.extra() });
    const noticeCount = Number(values.notices);
    if (database && only.has('onboarding') && noticeCount > 0) notices = await measureNotices(database.url, connector, noticeCount);
  } finally {
    for (const subject of subjects) await subject.close().catch((error: unknown) => log(`could not stop ${subject.server.name}: ${String(error)}`));
    await connector.close();
    await database?.drop().catch((error: unknown) => log(`could not drop the bench database: ${String(error)}`));
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  }

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outFile = resolve(ROOT, values.out ?? join('bench-results', `${stamp}-${db}.json`));
  const chartFile = outFile.replace(/\.json$/, '') + '.svg';
  const at = (name: string) => reports.find((r) => r.name === name)?.levels.at(-1);
  const brief = (l: LevelReport | undefined) => (l ? { turnsPerSec: l.turnsPerSec, p50Ms: l.p50Ms, p99Ms: l.p99Ms, errors: l.errors } : null);
  const onboarding = at('onboarding');
  const naive = at('naive');
  const summary = {
    db,
    concurrency: levels.at(-1),
    onboarding: brief(onboarding),
    naive: brief(naive),
    echo: brief(at('echo')),
    ratioToNaive: onboarding && naive && naive.turnsPerSec > 0 ? Math.round((onboarding.turnsPerSec / naive.turnsPerSec) * 100) / 100 : null,
    rssMB: onboarding?.rssMB ?? null,
    workers: values.workers ? Number(values.workers) : 1,
    notices,
  };
  const colors: Record<string, string> = { onboarding: '#c0392b', naive: '#2471a3', echo: '#239b56' };
  const svg = latencyChart(
    `Latency per turn on ${db === 'postgres' ? 'PostgreSQL' : 'PGlite'} (${cpus().length} CPUs)`,
    levels,
    reports.map((r) => ({ name: r.name, color: colors[r.name] ?? '#555', p50: r.levels.map((l) => l.p50Ms), p99: r.levels.map((l) => l.p99Ms) })),
  );
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(
    outFile,
    `${JSON.stringify({ runId, db, date: new Date().toISOString(), node: process.version, cpus: cpus().length, loadAverage: { before: loadBefore, after: loadavg().map((n) => Math.round(n * 10) / 10) }, levels, members: members ?? null, durationSec: members ? null : durationSec, scenarios: reports, summary }, null, 2)}\n`,
  );
  writeFileSync(chartFile, svg);
  if (values.svg) writeFileSync(resolve(ROOT, values.svg), svg);

  console.log(table(reports));
  const alone = reports.find((r) => r.name === 'onboarding')?.levels[0];
  if (alone) {
    console.log(`\nonboarding per step at concurrency ${alone.concurrency} (p50 / p99 ms):`);
    console.log(Object.entries(alone.steps).map(([step, s]) => `  ${step.padEnd(26)} ${String(s.p50Ms).padStart(8)} ${String(s.p99Ms).padStart(8)}`).join('\n'));
  }
  for (const r of reports) for (const note of r.notes) console.log(`note (${r.name}): ${note}`);
  console.log(`results: ${outFile}\nchart:   ${chartFile}${values.svg ? ` (and ${values.svg})` : ''}`);
  console.log(JSON.stringify(summary));
}

/**
 * The job runner keeping up: `count` CPS-invitation notices fall due at once for the bench's
 * onboarded members (their conversations point at the stand-in connector); the seconds until the
 * connector has received them all (null if not within 120 s).
 */
async function measureNotices(url: string, connector: Connector, count: number): Promise<{ count: number; seconds: number | null }> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const owners = await sql<{ memberId: string; businessId: string }[]>`
      select id as "memberId", business_id as "businessId" from members where business_id is not null order by created_at limit 1000`;
    if (owners.length === 0) return { count: 0, seconds: null };
    const rows = Array.from({ length: count }, (_, i) => owners[i % owners.length]!).map((o) => ({ kind: 'cps.invitation.notify', payload: sql.json(o) }));
    const before = connector.received();
    const started = performance.now();
    for (let i = 0; i < rows.length; i += 500) await sql`insert into jobs ${sql(rows.slice(i, i + 500), 'kind', 'payload')}`;
    log(`${count} notices due at once for ${owners.length} members…`);
    while (connector.received() - before < count) {
      if (performance.now() - started > 120_000) return { count: connector.received() - before, seconds: null };
      await new Promise((r) => setTimeout(r, 100));
    }
    return { count, seconds: Math.round((performance.now() - started) / 100) / 10 };
  } finally {
    await sql.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
