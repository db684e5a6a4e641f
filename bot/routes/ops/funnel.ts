import type { Server } from 'restify';
import type { Services } from '../../../services';
import { funnelReport, parseFunnelQuery } from '../../../services/ops/funnel';
import { guardedBy } from '../../http/guarded';
import { requireBackoffice } from '../backofficeAuth';

export interface FunnelRouteDeps {
  /** `BACKOFFICE_TOKEN`; undefined = the back office is disabled (503). */
  readonly token: string | undefined;
  readonly services: Services;
}

/**
 * `GET /api/backoffice/funnel?from=YYYY-MM-DD&to=YYYY-MM-DD&locale=&country=` (bearer token):
 * the funnel of the members who started a conversation in the range. A bad parameter is a 400
 * `{ error: "invalid-query", fields: [...] }`.
 */
export function registerFunnelRoutes(server: Server, deps: FunnelRouteDeps): void {
  const { services } = deps;
  const guarded = guardedBy(services.log.child({ area: 'funnel' }), 'funnel request failed');
  server.get('/api/backoffice/funnel', requireBackoffice({ backofficeToken: deps.token }), guarded(async (req, res) => {
    const parsed = parseFunnelQuery((req.query ?? {}) as Record<string, unknown>, services.clock());
    if (!parsed.ok) {
      res.send(400, { error: 'invalid-query', fields: parsed.fields });
      return;
    }
    res.setHeader('cache-control', 'no-store');
    res.send(200, await funnelReport(services.db, parsed.query));
  }));
}
