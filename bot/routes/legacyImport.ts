import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Config } from '../config';
import { createCatalogueRepository } from '../../data/repositories/catalogue';
import { createLegacyRepository, type LegacyProductValues } from '../../data/repositories/legacy';
import { withTransaction } from '../../data/transaction';
import { guardedBy } from '../http/guarded';
import type { Services } from '../../services';
import { localDate } from '../../domain/businessDays';
import { checkProductInput, type ProductFieldError } from '../../domain/products';
import { requireBackoffice } from './backofficeAuth';

export interface LegacyImportDeps {
  readonly config: Pick<Config, 'backofficeToken'>;
  readonly services: Services;
}

const MAX_PRODUCTS = 2000;

const optionalText = z.string().max(200).nullish();

const importBody = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  membershipNumber: z.string().trim().min(1).max(64).nullish(),
  products: z
    .array(
      z.object({
        model: z.string().trim().min(1).max(100),
        serialNumber: optionalText,
        purchaseDate: optionalText,
        purchaseCountry: optionalText,
        dealer: optionalText,
      }),
    )
    .max(MAX_PRODUCTS),
});

interface ProductProblem {
  readonly index: number;
  readonly field: ProductFieldError['field'];
  readonly code: ProductFieldError['code'];
}

/**
 * `POST /api/backoffice/legacy-accounts` (docs/contracts.md, "HTTP"; bearer `BACKOFFICE_TOKEN`): imports an old
 * CPS account `{ email, membershipNumber?, products: [{ model, serialNumber, purchaseDate?,
 * purchaseCountry?, dealer? }] }` so a business that gave this old e-mail can migrate its products.
 * Every product is checked like a registration in chat (catalogue model that can be registered,
 * serial matching the model's pattern after normalisation, real date not in the future nor before
 * the model's release, ISO country); any problem rejects the whole import with 400 and the list of
 * problems. Idempotent: importing the same account again adds only products it does not have yet.
 * 201 when the account is new, 200 when it existed.
 */
export function registerLegacyImportRoutes(server: Server, deps: LegacyImportDeps): void {
  const { services } = deps;
  const catalogue = createCatalogueRepository(services.db);
  const legacy = createLegacyRepository(services.db);
  const log = services.log.child({ area: 'backoffice', route: 'legacy-accounts' });
  const guarded = guardedBy(log, 'legacy import failed');

  server.post('/api/backoffice/legacy-accounts', requireBackoffice(deps.config), guarded(async (req: Request, res: Response) => {
    const body = importBody.safeParse(req.body);
    if (!body.success) {
      res.send(400, { error: body.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ') });
      return;
    }
    const { email, membershipNumber, products } = body.data;
    const today = localDate(services.clock(), 'UTC');
    const outcome = await withTransaction(services.db, async () => {
      const models = new Map((await catalogue.allModels()).map((m) => [m.id, m]));
      const problems: ProductProblem[] = [];
      const values: LegacyProductValues[] = [];
      products.forEach((product, index) => {
        const checked = checkProductInput(
          {
            model: product.model,
            serialNumber: product.serialNumber ?? '',
            purchaseDate: product.purchaseDate ?? '',
            purchaseCountry: product.purchaseCountry ?? '',
            dealer: product.dealer ?? '',
          },
          models.get(product.model),
          today,
        );
        if (checked.ok) values.push(checked.values);
        else problems.push(...checked.errors.map((e) => ({ index, field: e.field, code: e.code })));
      });
      if (problems.length > 0) return { kind: 'invalid' as const, problems };
      const result = await legacy.importAccount({ email, membershipNumber: membershipNumber ?? null, products: values });
      return { kind: 'imported' as const, result };
    });
    if (outcome.kind === 'invalid') {
      res.send(400, { error: 'some products cannot be imported', problems: outcome.problems });
      return;
    }
    const { result } = outcome;
    log.info({ legacyAccountId: result.accountId, added: result.added, created: result.created }, 'legacy account imported');
    res.send(result.created ? 201 : 200, {
      id: result.accountId,
      email,
      created: result.created,
      added: result.added,
      unchanged: result.unchanged,
      products: result.productCount,
    });
  }));
}
