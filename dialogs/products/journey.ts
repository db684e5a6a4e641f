import type { DialogContext } from 'botbuilder-dialogs';
import { matchProductsIntent } from '../../locales/products/intents';
import type { Journey } from '../journey';
import type { Services } from '../../services';
import { sendText } from '../replies';
import { turnOf } from '../turn';
import { createProductsContext, type ProductsContext } from './context';
import { standingOf } from '../../services/standing';
import { addProduct, submitProduct, viewProduct } from './entry';
import { invitationJobs } from './invitation';
import { tierOpenedJobs } from './tierOpened';
import { listProducts } from './list';
import { migrateProducts } from './migrate';

/** A returning member with registrations hears where their points stand. */
async function greetReturning(dc: DialogContext, ctx: ProductsContext): Promise<void> {
  const turn = turnOf(dc.context);
  // An invited business or a member hears its points in the home greeting (dialogs/home.ts).
  const kind = (await turn.home()).kind;
  if (kind === 'invited' || kind === 'member') return;
  const business = await ctx.products.memberBusiness(turn.memberId);
  if (business?.status !== 'active') return;
  const standing = await standingOf(ctx, business.businessId);
  if (standing.rows.length === 0) return;
  const toGo = standing.threshold - standing.total;
  await sendText(dc.context, toGo > 0 ? turn.t('products.return.toGo', { points: standing.total, toGo }) : turn.t('products.return.points', { points: standing.total }));
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
      'product.add': (dc, action) => addProduct(dc, ctx, action),
      'product.view': (dc, action) => viewProduct(dc, ctx, action),
      'product.submit': (dc, action) => submitProduct(dc, ctx, action),
      'products.list': (dc, action) => listProducts(dc, ctx, action),
      'products.migrate': (dc, action) => migrateProducts(dc, ctx, action),
    },
    async onText(dc, text) {
      const intent = matchProductsIntent(text);
      if (intent === 'list') await listProducts(dc, ctx);
      else if (intent === 'add') await addProduct(dc, ctx);
      else if (intent === 'migrate') await migrateProducts(dc, ctx);
      return intent !== undefined;
    },
    onReturn: (dc) => greetReturning(dc, ctx),
    jobs: { ...invitationJobs(ctx), ...tierOpenedJobs(ctx) },
  };
}
