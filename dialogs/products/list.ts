import type { CardActionInput } from '../cardAction';
import { myProductsCard, type ProductListItem } from '../../cards/productsList';
import type { MemberBusiness } from '../../data/repositories/products';
import { whatIfSuggestion } from '../../domain/points';
import { isComplete, missingFields } from '../../domain/products';
import { sendCard } from '../replies';
import { meterView, requireBusiness, whatIfView, type ProductsContext } from './context';
import { standingOf } from '../../services/standing';
import { pageInput } from './input';
import { migrationOffer } from './migrate';
import type { Step } from '../step';

const PAGE_SIZE = 10;

/**
 * My products: incomplete registrations first (they need attention), each with what is missing;
 * complete ones with ✅ and their points; the meter, the what-if line and the migration offer.
 */
export async function showMyProducts(step: Step, ctx: ProductsContext, business: MemberBusiness, page: number, note?: string): Promise<void> {
  const { turn } = step;
  const standing = await standingOf(ctx, business.businessId);
  const sorted = [...standing.rows].sort((a, b) => Number(isComplete(a)) - Number(isComplete(b)));
  const lastPage = Math.max(0, Math.ceil(sorted.length / PAGE_SIZE) - 1);
  const current = Math.min(page, lastPage);
  const offset = current * PAGE_SIZE;
  const items: ProductListItem[] = sorted.slice(offset, offset + PAGE_SIZE).map((row) => ({
    productId: row.id,
    modelName: row.modelName,
    serialNumber: row.serialNumber,
    complete: isComplete(row),
    points: row.points,
    missing: missingFields(row),
  }));

  const registrable = await ctx.catalogue.registrableModels();
  const whatIf = whatIfSuggestion(standing.meter, {
    incomplete: standing.rows.filter((r) => !isComplete(r)).map((r) => ({ productId: r.id, name: r.modelName, points: r.points })),
    catalogue: registrable.map((m) => ({ id: m.id, name: m.name, points: m.points, releaseDate: m.releaseDate })),
  });
  const suggested = whatIf && whatIf.kind !== 'complete' ? { id: whatIf.model.id, name: whatIf.model.name } : undefined;

  const card = myProductsCard(
    {
      items,
      totalCount: sorted.length,
      completeCount: sorted.filter((r) => isComplete(r)).length,
      offset,
      ...(current < lastPage ? { nextPage: current + 1 } : {}),
      meter: meterView(standing),
      ...(whatIf ? { whatIf: whatIfView(whatIf, standing.total) } : {}),
      ...(suggested ? { suggestedModel: suggested } : {}),
      migration: await migrationOffer(ctx, business),
    },
    turn.t,
  );
  await sendCard(step, card, note);
}

/** `products.list` (optional `page`). */
export async function listProducts(step: Step, ctx: ProductsContext, action?: CardActionInput): Promise<void> {
  const business = await requireBusiness(step, ctx);
  if (!business) return;
  await showMyProducts(step, ctx, business, action ? pageInput(action.data) : 0);
}
