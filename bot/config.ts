import { availableParallelism } from 'node:os';
import { DEFAULT_RETENTION, type RetentionPeriods } from '../domain/retention';
import { z } from 'zod';
import { parseAllowedHosts } from '../services/safeFetch';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Listen address; unset = 127.0.0.1 in local mode (nobody else can reach an unauthenticated bot), all interfaces otherwise. */
  HOST: optionalText,
  DATA_DIR: z.string().min(1).default('.data'),
  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: optionalText,
  BACKOFFICE_TOKEN: optionalText,
  /** Worker processes (node:cluster) under a supervisor; default in production = CPU cores. One with the embedded database. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** Jobs one process runs at the same time (their network waits overlap). */
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
  /** Bearer token that opens GET /metrics (in production /metrics is closed without it). */
  METRICS_TOKEN: optionalText.pipe(z.string().min(16, 'METRICS_TOKEN needs at least 16 characters').optional()),
  /** Serve /metrics (all workers summed) on 127.0.0.1 at this port instead. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Messages one conversation may send per minute on /api/messages; 0 = no limit. */
  RATE_LIMIT_MESSAGES_PER_MINUTE: z.coerce.number().int().min(0).default(60),
  /** Requests one client address may make per minute on the public routes (pages, APIs, web chat); 0 = no limit. */
  RATE_LIMIT_REQUESTS_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** Comma-separated hosts exempt from the internal-address check of member-supplied URLs (tests, private deployments). */
  ATTACHMENT_ALLOWED_HOSTS: optionalText,
  SMTP_URL: optionalText,
  INVOICE_DELAY_SECONDS: z.coerce.number().int().min(0).default(3 * 60 * 60),
  /** Retention periods in days (docs/privacy.md). */
  RETENTION_PROCESSED_ACTIVITIES_DAYS: z.coerce.number().int().min(1).default(DEFAULT_RETENTION.processedActivitiesDays),
  RETENTION_BOT_STATE_DAYS: z.coerce.number().int().min(1).default(DEFAULT_RETENTION.inactiveBotStateDays),
  RETENTION_UNANSWERED_QUESTIONS_DAYS: z.coerce.number().int().min(1).default(DEFAULT_RETENTION.unansweredQuestionsDays),
  RETENTION_REJECTED_DOCUMENTS_DAYS: z.coerce.number().int().min(1).default(DEFAULT_RETENTION.rejectedDocumentsDays),
  RETENTION_SUPPORT_TRANSCRIPTS_DAYS: z.coerce.number().int().min(1).default(DEFAULT_RETENTION.closedSupportTranscriptDays),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Maximum accepted request body in bytes (documents up to 10 MB arrive base64 in a data: URL). */
  /** Public base URL of this server, used in links the bot sends (default http://localhost:PORT). */
  PUBLIC_URL: optionalText.pipe(z.url().optional()),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(16 * 1024 * 1024),
  /** Password of the seeded demo agent (agent console); outside production it defaults to `cps-demo-agent`. */
  DEMO_AGENT_PASSWORD: optionalText.pipe(z.string().min(8).optional()),
  /** OpenID metadata of the channel's token issuer (sovereign clouds, tests); unset = the public Bot Framework's. */
  BOT_OPENID_METADATA_URL: optionalText.pipe(z.url().optional()),
  /** Issuer expected in channel tokens (sovereign clouds, tests); unset = the public Bot Framework's. */
  BOT_TOKEN_ISSUER: optionalText,
  /** `1` counts database statements and exposes `db_queries_total` on /metrics (the bench). */
  CPS_COUNT_QUERIES: z.enum(['0', '1']).default('0'),
  /** Signs dashboard links and web chat tokens (≥ 32 characters); required in production. */
  DASHBOARD_SECRET: optionalText.pipe(z.string().min(32, 'DASHBOARD_SECRET needs at least 32 characters').optional()),
  /** The Teams tab's SSO audience (its application ID URI or client id); unset = SSO off. */
  TEAMS_SSO_AUDIENCE: optionalText,
  /** Keys that sign Teams SSO tokens. */
  TEAMS_SSO_JWKS_URL: optionalText.pipe(z.url().optional()),
  /** Azure Direct Line secret for the web chat page; unset = the local Direct Line (local mode only). */
  DIRECT_LINE_SECRET: optionalText,
  DIRECT_LINE_ENDPOINT: optionalText.pipe(z.url().optional()),
});

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  bot: Readonly<{
    appId: string | undefined;
    appPassword: string | undefined;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    tenantId: string | undefined;
    /** No app id: Bot Framework authentication is off. Only for local use. */
    localMode: boolean;
    /** Where channel tokens' signing keys are published; undefined = the public Bot Framework. */
    openIdMetadataUrl: string | undefined;
    /** The issuer channel tokens must carry; undefined = the public Bot Framework. */
    tokenIssuer: string | undefined;
  }>;
  backofficeToken: string | undefined;
  /** Worker processes under the supervisor. */
  workers: number;
  /** A primary process runs and restarts the workers: in production, or whenever WEB_CONCURRENCY is set. */
  supervised: boolean;
  jobConcurrency: number;
  metrics: Readonly<{ token: string | undefined; port: number | undefined }>;
  rateLimits: Readonly<{ messagesPerMinute: number; requestsPerMinute: number }>;
  attachmentAllowedHosts: ReadonlySet<string>;
  smtpUrl: string | undefined;
  invoiceDelaySeconds: number;
  retention: RetentionPeriods;
  logLevel: string;
  maxBodyBytes: number;
  publicUrl: string;
  /** Seed the demo agent `agent@cps.example` with this password; undefined = no demo agent. */
  demoAgentPassword: string | undefined;
  /** Count database statements for /metrics (`CPS_COUNT_QUERIES=1`). */
  countQueries: boolean;
  web: Readonly<{
    /** Undefined = generated once in DATA_DIR (development) or per process (test). */
    dashboardSecret: string | undefined;
    ssoAudience: string | undefined;
    ssoJwksUrl: string;
    directLineSecret: string | undefined;
    directLineEndpoint: string;
  }>;
}>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses the environment once into a frozen, typed config. Throws ConfigError with every problem
 * listed, so a bad environment fails at start with a clear message.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new ConfigError(`Invalid environment:\n${problems}`);
  }
  const e = parsed.data;
  const localMode = e.MicrosoftAppId === undefined;
  if (e.NODE_ENV === 'production') {
    const missing: string[] = [];
    if (localMode) missing.push('MicrosoftAppId');
    if (e.MicrosoftAppType !== 'UserAssignedMSI' && e.MicrosoftAppPassword === undefined) missing.push('MicrosoftAppPassword');
    if (e.MicrosoftAppType === 'SingleTenant' && e.MicrosoftAppTenantId === undefined) missing.push('MicrosoftAppTenantId');
    if (e.BACKOFFICE_TOKEN === undefined) missing.push('BACKOFFICE_TOKEN');
    if (e.DASHBOARD_SECRET === undefined) missing.push('DASHBOARD_SECRET');
    if (missing.length > 0) {
      throw new ConfigError(
        `NODE_ENV=production needs Bot Framework credentials, a back-office token and a dashboard signing secret; missing: ${missing.join(', ')}. ` +
          'Without them anyone could post activities to /api/messages. Set them, or unset NODE_ENV for local use.',
      );
    }
  }
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST ?? (localMode ? '127.0.0.1' : '0.0.0.0'),
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    bot: Object.freeze({
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
      localMode,
      openIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
      tokenIssuer: e.BOT_TOKEN_ISSUER,
    }),
    backofficeToken: e.BACKOFFICE_TOKEN,
    // PGlite is one process's database: with it there is exactly one worker.
    workers: e.DATABASE_URL === undefined ? 1 : (e.WEB_CONCURRENCY ?? (e.NODE_ENV === 'production' ? availableParallelism() : 1)),
    supervised: e.NODE_ENV === 'production' || e.WEB_CONCURRENCY !== undefined,
    jobConcurrency: e.JOB_CONCURRENCY,
    metrics: Object.freeze({ token: e.METRICS_TOKEN, port: e.METRICS_PORT }),
    rateLimits: Object.freeze({ messagesPerMinute: e.RATE_LIMIT_MESSAGES_PER_MINUTE, requestsPerMinute: e.RATE_LIMIT_REQUESTS_PER_MINUTE }),
    attachmentAllowedHosts: parseAllowedHosts(e.ATTACHMENT_ALLOWED_HOSTS),
    smtpUrl: e.SMTP_URL,
    invoiceDelaySeconds: e.INVOICE_DELAY_SECONDS,
    retention: Object.freeze({
      processedActivitiesDays: e.RETENTION_PROCESSED_ACTIVITIES_DAYS,
      inactiveBotStateDays: e.RETENTION_BOT_STATE_DAYS,
      unansweredQuestionsDays: e.RETENTION_UNANSWERED_QUESTIONS_DAYS,
      rejectedDocumentsDays: e.RETENTION_REJECTED_DOCUMENTS_DAYS,
      closedSupportTranscriptDays: e.RETENTION_SUPPORT_TRANSCRIPTS_DAYS,
    }),
    logLevel: e.LOG_LEVEL,
    maxBodyBytes: e.MAX_BODY_BYTES,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    demoAgentPassword: e.DEMO_AGENT_PASSWORD ?? (e.NODE_ENV === 'production' ? undefined : 'cps-demo-agent'),
    countQueries: e.CPS_COUNT_QUERIES === '1',
    web: Object.freeze({
      dashboardSecret: e.DASHBOARD_SECRET,
      ssoAudience: e.TEAMS_SSO_AUDIENCE,
      ssoJwksUrl: e.TEAMS_SSO_JWKS_URL ?? 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
      directLineSecret: e.DIRECT_LINE_SECRET,
      directLineEndpoint: (e.DIRECT_LINE_ENDPOINT ?? 'https://directline.botframework.com/v3/directline').replace(/\/$/, ''),
    }),
  });
}
