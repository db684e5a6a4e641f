import { describe, expect, it } from 'vitest';
import { tierLabel } from '../../cards/membershipTiers';
import { isVerb } from '../../cards/verbs';
import { LANGUAGES, translator } from '../../locales';
import { cardActions, cardProblems } from '../support/cards';
import { invoiceCard } from '../../cards/membershipInvoice';
import { invoice, membershipCardSamples } from './membershipSamples';

const samples = membershipCardSamples;

describe.each(LANGUAGES)('membership cards in %s', (language) => {
  const t = translator(language);

  it.each(samples.map((s) => [s.name, s] as const))('%s parses and validates with the adaptivecards library', (_name, sample) => {
    expect(cardProblems(sample.build(t, language))).toEqual([]);
  });

  it.each(samples.map((s) => [s.name, s] as const))('%s: every action carries a known verb; Execute has its Submit fallback', (_name, sample) => {
    for (const action of cardActions(sample.build(t, language))) {
      if (action['type'] === 'Action.OpenUrl') continue;
      const data = action['data'] as Record<string, unknown> | undefined;
      expect(isVerb(data?.['verb'])).toBe(true);
      if (action['type'] === 'Action.Execute') {
        expect(action['verb']).toBe(data?.['verb']);
        expect(action['fallback']).toMatchObject({ type: 'Action.Submit', data: { verb: action['verb'] } });
      }
    }
  });
});

describe('tier names', () => {
  it('are the brand names in every language for the seeded tiers and fall back to the catalogue name', () => {
    for (const language of LANGUAGES) expect(tierLabel({ code: 'gold', name: 'Gold' }, translator(language))).toBe('Gold');
    expect(tierLabel({ code: 'silver', name: 'Silver' }, translator('nl'))).toBe('Silver');
    expect(tierLabel({ code: 'diamond', name: 'Diamond' }, translator('nl'))).toBe('Diamond');
  });
});

describe('invoice card: local payment details, reverse charge, download', () => {
  const t = translator('da');

  it('shows the FI card line and creditor number for a Danish bank transfer, with how to enter it', () => {
    const texts = JSON.stringify(invoiceCard(invoice, t));
    expect(texts).toContain(t('payments.fik71.line'));
    expect(texts).toContain('+71<026081575380183+81234567<');
    expect(texts).toContain(t('payments.fik71.hint'));
  });

  it('states the reverse charge instead of a VAT rate', () => {
    const texts = JSON.stringify(invoiceCard({ ...invoice, reverseCharge: true }, t));
    expect(texts).toContain(t('payments.invoice.reverseChargeRow'));
    expect(texts).toContain(JSON.stringify(t('payments.invoice.reverseCharge')).slice(1, -1));
    expect(texts).not.toContain(t('membership.invoice.vat', { rate: invoice.vatRate }));
  });

  it('offers the PDF with invoice.view when the invoice id is known', () => {
    const actions = cardActions(invoiceCard({ ...invoice, id: '00000000-0000-4000-8000-000000000001' }, t));
    expect(actions.map((a) => a['data'])).toContainEqual({ verb: 'invoice.view', invoiceId: '00000000-0000-4000-8000-000000000001' });
  });
});
