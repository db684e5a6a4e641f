import type { CardActionInput } from '../cardAction';
import type { MigrationOffer } from '../../cards/productsList';
import { migrationPreviewCard, migrationResultCard, migrationUnavailableCard } from '../../cards/productsMigration';
import type { MemberBusiness } from '../../data/repositories/products';
import { isComplete, summariseMigration } from '../../domain/products';
import { sendCard } from '../replies';
import { meterView, requireBusiness, type ProductsContext } from './context';
import { standingOf } from '../../services/standing';
import { trueInput } from './input';
import { inviteInlineIfReached } from './invitation';
import type { Step } from '../step';

/**
 * Rule P2: "Migrate products" is offered when the application gave an old CPS e-mail that matches
 * an imported legacy account; once everything has moved, My products says so instead.
 */
export async function migrationOffer(ctx: ProductsContext, business: MemberBusiness): Promise<MigrationOffer> {
  const email = business.oldCpsEmail;
  if (!email) return { kind: 'no-email' };
  const account = await ctx.legacy.accountByEmail(email);
  if (!account) return { kind: 'not-found', email };
  const free = (await ctx.legacy.candidates(business.businessId, account.id)).filter((c) => c.status === 'to-migrate').length;
  if (free === 0 && (await ctx.legacy.migrationOf(business.businessId, account.id))) return { kind: 'migrated', email };
  return { kind: 'available', count: free };
}

/**
 * `products.migrate`: without `confirm` a dry run (found / already registered / registered
 * elsewhere / to migrate, how many incomplete, the points); with `confirm: true` the migration,
 * which is idempotent (a second run moves nothing). Without an old e-mail, why the button is
 * missing and the two ways on.
 */
export async function migrateProducts(step: Step, ctx: ProductsContext, action?: CardActionInput): Promise<void> {
  const { turn } = step;
  const business = await requireBusiness(step, ctx);
  if (!business) return;
  const email = business.oldCpsEmail;
  if (!email) {
    await sendCard(step, migrationUnavailableCard({ kind: 'no-email' }, turn.t));
    return;
  }
  const account = await ctx.legacy.accountByEmail(email);
  if (!account) {
    await sendCard(step, migrationUnavailableCard({ kind: 'no-account', email }, turn.t));
    return;
  }
  if (!action || !trueInput(action.data, 'confirm')) {
    const summary = summariseMigration(await ctx.legacy.candidates(business.businessId, account.id));
    await sendCard(step, migrationPreviewCard({ email, ...summary }, turn.t));
    return;
  }
  const result = await ctx.legacy.migrate(business.businessId, account.id);
  turn.log.info({ businessId: business.businessId, migrated: result.migrated }, 'products migrated');
  const standing = await standingOf(ctx, business.businessId);
  const moved = new Set(result.migratedProductIds);
  const incomplete = standing.rows.filter((r) => moved.has(r.id) && !isComplete(r)).length;
  await sendCard(step, migrationResultCard({ migrated: result.migrated, incomplete, meter: meterView(standing) }, turn.t));
  await inviteInlineIfReached(step, ctx, business.businessId, standing);
}
