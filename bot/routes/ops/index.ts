import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import type { Server } from 'restify';
import { PROJECT_ROOT } from '../../../data/projectRoot';
import { createStaffRepository } from '../../../data/repositories/staff';
import { createAgentRepository } from '../../../data/repositories/agents';
import { withTransaction } from '../../../data/transaction';
import type { Services } from '../../../services';
import { createStaffAdmin } from '../../../services/ops/staff';
import { createReferenceAdmin } from '../../../services/ops/referenceData';
import { createInvoiceFiles } from '../../../services/payments/invoiceFiles';
import { createReconciliation } from '../../../services/payments/reconciliation';
import type { Config } from '../../config';
import { hashPassword } from '../agentAuth';
import { registerOpsApplicationRoutes } from './applications';
import { HttpProblem } from '../../http/guarded';
import { createOpsGate, OPS_API } from './http';
import { holdUntil } from '../../http/holdUntil';
import { registerOpsLegacyRoutes } from './legacy';
import { registerOpsPaymentRoutes } from './payments';
import { registerOpsReferenceRoutes } from './reference';
import { registerOpsQuestionRoutes } from './questions';
import { registerOpsReportRoutes } from './reports';
import { registerOpsSessionRoutes } from './session';
import { registerStaffRoutes } from './staff';

export const DEMO_ADMIN_EMAIL = 'admin@cps.example';

const WEB_DIR = join(PROJECT_ROOT, 'web', 'ops');
/** Chart.js, served from the installed npm package (no CDN). */
const CHART_JS = join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js');
const FILES: Readonly<Record<string, { path: string; type: string }>> = {
  'index.html': { path: join(WEB_DIR, 'index.html'), type: 'text/html; charset=utf-8' },
  'ops.js': { path: join(WEB_DIR, 'ops.js'), type: 'text/javascript; charset=utf-8' },
  'reference.js': { path: join(WEB_DIR, 'reference.js'), type: 'text/javascript; charset=utf-8' },
  'ops.css': { path: join(WEB_DIR, 'ops.css'), type: 'text/css; charset=utf-8' },
  'questions.js': { path: join(WEB_DIR, 'questions.js'), type: 'text/javascript; charset=utf-8' },
  'chart.js': { path: CHART_JS, type: 'text/javascript; charset=utf-8' },
};
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The operations console: the page at `/ops` and its API under `/api/ops` (session cookie, CSRF
 * token on every change, role checked on every call), plus the back office's staff API. Outside
 * production (or with DEMO_AGENT_PASSWORD) a demo admin exists, with the demo agent's password.
 */
export function registerOpsRoutes(server: Server, deps: { services: Services; config: Config; log: Logger }): void {
  const { services, config } = deps;
  const gate = createOpsGate(services.db, config, services.clock, deps.log.child({ area: 'ops' }));
  // Seeded while the server starts; the console and its API wait for it, nothing else does.
  holdUntil(
    server,
    ['/ops', OPS_API, '/api/backoffice/staff'],
    seedDemoAdmin(services, config).catch((error: unknown) => deps.log.error({ err: error }, 'could not seed the demo admin')),
  );

  const cache = new Map<string, Buffer>();
  const servePage = (name: string) =>
    gate.handle(async (_req, res) => {
      const file = FILES[name];
      if (!file) throw new HttpProblem(404, 'not-found');
      let content = cache.get(name);
      if (!content) {
        content = readFileSync(file.path);
        if (config.env === 'production') cache.set(name, content);
      }
      res.setHeader('content-type', file.type);
      res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
      res.setHeader('x-frame-options', 'DENY');
      res.sendRaw(200, content);
    });
  server.get('/ops', servePage('index.html'));
  server.get('/ops/', servePage('index.html'));
  for (const name of Object.keys(FILES)) server.get(`/ops/${name}`, servePage(name));

  registerOpsSessionRoutes(server, { db: services.db, gate, clock: services.clock });
  registerOpsApplicationRoutes(server, { services, gate });
  const reconciliation = createReconciliation({ db: services.db, jobs: services.jobs, clock: services.clock });
  registerOpsReportRoutes(server, { db: services.db, gate, clock: services.clock, reconciliation });
  registerOpsPaymentRoutes(server, { db: services.db, gate, clock: services.clock, reconciliation, invoiceFiles: createInvoiceFiles(services.db) });
  registerOpsLegacyRoutes(server, { db: services.db, gate, clock: services.clock });
  registerOpsReferenceRoutes(server, { reference: createReferenceAdmin(services.db), gate });
  registerOpsQuestionRoutes(server, { db: services.db, gate });
  registerStaffRoutes(server, { staff: createStaffAdmin(services.db, services.clock, hashPassword), gate, backofficeToken: config.backofficeToken });
}

/** The demo admin exists where the demo agent does (a configured demo password); never otherwise. */
async function seedDemoAdmin(services: Services, config: Config): Promise<void> {
  const password = config.demoAgentPassword;
  const agents = createAgentRepository(services.db);
  const existing = await agents.byEmail(DEMO_ADMIN_EMAIL);
  if (!password) {
    if (existing && existing.disabledAt === null) await agents.setDisabled(existing.id, services.clock());
    return;
  }
  if (existing?.disabledAt) await agents.setDisabled(existing.id, null);
  if (!existing) {
    const passwordHash = await hashPassword(password);
    await withTransaction(services.db, () => createStaffRepository(services.db).create({ email: DEMO_ADMIN_EMAIL, displayName: 'Demo Admin', passwordHash, role: 'admin' }));
  }
}
