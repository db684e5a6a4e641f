import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { createMemberRepository } from '../../data/repositories/members';
import { withTransaction } from '../../data/transaction';
import { guardedBy } from '../http/guarded';
import { privateHeaders } from '../http/securityHeaders';
import type { Db } from '../../data/types';
import type { InvoiceFiles } from '../../services/payments/invoiceFiles';
import type { InvoiceLinks } from '../../services/payments/invoiceLinks';

export interface InvoiceRouteDeps {
  readonly log: Logger;
  readonly db: Db;
  readonly links: InvoiceLinks;
  readonly invoiceFiles: InvoiceFiles;
  readonly clock: () => Date;
}

/**
 * `GET /invoices/:id/pdf?m&l&e&s`: the invoice PDF behind a member's signed link (`invoice.view`,
 * valid 24 h). The signature and expiry are checked first, then that the member still acts for the
 * invoice's business (a member who left it cannot use an old link). 404 for anything invalid or
 * not theirs (nothing tells an invoice that exists from one that does not), 410 once expired.
 */
export function registerInvoiceRoutes(server: Server, deps: InvoiceRouteDeps): void {
  const members = createMemberRepository(deps.db);
  const guarded = guardedBy(deps.log.child({ area: 'invoice-pdf' }), 'invoice PDF failed');

  server.get('/invoices/:id/pdf', guarded(async (req: Request, res: Response) => {
    privateHeaders(res);
    const id = (req.params as Record<string, unknown> | undefined)?.['id'];
    const checked = deps.links.check(typeof id === 'string' ? id : '', (req.query ?? {}) as Record<string, unknown>, deps.clock());
    if (!checked.ok) {
      res.send(checked.reason === 'expired' ? 410 : 404, { error: checked.reason === 'expired' ? 'this link has expired: ask for the invoice again in the chat' : 'not found' });
      return;
    }
    const { grant } = checked;
    const member = await withTransaction(deps.db, () => members.byId(grant.memberId));
    const businessId = await deps.invoiceFiles.businessOf(grant.invoiceId);
    if (!member?.businessId || member.businessId !== businessId) {
      res.send(404, { error: 'not found' });
      return;
    }
    const file = await deps.invoiceFiles.render(grant.invoiceId, grant.language);
    if (!file) {
      res.send(404, { error: 'not found' });
      return;
    }
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `inline; filename="${file.fileName}"`);
    res.sendRaw(200, Buffer.from(file.pdf));
  }));
}
