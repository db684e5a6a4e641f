import { createCatalogueRepository } from '../../data/repositories/catalogue';
import { createMembershipRepository } from '../../data/repositories/memberships';
import { createTierRepository } from '../../data/repositories/tiers';
import { formatMoney, pickPrice } from '../../domain/billing';
import type { Language } from '../../domain/language';
import { mentionedModel } from '../../domain/modelMention';
import { intlLocale, translator } from '../../locales';
import type { Services } from '../../services';

/** Without a business, the currency a member of this language most likely pays in (the tier list falls back to EUR). */
const CURRENCY_OF_LANGUAGE: Readonly<Record<Language, string>> = { en: 'EUR', da: 'DKK', sv: 'SEK', nl: 'EUR' };

/** FAQ topics whose answer ends with facts from reference data. */
const TOPICS_FROM_DATA = new Set(['cps.benefits', 'cps.fees', 'products.points']);

/**
 * The facts an FAQ answer adds from reference data, as Markdown lines: each tier's points and
 * annual fee in the member's currency (their business's, else their language's; EUR where a tier
 * is not priced in it), or the points of the catalogue model named in the question. Undefined
 * for other topics, or when the question names no model.
 */
export function createFaqFacts(services: Services) {
  const tiers = createTierRepository(services.db);
  const catalogue = createCatalogueRepository(services.db);
  const memberships = createMembershipRepository(services.db);

  async function currencyOf(memberId: string | undefined, language: Language): Promise<string> {
    const business = memberId ? await memberships.memberBusinessWithMembership(memberId) : undefined;
    return business?.business.currency ?? CURRENCY_OF_LANGUAGE[language];
  }

  async function tierLines(memberId: string | undefined, language: Language): Promise<string> {
    const t = translator(language);
    const currency = await currencyOf(memberId, language);
    const [list, prices] = await Promise.all([tiers.catalogue(), tiers.prices()]);
    return list
      .map((tier) => {
        const price = pickPrice(prices.filter((p) => p.tierCode === tier.code), currency);
        const corporate = tier.kind === 'corporate';
        const points = t('faq.facts.tierPoints', { points: corporate ? tier.minPoints - 1 : tier.minPoints, moreThan: String(corporate) });
        const fee = price ? t('faq.facts.tierFee', { fee: formatMoney(price.annualFeeMinor, price.currency, intlLocale[language]) }) : '';
        return `- **${tier.name}**: ${points}${fee ? ` · ${fee}` : ''}`;
      })
      .join('\n');
  }

  return {
    async factsOf(topicId: string, question: string, language: Language, memberId: string | undefined): Promise<string | undefined> {
      if (!TOPICS_FROM_DATA.has(topicId)) return undefined;
      if (topicId !== 'products.points') return tierLines(memberId, language);
      const model = mentionedModel(question, await catalogue.allModels());
      return model ? translator(language)('faq.facts.modelPoints', { model: model.name.replace(/^Canon /, ''), points: model.points }) : undefined;
    },
  };
}
