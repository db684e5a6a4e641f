import type { Request, Response, Server } from 'restify';
import { withTransaction } from '../../data/transaction';
import { guardedBy } from '../http/guarded';
import type { Services } from '../../services';
import { EXPORT_PATH } from '../../services/member/dataRights';

export interface MemberDataRouteDeps {
  readonly services: Services;
}

/**
 * `GET /api/member-data/{memberId}?expires=&sig=`: the member's data export (GDPR art. 15/20) as a
 * JSON file, behind the HMAC-signed link the bot sends on `data.export` (valid 24 hours). The file
 * is built when the link is opened, so an erased member's link shows nothing personal.
 * 403 for a wrong signature, 410 for an expired link, 404 when the member is gone.
 */
export function registerMemberDataRoutes(server: Server, deps: MemberDataRouteDeps): void {
  const { services } = deps;
  const guarded = guardedBy(services.log.child({ area: 'member-data' }), 'member data export failed');

  server.get(`${EXPORT_PATH}/:memberId`, guarded(async (req: Request, res: Response) => {
    res.setHeader('cache-control', 'no-store');
    res.setHeader('referrer-policy', 'no-referrer');
    const query = (req.query ?? {}) as Record<string, unknown>;
    const memberId: unknown = req.params?.['memberId'];
    const now = services.clock();
    const check = services.dataRights.checkLink(memberId, query['expires'], query['sig'], now);
    if (check !== 'valid') {
      res.send(check === 'expired' ? 410 : 403, { error: check === 'expired' ? 'link expired' : 'invalid link' });
      return;
    }
    const data = await withTransaction(services.db, () => services.dataRights.exportOf(String(memberId), now));
    if (!data) {
      res.send(404, { error: 'not found' });
      return;
    }
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="cps-my-data-${now.toISOString().slice(0, 10)}.json"`);
    res.sendRaw(200, JSON.stringify(data, null, 2));
  }));
}
