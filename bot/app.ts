import { CloudAdapter, type TurnContext } from 'botbuilder';
import restify from 'restify';
import type { Config } from './config';
import { openDatabase, type Database } from '../data/database';
import { createJobRepository, type JobRepository } from '../data/repositories/jobs';
import { createMemberRepository } from '../data/repositories/members';
import { createOutbox } from '../data/repositories/outbox';
import { downloadFile } from '../dialogs/account/attachments';
import { createJourneys } from '../dialogs/journeys';
import { MAX_DOCUMENT_BYTES } from '../domain/documents';
import { MainDialog } from '../dialogs/mainDialog';
import type { Services } from '../services';
import { createEmailSendHandler, EMAIL_SEND_JOB } from '../jobs/mailer';
import { createJobRunner, type JobHandler, type JobRunner } from '../jobs/runner';
import { JOB_KINDS, type JobKind } from '../domain/jobs';
import { ChannelAuthentication } from './channelAuthentication';
import { createNotifier } from './notifier';
import { turnOf } from '../dialogs/turn';
import { resolveLanguage } from '../domain/language';
import { translator } from '../locales';
import { KeyedQueue } from './conversationQueue';
import { createLogger, type Logger } from './logger';
import { createMetrics, metricsSnapshot, shareWithSupervisor, type Metrics } from './metrics';
import { validateInboundActivity, withStorableStrings } from './inboundActivity';
import { createTurnHandler } from './turnPipeline';
import { API_BODY_BYTES, readBodies } from './http/body';
import { createRateLimiter, limitClients, tooManyRequests, type RateLimiter } from './http/rateLimit';
import { registerBackofficeRoutes } from './routes/backoffice';
import { hasBackofficeBearer } from './routes/backofficeAuth';
import { registerCatalogueRoutes } from './routes/catalogue';
import { registerFaqRoutes } from './routes/faq';
import { registerLegacyImportRoutes } from './routes/legacyImport';
import { registerAgentRoutes } from './routes/agent';
import { registerPaymentRoutes } from './routes/payments';
import { registerMemberDataRoutes } from './routes/memberData';
import { createDataRights } from '../services/member/dataRights';
import { withTransaction } from '../data/transaction';
import { nextRetentionRun, RETENTION_JOB } from '../services/member/retention';
import { nextRenewalSweep, RENEWAL_SWEEP_JOB } from '../services/member/renewalReminders';
import { createDashboardTokens, type DashboardTokens } from './dashboardTokens';
import { registerDirectLineRoutes } from './routes/directLine';
import { registerWebRoutes } from './routes/web';
import { loadWebKeys, type WebKeys } from './webSecret';
import { attachDashboardLinks } from '../dialogs/dashboardLink';
import { MAX_STATEMENT_BYTES } from '../services/payments/camtStatement';
import { createDocumentReader } from '../services/documents/reader';
import { createInvoiceFiles } from '../services/payments/invoiceFiles';
import { createInvoiceLinks } from '../services/payments/invoiceLinks';
import { createReconciliation } from '../services/payments/reconciliation';
import { registerBackofficePaymentRoutes, STATEMENT_UPLOAD_PATH } from './routes/backofficePayments';
import { registerInvoiceRoutes } from './routes/invoices';
import { registerFunnelRoutes } from './routes/ops/funnel';
import { registerOpsRoutes } from './routes/ops';
import { LEGACY_CSV_PATH } from './routes/ops/legacy';
import { OPS_STATEMENT_PATH } from './routes/ops/payments';

/** Probes, assets and our own loopback callbacks are never rate-limited. */
const UNLIMITED = /^(\/healthz|\/readyz|\/metrics|\/web\/[^/]+|\/directline\/connector\/.*)$/;

/** Routes whose activities may carry a document as a data: URL: they take up to MAX_BODY_BYTES. */
const CARRIES_DOCUMENTS = /^(\/api\/messages|\/v3\/directline\/conversations\/[^/]+\/activities|\/directline\/connector\/.*)$/;

/**
 * Bank statements are read up to twice the statement limit, so a file somewhat over it gets the
 * clear 400 "too large" from the statement reader; anything larger is cut off with 413.
 */
const STATEMENT_BODY_BYTES = 2 * MAX_STATEMENT_BYTES;

function bodyLimitFor(path: string, maxBodyBytes: number): number {
  if (CARRIES_DOCUMENTS.test(path)) return maxBodyBytes;
  if (path === STATEMENT_UPLOAD_PATH || path === OPS_STATEMENT_PATH || path === LEGACY_CSV_PATH) return STATEMENT_BODY_BYTES;
  return API_BODY_BYTES;
}

export interface App {
  readonly config: Config;
  readonly server: restify.Server;
  readonly adapter: CloudAdapter;
  readonly database: Database;
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly services: Services;
  /** Durable jobs; polling starts with `jobs.start()` (bot/server.ts does; tests call `jobs.runDue()`). */
  readonly jobs: JobRunner;
  /** Signs and checks the members' "Open my dashboard" links (and Teams SSO tokens for the tab). */
  readonly dashboardTokens: DashboardTokens;
  /** The turn pipeline (tests drive it through botbuilder's TestAdapter). */
  readonly handleTurn: (context: TurnContext) => Promise<void>;
  /** Stops taking requests, lets in-flight turns finish, closes the database. */
  close(): Promise<void>;
}

export interface AppOptions {
  readonly log?: Logger;
  /** An already-open database (tests pass a cloned template); otherwise opened from config. */
  readonly database?: Database;
  /** Overrides the clock (tests). */
  readonly clock?: () => Date;
}

/** The Bot Framework adapter: the channel's credentials, and an apology when a turn fails. */
function createChannelAdapter(config: Config, log: Logger): CloudAdapter {
  const adapter = new CloudAdapter(
    new ChannelAuthentication({
      MicrosoftAppId: config.bot.appId ?? '',
      MicrosoftAppPassword: config.bot.appPassword ?? '',
      MicrosoftAppType: config.bot.appType,
      MicrosoftAppTenantId: config.bot.tenantId ?? '',
      // Sovereign clouds and tests: where the channel's signing keys are, and who issues its tokens.
      ...(config.bot.openIdMetadataUrl ? { ToBotFromChannelOpenIdMetadataUrl: config.bot.openIdMetadataUrl } : {}),
      ...(config.bot.tokenIssuer ? { ToBotFromChannelTokenIssuer: config.bot.tokenIssuer } : {}),
    }),
  );
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error({ err: error, conversationId: context.activity.conversation?.id, activityId: context.activity.id }, 'turn failed');
    await apologise(context).catch((sendError: unknown) => log.error({ err: sendError }, 'could not send the apology'));
  };
  return adapter;
}

/** The long-lived collaborators the journeys and routes share (services/index.ts). */
function createServices(
  config: Config,
  parts: { database: Database; adapter: CloudAdapter; jobRepository: JobRepository; webKeys: WebKeys; log: Logger; clock: (() => Date) | undefined },
): Services {
  const { database, adapter, jobRepository, webKeys, log } = parts;
  const members = createMemberRepository(database.db);
  const services: Services = {
    db: database.db,
    log,
    members,
    jobs: jobRepository,
    outbox: createOutbox(database.db, { smtpConfigured: config.smtpUrl !== undefined, log }),
    notifier: createNotifier(adapter, config.bot.appId, members, log),
    // One reader thread per app (the default pool size): it starts with the first document, and idle it never keeps the process alive.
    documents: createDocumentReader({
      onProblem: (problem) => log.warn({ reason: problem.reason, ms: problem.ms }, 'document not readable'),
    }),
    invoiceLinks: createInvoiceLinks(webKeys.key('invoice-link'), config.publicUrl),
    dataRights: createDataRights(database.db, { key: webKeys.key('data-export'), publicUrl: config.publicUrl }),
    clock: parts.clock ?? (() => new Date()),
    settings: {
      invoiceDelaySeconds: config.invoiceDelaySeconds,
      publicUrl: config.publicUrl,
      attachmentAllowedHosts: config.attachmentAllowedHosts,
      retention: config.retention,
    },
  };
  return services;
}

/** The HTTP server with its rate limits, body limits and timeouts (routes are added by the caller). */
function createHttpServer(config: Config) {
  const server = restify.createServer({ name: 'cps-assistant', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  const conversations = createRateLimiter('conversation', config.rateLimits.messagesPerMinute);
  // Channels post every member's activities from a few Microsoft addresses: /api/messages is limited
  // per conversation, and per address only in local mode. Our own Direct Line callbacks are not limited.
  const clients = createRateLimiter('client', config.rateLimits.requestsPerMinute);
  server.use(
    limitClients(clients, (req) => {
      const path = req.getPath();
      if (path === '/api/messages') return config.bot.localMode;
      return !UNLIMITED.test(path);
    }),
  );
  server.use(readBodies({ limitFor: (req) => bodyLimitFor(req.getPath(), config.maxBodyBytes) }));
  // A body trickled in slowly cannot hold a connection for long (Node's default is 5 minutes).
  server.server.requestTimeout = 60_000;
  server.server.headersTimeout = 20_000;
  return { server, conversations };
}

/** `/healthz`, `/readyz` and `/metrics`. */
function registerOperationalRoutes(server: restify.Server, deps: { config: Config; database: Database; metrics: Metrics; closing: () => boolean }): void {
  const { config, database, metrics } = deps;
  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req, res) => {
    const ready = !deps.closing() && (await database.isReady());
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', database: database.kind });
  });
  server.get('/metrics', async (req, res) => {
    // Open for local use; in production only with METRICS_TOKEN (or on METRICS_PORT, see bot/supervisor.ts).
    const token = config.metrics.token;
    if (token === undefined && config.env === 'production') return res.send(404, { error: 'not found' });
    if (token !== undefined && !hasBackofficeBearer(req.header('authorization'), token)) {
      res.setHeader('www-authenticate', 'Bearer');
      return res.send(401, { error: 'unauthorized' });
    }
    const { body, contentType } = await metricsSnapshot(metrics);
    res.setHeader('content-type', contentType);
    res.sendRaw(200, body);
  });
}

/** Requests under way on `/api/messages`, so closing can wait for them. */
interface Lifecycle {
  inFlight: number;
  closing: boolean;
  readonly idle: Array<() => void>;
}

/** `/api/messages`: the channels' activities, limited per conversation, into the turn pipeline. */
function registerMessagesRoute(
  server: restify.Server,
  deps: { adapter: CloudAdapter; conversations: RateLimiter; handleTurn: (context: TurnContext) => Promise<void>; log: Logger; lifecycle: Lifecycle },
): void {
  const { adapter, conversations, handleTurn, log, lifecycle } = deps;
  server.post('/api/messages', async (req, res) => {
    if (lifecycle.closing) {
      res.send(503, { error: 'shutting down' });
      return;
    }
    req.body = withStorableStrings(req.body);
    const problem = validateInboundActivity(req.body);
    if (problem) {
      res.send(400, { error: problem });
      return;
    }
    const admission = await conversations.admit(`${req.body.channelId}/${req.body.conversation.id}`);
    if (!admission.ok) {
      // Once per window the member reads why (the channel's credentials are still checked); then plain 429s.
      if (admission.first) await adapter.process(req, res, (context) => slowDown(context, admission.retryAfterSeconds));
      else tooManyRequests(res, admission.retryAfterSeconds);
      return;
    }
    lifecycle.inFlight++;
    try {
      await adapter.process(req, res, handleTurn);
    } catch (error) {
      log.error({ err: error }, 'request failed before the turn started');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    } finally {
      lifecycle.inFlight--;
      if (lifecycle.inFlight === 0) lifecycle.idle.splice(0).forEach((resolve) => resolve());
    }
  });
}

/**
 * The composition root: config → database → dialogs → turn pipeline → HTTP routes. Opens no port;
 * bot/server.ts listens, tests call `server.listen(0)` or drive the adapter directly.
 */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config.logLevel);
  const database =
    options.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, countQueries: config.countQueries }));
  log.debug({ database: database.kind }, 'database ready');

  const jobRepository = createJobRepository(database.db);
  const metrics = createMetrics({ queryCount: database.queryCount, parkedJobs: () => jobRepository.parkedCount() });
  shareWithSupervisor(metrics);
  const adapter = createChannelAdapter(config, log);

  const webKeys = loadWebKeys({ secret: config.web.dashboardSecret, env: config.env, dataDir: config.dataDir }, log);
  const services = createServices(config, { database, adapter, jobRepository, webKeys, log, clock: options.clock });
  const journeys = createJourneys(services);
  const jobHandlers: Partial<Record<JobKind, JobHandler>> = Object.assign({}, ...journeys.map((j) => j.jobs ?? {}));
  const invoiceFiles = createInvoiceFiles(database.db);
  if (config.smtpUrl) {
    jobHandlers[EMAIL_SEND_JOB] = createEmailSendHandler(database.db, config.smtpUrl, log, async (ref, language) => {
      const file = await invoiceFiles.render(ref.invoiceId, language);
      if (!file) throw new Error(`no invoice ${ref.invoiceId} to attach`);
      return { filename: file.fileName, contentType: 'application/pdf', content: file.pdf };
    });
  }
  // A kind without a handler would retry until it is parked: a programming error, refused at start.
  // (E-mail is sent only when SMTP is configured; without it, its jobs wait for a process that has it.)
  const unhandled = JOB_KINDS.filter((kind) => jobHandlers[kind] === undefined && !(kind === EMAIL_SEND_JOB && !config.smtpUrl));
  if (unhandled.length > 0) throw new Error(`no handler for job kinds: ${unhandled.join(', ')}`);
  const jobs = createJobRunner({ db: database.db, log, handlers: jobHandlers, concurrency: config.jobConcurrency });
  // The daily retention pass schedules its next run itself; this makes sure a first one exists.
  await withTransaction(database.db, () => jobRepository.enqueue({ kind: RETENTION_JOB, ...nextRetentionRun(new Date()) }));
  await withTransaction(database.db, () => jobRepository.enqueue({ kind: RENEWAL_SWEEP_JOB, ...nextRenewalSweep(new Date()) }));

  const queue = new KeyedQueue();
  const pipeline = createTurnHandler({
    database,
    log,
    metrics,
    mainDialog: new MainDialog(journeys),
    queue,
    fetchFile: (file) => downloadFile(file.url, { maxBytes: MAX_DOCUMENT_BYTES, allowedHosts: config.attachmentAllowedHosts }),
  });
  const dashboardTokens = createDashboardTokens(webKeys, config.publicUrl, {
    jwksUrl: config.web.ssoJwksUrl,
    audience: config.web.ssoAudience,
    tenantId: config.bot.tenantId,
  });
  // Every turn can offer the member a signed "Open my dashboard" link (the menu does).
  const handleTurn = async (context: TurnContext) => {
    attachDashboardLinks(context, dashboardTokens);
    await pipeline(context);
  };

  const { server, conversations } = createHttpServer(config);

  const lifecycle: Lifecycle = { inFlight: 0, closing: false, idle: [] };

  registerMessagesRoute(server, { adapter, conversations, handleTurn, log, lifecycle });

  registerOperationalRoutes(server, { config, database, metrics, closing: () => lifecycle.closing });
  registerBackofficeRoutes(server, { token: config.backofficeToken, services });
  registerFunnelRoutes(server, { token: config.backofficeToken, services });
  registerCatalogueRoutes(server, { services });
  registerFaqRoutes(server, { services });
  registerLegacyImportRoutes(server, { config, services });
  registerPaymentRoutes(server, { services });
  registerBackofficePaymentRoutes(server, {
    token: config.backofficeToken,
    log,
    reconciliation: createReconciliation({ db: database.db, jobs: jobRepository, clock: services.clock }),
    invoiceFiles,
  });
  registerInvoiceRoutes(server, { log, db: database.db, links: services.invoiceLinks, invoiceFiles, clock: services.clock });
  registerMemberDataRoutes(server, { services });
  const agentConsole = registerAgentRoutes(server, { services, config, log });
  registerOpsRoutes(server, { services, config, log });
  const directLine = registerDirectLineRoutes(server, {
    adapter,
    handleTurn,
    keys: webKeys,
    log,
    publicUrl: config.publicUrl,
    localMode: config.bot.localMode,
    azure: config.web.directLineSecret ? { secret: config.web.directLineSecret, endpoint: config.web.directLineEndpoint } : undefined,
  });
  registerWebRoutes(server, {
    db: database.db,
    log,
    tokens: dashboardTokens,
    invoiceLinks: services.invoiceLinks,
    clock: services.clock,
    azureDirectLineEndpoint: config.web.directLineSecret ? config.web.directLineEndpoint : undefined,
  });

  let closed: Promise<void> | undefined;
  async function close(): Promise<void> {
    lifecycle.closing = true;
    // Live streams never end on their own; the server cannot close while one is open.
    agentConsole.close();
    // Web chat turns still running post their replies to this server: let them finish first.
    await directLine.close();
    await new Promise<void>((resolve) => (server.server.listening ? server.close(() => resolve()) : resolve()));
    if (lifecycle.inFlight > 0) await new Promise<void>((resolve) => lifecycle.idle.push(resolve));
    await queue.drain();
    await jobs.stop();
    await services.documents.close();
    await database.close();
    log.info('stopped');
  }

  return {
    config,
    server,
    adapter,
    database,
    log,
    metrics,
    services,
    jobs,
    dashboardTokens,
    handleTurn,
    close: () => (closed ??= close()),
  };
}

/** A member who sends too fast is told, in the language the channel says they use, how long to wait. */
async function slowDown(context: TurnContext, seconds: number): Promise<void> {
  const language = resolveLanguage({ activityLocale: context.activity.locale });
  await context.sendActivity({ type: 'message', text: translator(language)('error.slowDown', { seconds }), locale: language });
}

/** The member sees a short apology in their language; the cause stays in the log. */
async function apologise(context: TurnContext): Promise<void> {
  let language;
  try {
    language = turnOf(context).language;
  } catch {
    language = resolveLanguage({ activityLocale: context.activity.locale });
  }
  const t = translator(language);
  if (context.activity.type === 'invoke') {
    await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: t('error.apology') } } });
  }
  await context.sendActivity({ type: 'message', text: t('error.apology'), locale: language });
}
