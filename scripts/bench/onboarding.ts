/**
 * The complete onboarding of one member over HTTP, as Web Chat or Teams would drive it: one
 * function per step, each sending the card verbs and inputs of docs/contracts.md ("Card actions") and checking the answer.
 * A step the bot cannot take yet (free text it does not understand) is noted and skipped for every
 * later member. To add a step: write a `Step` and put it in `STEPS` where it belongs.
 */
import { randomUUID } from 'node:crypto';
import { translator, type Translate } from '../../locales';
import { isLanguage } from '../../domain/language';
import { actionsWithVerb, mentions, StepError, type Reply, type Scenario, type Session } from './driver';
import type { Approver } from './backoffice';

/** What a step decided: done, or skipped for a reason that holds for every member. */
export type StepOutcome = 'ok' | { readonly skipped: string };

export interface Member {
  readonly session: Session;
  readonly t: Translate;
  readonly companyName: string;
  /** Four digits unique to this run: serials must not collide with another business's. */
  readonly serialPrefix: string;
  /** Set by the approval step; product steps need an approved account. */
  approved: boolean;
  /** Points registered so far. */
  points: number;
}

export interface Step {
  readonly name: string;
  /** The journey (issue) the step belongs to, for the report. */
  readonly journey: string;
  /** Steps that must have succeeded for this one to make sense. */
  readonly needs?: readonly string[];
  run(member: Member): Promise<StepOutcome>;
}

/** A tiny valid PDF (magic bytes `%PDF-`), sent as the supporting document in a data: URL. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const PDF_DATA_URL = `data:application/pdf;base64,${PDF.toString('base64')}`;

/** High-point models with 12-digit serials: six of them pass 2,500 points (Corporate becomes a choice). */
const PRODUCTS = [
  { model: 'eos-c500-mark-ii', name: 'Canon EOS C500 Mark II', points: 500 },
  { model: 'eos-r1', name: 'Canon EOS R1', points: 450 },
  { model: 'eos-c400', name: 'Canon EOS C400', points: 450 },
  { model: 'eos-c300-mark-iii', name: 'Canon EOS C300 Mark III', points: 450 },
  { model: 'eos-r3', name: 'Canon EOS R3', points: 400 },
  { model: 'eos-c70', name: 'Canon EOS C70', points: 400 },
] as const;

const FAQ_QUESTIONS: Readonly<Record<string, readonly string[]>> = {
  en: ['Are there extra fees when I pay by bank transfer?', 'Will my membership number change?'],
  da: ['Koster det ekstra at betale med bankoverførsel?', 'Ændres mit medlemsnummer?'],
  sv: ['Tillkommer det extra avgifter om jag betalar med banköverföring?', 'Ändras mitt medlemsnummer?'],
  nl: ['Zijn er extra kosten als ik per bankoverschrijving betaal?', 'Verandert mijn lidmaatschapsnummer?'],
};

function card(verb: string, inputs: Record<string, unknown> = {}): Record<string, unknown> {
  return { value: { verb, ...inputs } };
}

function expect(condition: boolean, step: string, what: string, replies: readonly Reply[]): void {
  if (!condition) throw new StepError(step, `${what}; got ${JSON.stringify(replies).slice(0, 400)}`);
}

/** Runs a card step: `check` must hold. */
async function verbStep(member: Member, step: string, verb: string, inputs: Record<string, unknown>, check: (replies: Reply[]) => boolean, what: string): Promise<StepOutcome> {
  const replies = await member.session.turn(step, card(verb, inputs));
  expect(check(replies), step, what, replies);
  return 'ok';
}

const welcome: Step = {
  name: 'welcome',
  journey: 'foundation',
  async run(member) {
    const { session } = member;
    const replies = await session.turn('welcome', { type: 'conversationUpdate', membersAdded: [{ id: session.userId }], text: undefined });
    expect(mentions(replies, member.t('welcome.title')), 'welcome', 'expected the welcome', replies);
    return 'ok';
  },
};

const applyForAccount: Step = {
  name: 'account.apply',
  journey: 'account (#3)',
  run: (member) => verbStep(member, 'account.apply', 'account.apply', {}, (r) => actionsWithVerb(r, 'account.submit').length > 0, 'expected the application form'),
};

const submitApplication: Step = {
  name: 'account.submit+document',
  journey: 'account (#3)',
  needs: ['account.apply'],
  async run(member) {
    const replies = await member.session.turn('account.submit+document', {
      ...card('account.submit', {
        country: 'DK',
        companyName: member.companyName,
        address: `Benchvej ${member.session.index % 200 + 1}, 2100 København Ø`,
        vatRegistered: 'false',
        vatNumber: '',
        documentType: 'company-invoice',
        authorised: 'true',
        contactEmail: `bench-${member.session.conversationId}@example.com`,
        oldCpsEmail: '',
      }),
      attachments: [{ contentType: 'application/pdf', contentUrl: PDF_DATA_URL, name: 'invoice.pdf' }],
    });
    expect(actionsWithVerb(replies, 'account.confirm').length > 0, 'account.submit+document', 'expected the summary card', replies);
    return 'ok';
  },
};

const confirmApplication: Step = {
  name: 'account.confirm',
  journey: 'account (#3)',
  needs: ['account.submit+document'],
  run: (member) =>
    verbStep(member, 'account.confirm', 'account.confirm', {}, (r) => r.length > 0 && actionsWithVerb(r, 'account.confirm').length === 0, 'expected the submitted message'),
};

/** Back office approves over its HTTP API (not a member turn; its latency is reported apart). */
function approval(approver: Approver): Step {
  return {
    name: 'backoffice.approve',
    journey: 'account (#3)',
    needs: ['account.confirm'],
    async run(member) {
      const outcome = await approver.approve(member.companyName).catch((error: unknown) => {
        throw new StepError('backoffice.approve', error instanceof Error ? error.message : String(error));
      });
      if (outcome !== 'approved') return { skipped: outcome.skipped };
      member.approved = true;
      return 'ok';
    },
  };
}

const accountStatus: Step = {
  name: 'account.status',
  journey: 'account (#3)',
  needs: ['backoffice.approve'],
  run: (member) => verbStep(member, 'account.status', 'account.status', {}, (r) => r.length > 0, 'expected the account status'),
};

const addProduct: Step = {
  name: 'product.add',
  journey: 'products (#4)',
  needs: ['backoffice.approve'],
  run: (member) => verbStep(member, 'product.add', 'product.add', {}, (r) => actionsWithVerb(r, 'product.submit').length > 0, 'expected the product entry card'),
};

function submitProduct(index: number): Step {
  const product = PRODUCTS[index];
  if (!product) throw new Error(`no product ${index}`);
  const name = `product.submit#${index + 1}`;
  return {
    name,
    journey: 'products (#4)',
    needs: ['product.add'],
    async run(member) {
      // Unique per run, member and product: a serial registered by another business is refused.
      const serial = `${member.serialPrefix}${String(member.session.index % 1e7).padStart(7, '0')}${index}`;
      const outcome = await verbStep(
        member,
        name,
        'product.submit',
        { entryId: randomUUID(), model: product.model, serialNumber: serial, purchaseDate: '2025-01-15', purchaseCountry: 'DK', dealer: 'Bench Foto ApS' },
        (r) => mentions(r, member.t('products.saved.complete', { model: product.name, points: product.points })),
        `expected ${product.name} saved with a green tick`,
      );
      if (outcome === 'ok') member.points += product.points;
      return outcome;
    },
  };
}

const listProducts: Step = {
  name: 'products.list',
  journey: 'products (#4)',
  needs: ['product.add'],
  run: (member) => verbStep(member, 'products.list', 'products.list', {}, (r) => actionsWithVerb(r, 'product.view').length > 0, 'expected My products'),
};

const joinCps: Step = {
  name: 'cps.join',
  journey: 'membership (#5)',
  needs: ['product.submit#6'],
  run: (member) => verbStep(member, 'cps.join', 'cps.join', {}, (r) => actionsWithVerb(r, 'tier.select').length > 0 || actionsWithVerb(r, 'tier.toggle').length > 0, 'expected the tier choice'),
};

const toggleCorporate: Step = {
  name: 'tier.toggle',
  journey: 'membership (#5)',
  needs: ['cps.join'],
  run: (member) => verbStep(member, 'tier.toggle', 'tier.toggle', { corporate: 'true' }, (r) => actionsWithVerb(r, 'tier.select').length > 0, 'expected the tiers with Corporate'),
};

const selectTier: Step = {
  name: 'tier.select',
  journey: 'membership (#5)',
  needs: ['tier.toggle'],
  run: (member) => verbStep(member, 'tier.select', 'tier.select', { tier: 'corporate' }, (r) => actionsWithVerb(r, 'payment.submit').length > 0, 'expected the payment choice'),
};

const pay: Step = {
  name: 'payment.submit',
  journey: 'membership (#5)',
  needs: ['tier.select'],
  run: (member) => verbStep(member, 'payment.submit', 'payment.submit', { method: 'card' }, (r) => r.length > 0, 'expected the payment confirmation'),
};

function askFaq(index: number): Step {
  const name = `faq#${index + 1}`;
  return {
    name,
    journey: 'faq (#6)',
    async run(member) {
      const questions = FAQ_QUESTIONS[member.session.locale] ?? FAQ_QUESTIONS['en'] ?? [];
      const replies = await member.session.turn(name, { text: questions[index % questions.length] });
      if (mentions(replies, member.t('input.notUnderstood'))) return { skipped: 'free-text questions are not answered yet' };
      expect(actionsWithVerb(replies, 'faq.feedback').length > 0, name, 'expected an answer with the “helpful?” buttons', replies);
      return 'ok';
    },
  };
}

/** The steps in order. */
export function onboardingSteps(approver: Approver): Step[] {
  return [
    welcome,
    applyForAccount,
    submitApplication,
    confirmApplication,
    approval(approver),
    accountStatus,
    addProduct,
    ...PRODUCTS.map((_, i) => submitProduct(i)),
    listProducts,
    joinCps,
    toggleCorporate,
    selectTier,
    pay,
    askFaq(0),
    askFaq(1),
  ];
}

export interface OnboardingScenario extends Scenario {
  readonly steps: readonly Step[];
}

/** The onboarding as a load scenario; steps found missing are skipped for everyone after. */
export function onboardingScenario(runId: string, approver: Approver): OnboardingScenario {
  const steps = onboardingSteps(approver);
  const serialPrefix = String(Date.now() % 10_000).padStart(4, '0');
  const skipped = new Map<string, string>();
  return {
    name: 'onboarding',
    steps,
    notes: () => [...skipped].map(([step, reason]) => `skipped ${step} (${steps.find((s) => s.name === step)?.journey ?? '?'}): ${reason}`),
    async member(session) {
      const language = isLanguage(session.locale) ? session.locale : 'en';
      const member: Member = { session, t: translator(language), companyName: `Bench ${runId} ${session.index} ApS`, serialPrefix, approved: false, points: 0 };
      const done = new Set<string>();
      for (const step of steps) {
        if (session.expired) return false;
        if (skipped.has(step.name)) continue;
        const missing = step.needs?.find((name) => !done.has(name));
        if (missing) {
          // Only a skipped step leaves a need unmet (an error ends the member), so this holds for everyone.
          skipped.set(step.name, `needs ${missing}`);
          continue;
        }
        const outcome = await step.run(member);
        if (outcome === 'ok') done.add(step.name);
        else if (!skipped.has(step.name)) skipped.set(step.name, outcome.skipped);
      }
      return true;
    },
  };
}
