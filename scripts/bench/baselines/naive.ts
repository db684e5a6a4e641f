/**
 * Baseline 2: the textbook bot on the same stack and database. A two-step waterfall (ask a name,
 * then thank) with botbuilder's ConversationState over a plain Storage: one read and one upsert
 * per turn through drizzle on the same driver as the bot (postgres.js or PGlite), no transaction,
 * no lock, no dedupe, no compare-and-swap — what our turn pipeline adds is exactly what this lacks.
 * Env: PORT, DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite), CPS_COUNT_QUERIES=1 for /metrics.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, type Storage, type StoreItems } from 'botbuilder';
import { ComponentDialog, DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import { inArray, sql } from 'drizzle-orm';
import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import restify from 'restify';

const naiveState = pgTable('naive_state', { id: text('id').primaryKey(), doc: jsonb('doc').notNull() });

let queries = 0;
const logger = process.env['CPS_COUNT_QUERIES'] === '1' ? { logQuery: () => void queries++ } : false;
const databaseUrl = process.env['DATABASE_URL'];
let db: PgDatabase<PgQueryResultHKT>;
let closeDb: () => Promise<void>;
if (databaseUrl) {
  const client = postgres(databaseUrl, { max: 20, onnotice: () => {} });
  db = drizzlePostgres(client, { logger });
  closeDb = () => client.end({ timeout: 5 });
} else {
  const dir = resolve(process.env['DATA_DIR'] ?? '.data-naive');
  mkdirSync(dir, { recursive: true });
  const client = await PGlite.create({ dataDir: join(dir, 'naive-pgdata') });
  db = drizzlePglite(client, { logger });
  closeDb = () => client.close();
}
await db.execute(sql`create table if not exists naive_state (id text primary key, doc jsonb not null)`);

/** The simplest Storage on a table: last write wins. */
const storage: Storage = {
  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const rows = await db.select().from(naiveState).where(inArray(naiveState.id, keys));
    return Object.fromEntries(rows.map((row) => [row.id, row.doc]));
  },
  async write(changes: StoreItems): Promise<void> {
    for (const [id, doc] of Object.entries(changes)) {
      await db.insert(naiveState).values({ id, doc }).onConflictDoUpdate({ target: naiveState.id, set: { doc } });
    }
  },
  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await db.delete(naiveState).where(inArray(naiveState.id, keys));
  },
};

class TwoSteps extends ComponentDialog {
  constructor() {
    super('twoSteps');
    this.addDialog(
      new WaterfallDialog('steps', [
        async (step) => step.prompt('text', 'What is your company called?'),
        async (step) => {
          await step.context.sendActivity(`Thank you, ${String(step.result)}.`);
          return step.endDialog();
        },
      ]),
    );
    this.addDialog(new TextPrompt('text'));
  }
}

const conversationState = new ConversationState(storage);
const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState')).add(new TwoSteps());
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(error);
  await context.sendActivity('Sorry, something went wrong.');
};

const server = restify.createServer({ name: 'naive-baseline', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: 16 * 1024 * 1024, mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, async (context) => {
    if (context.activity.type !== 'message') return;
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog('twoSteps');
    await conversationState.saveChanges(context);
  });
});
server.get('/readyz', async (_req, res) => {
  res.send(200, { status: 'ready' });
});
server.get('/metrics', async (_req, res) => {
  res.setHeader('content-type', 'text/plain; version=0.0.4');
  res.sendRaw(200, `# TYPE db_queries_total counter\ndb_queries_total ${queries}\n`);
});

server.listen(Number(process.env['PORT'] ?? 3980), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => void closeDb().then(() => process.exit(0))));
