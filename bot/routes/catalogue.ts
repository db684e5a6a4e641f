import type { Request, Response, Server } from 'restify';
import { createCatalogueRepository } from '../../data/repositories/catalogue';
import { withTransaction } from '../../data/transaction';
import { guardedBy } from '../http/guarded';
import type { Services } from '../../services';
import { languageFromLocale } from '../../domain/language';
import { translator } from '../../locales';

export interface CatalogueRouteDeps {
  readonly services: Services;
}

/**
 * `GET /api/catalogue?locale=` (docs/contracts.md, "HTTP"): the registrable product models, as a JSON array of
 * `{ id, name, category, categoryLabel, points, serialExample, releaseDate }` ordered by product
 * line and name. `categoryLabel` is in the requested language (`da`, `sv-SE`, `nl-BE`, …; English
 * when absent or unknown, echoed in `Content-Language`). Non-registrable items are not listed.
 */
export function registerCatalogueRoutes(server: Server, deps: CatalogueRouteDeps): void {
  const catalogue = createCatalogueRepository(deps.services.db);
  const log = deps.services.log.child({ area: 'catalogue' });
  const guarded = guardedBy(log, 'catalogue request failed');

  server.get('/api/catalogue', guarded(async (req: Request, res: Response) => {
    const query = (req.query ?? {}) as Record<string, unknown>;
    const language = languageFromLocale(typeof query['locale'] === 'string' ? query['locale'] : undefined) ?? 'en';
    const t = translator(language);
    const models = await withTransaction(deps.services.db, () => catalogue.registrableModels());
    res.setHeader('content-language', language);
    res.setHeader('cache-control', 'public, max-age=300');
    res.send(
      200,
      models.map((m) => ({
        id: m.id,
        name: m.name,
        category: m.category,
        categoryLabel: t(`products.category.${m.category}`),
        points: m.points,
        serialExample: m.serialExample,
        releaseDate: m.releaseDate,
      })),
    );
  }));
}
