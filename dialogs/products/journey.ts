import { matchProductsIntent } from '../../locales/products/intents';
import type { Journey } from '../journey';
import type { Services } from '../../services';
import { sendText } from '../replies';
import { createProductsContext, type ProductsContext } from './context';
import { standingOf } from '../../services/standing';
import { addProduct, submitProduct, viewProduct } from './entry';
import { invitationJobs } from './invitation';
import { tierOpenedJobs } from './tierOpened';
import { listProducts } from './list';
import { migrateProducts } from './migrate';
import type { Step } from '../step';

/** A returning member with registrations hears where their points stand. */
async function greetReturning(step: Step, ctx: ProductsContext): Promise<void> {
  const { turn } = step;
  // An invited business or a member hears its points in the home greeting (dialogs/home.ts).
  const kind = (await turn.home()).kind;
  if (kind === 'invited' || kind === 'member') return;
  const business = await ctx.products.memberBusiness(turn.memberId);
  if (business?.status !== 'active') return;
  const standing = await standingOf(ctx, business.businessId);
  if (standing.rows.length === 0) return;
  const toGo = standing.threshold - standing.total;
  await sendText(step, toGo > 0 ? turn.t('products.return.toGo', { points: standing.total, toGo }) : turn.t('products.return.points', { points: standing.total }));
}

/**
 * Journey 2 (rules P1–P3, E1): registering products, My products with green ticks and the points
 * meter, migration from an old CPS account, and the invitation to join CPS at the threshold.
 *
 * Every step is a card verb answered within its turn; nothing waits on the dialog stack, so an
 * entry card submitted days later, from another device or after a restart, is handled the same,
 * and another journey's waiting dialog underneath is never advanced by mistake.
 */
export function createProductsJourney(services: Services): Journey {
  const ctx = createProductsContext(services);
  return {
    name: 'products',
    verbs: {
      'product.add': (step, action) => addProduct(step, ctx, action),
      'product.view': (step, action) => viewProduct(step, ctx, action),
      'product.submit': (step, action) => submitProduct(step, ctx, action),
      'products.list': (step, action) => listProducts(step, ctx, action),
      'products.migrate': (step, action) => migrateProducts(step, ctx, action),
    },
    async onText(step, text) {
      const intent = matchProductsIntent(text);
      if (intent === 'list') await listProducts(step, ctx);
      else if (intent === 'add') await addProduct(step, ctx);
      else if (intent === 'migrate') await migrateProducts(step, ctx);
      return intent !== undefined;
    },
    onReturn: (step) => greetReturning(step, ctx),
    jobs: { ...invitationJobs(ctx), ...tierOpenedJobs(ctx) },
  };
}
