import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { App } from '../../bot/app';
import { createCatalogueRepository } from '../../data/repositories/catalogue';
import { serialConflicts } from '../../data/schema/products';
import type { Database } from '../../data/database';
import { withTransaction } from '../../data/transaction';
import { createProductsJourney } from '../../dialogs/products/journey';
import { countryName } from '../../domain/countryNames';
import { translator, type Language, type Translate } from '../../locales';
import { cardOf, cardSubmit, cardTexts, createTestApp, createTestBot, type TestBot } from '../support/bot';
import { givenApprovedBusiness, givenLegacyAccount, randomDigits } from '../support/business';
import { createTestDatabase } from '../support/database';

let database: Database;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});
afterAll(async () => {
  await app.close();
});

type Card = Record<string, unknown>;

/** Sends one activity through the real pipeline and returns the bot's messages. */
async function say(bot: TestBot, activity: Partial<Activity> | string): Promise<Partial<Activity>[]> {
  bot.adapter.activeQueue.splice(0);
  await bot.adapter.processActivity(typeof activity === 'string' ? { type: 'message', text: activity } : activity);
  return bot.adapter.activeQueue.splice(0).filter((a) => a.type === 'message');
}

function cardsIn(replies: Partial<Activity>[]): Card[] {
  return replies.map(cardOf).filter((c): c is Card => c !== undefined);
}

function textsIn(replies: Partial<Activity>[]): string[] {
  return replies.flatMap((r) => [...(r.text ? [r.text] : []), ...cardTexts(cardOf(r))]);
}

function walk(node: unknown, visit: (record: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  visit(record);
  Object.values(record).forEach((v) => walk(v, visit));
}

/** The data of every Submit action carrying `verb`, in card order (Execute fallbacks excluded). */
function actionsWith(cards: Card[], verb: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  walk(cards, (r) => {
    const data = r['data'] as Record<string, unknown> | undefined;
    if (r['type'] === 'Action.Submit' && data?.['verb'] === verb) found.push(data);
  });
  return found;
}

function inputOf(cards: Card[], id: string): Record<string, unknown> {
  let input: Record<string, unknown> | undefined;
  walk(cards, (r) => {
    if (typeof r['type'] === 'string' && r['type'].startsWith('Input.') && r['id'] === id) input ??= r;
  });
  if (!input) throw new Error(`no input ${id}`);
  return input;
}

/** A new conversation for a member of a (new or given) business, past the greeting. */
async function memberOfBusiness(language: Language, options: { oldCpsEmail?: string; countryCode?: string; businessId?: string } = {}) {
  const bot = createTestBot(app, language);
  const business = await givenApprovedBusiness(database.db, bot.userId, options);
  await say(bot, 'menu');
  return { bot, ...business };
}

const ownCountry: Readonly<Record<Language, string>> = { da: 'DK', sv: 'SE', nl: 'NL', en: 'GB' };
const fields = (t: Translate, ...keys: ('serialNumber' | 'purchaseDate' | 'purchaseCountry' | 'dealer')[]) =>
  keys.map((k) => t(`products.missingField.${k}`)).join(', ');

describe.each(['da', 'sv', 'nl'] as const)('registering and migrating products in %s', (language) => {
  const t = translator(language);
  const country = ownCountry[language];
  const r5Serial = randomDigits(12);
  let member: Awaited<ReturnType<typeof memberOfBusiness>>;
  let incompleteId = '';

  beforeAll(async () => {
    member = await memberOfBusiness(language, { countryCode: country });
  });

  it('asks a member without an approved business account to apply first', async () => {
    const bot = createTestBot(app, language);
    await say(bot, 'menu');
    const replies = await say(bot, cardSubmit({ verb: 'product.add' }));
    expect(textsIn(replies)).toContain(t('products.needsAccount'));
    expect(actionsWith(cardsIn(replies), 'account.apply')).toHaveLength(1);
  });

  it('opens the entry card: searchable models, date up to today, localized countries (own first), dealers of the country', async () => {
    const cards = cardsIn(await say(member.bot, cardSubmit({ verb: 'product.add' })));
    expect(cardTexts(cards[0])).toContain(t('products.entry.titleNew'));
    expect(inputOf(cards, 'model')).toMatchObject({ type: 'Input.ChoiceSet', style: 'filtered' });
    expect(inputOf(cards, 'purchaseDate')).toMatchObject({ type: 'Input.Date', max: new Date().toISOString().slice(0, 10) });
    const countries = inputOf(cards, 'purchaseCountry');
    expect(countries['style']).toBe('filtered');
    expect((countries['choices'] as { value: string; title: string }[])[0]).toEqual({ value: country, title: countryName(country, language) });
    const dealers = await createCatalogueRepository(database.db).dealerNames(country);
    expect(cardTexts(cards[0])).toContain(t('products.entry.dealerSuggestions', { country: countryName(country, language), dealers: dealers.join(', ') }));
    expect(actionsWith(cards, 'product.submit')[0]?.['entryId']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('registers a complete product: green tick and its points', async () => {
    const cards = cardsIn(await say(member.bot, cardSubmit({ verb: 'product.add' })));
    const { entryId } = actionsWith(cards, 'product.submit')[0] ?? {};
    const typed = `${r5Serial.slice(0, 4)} ${r5Serial.slice(4, 8)} ${r5Serial.slice(8)}`;
    const replies = await say(
      member.bot,
      cardSubmit({ verb: 'product.submit', entryId, model: 'eos-r5', serialNumber: typed, purchaseDate: '2023-05-02', purchaseCountry: country, dealer: 'Photocare' }),
    );
    expect(textsIn(replies)).toEqual(expect.arrayContaining([t('products.saved.complete', { model: 'Canon EOS R5', points: 300 }), t('products.saved.total', { points: 300 })]));
  });

  it('saves an incomplete product without a tick and names what is missing', async () => {
    const cards = cardsIn(await say(member.bot, cardSubmit({ verb: 'product.add' })));
    const { entryId } = actionsWith(cards, 'product.submit')[0] ?? {};
    const replies = await say(
      member.bot,
      cardSubmit({ verb: 'product.submit', entryId, model: 'rf-24-70mm-f2-8-l-is-usm', serialNumber: '', purchaseDate: '2022-01-10', purchaseCountry: country, dealer: '' }),
    );
    expect(textsIn(replies)).toContain(t('products.saved.incomplete', { model: 'Canon RF 24-70mm F2.8 L IS USM', fields: fields(t, 'serialNumber', 'dealer') }));
    expect(textsIn(replies)).toContain(t('products.saved.total', { points: 300 }));
  });

  it('shows My products with ticks, missing details, the points meter and the what-if line', async () => {
    const cards = cardsIn(await say(member.bot, cardSubmit({ verb: 'products.list' })));
    const texts = cardTexts(cards);
    expect(texts).toEqual(
      expect.arrayContaining([
        t('products.list.complete', { points: 300 }),
        t('products.list.incomplete', { fields: fields(t, 'serialNumber', 'dealer') }),
        t('products.points.total', { points: 300 }),
        t('products.meter.milestone', { name: 'Silver', points: 500 }),
        t('products.meter.toGo', { toGo: 200 }),
        t('products.meter.milestone', { name: 'Gold', points: 1000 }),
        t('products.meter.milestone', { name: 'Platinum', points: 2000 }),
        t('products.meter.milestoneMoreThan', { name: 'Corporate', points: 2500 }),
        t('products.meter.toInvitation', { toGo: 200 }),
        t('products.whatIf.register', { model: 'Canon RF 24-105mm F2.8 L IS USM Z', points: 500, tier: 'Silver' }),
        t('products.migrate.missingHint'),
      ]),
    );
    expect(actionsWith(cards, 'products.migrate')).toHaveLength(0);
    // Incomplete registrations come first: they need attention.
    incompleteId = String(actionsWith(cards, 'product.view')[0]?.['productId']);
  });

  it('fixes the incomplete product through “View product”: the card comes pre-filled, the tick and points follow', async () => {
    const cards = cardsIn(await say(member.bot, cardSubmit({ verb: 'product.view', productId: incompleteId })));
    expect(cardTexts(cards)).toEqual(
      expect.arrayContaining([
        t('products.entry.titleEdit', { model: 'Canon RF 24-70mm F2.8 L IS USM' }),
        t('products.entry.statusIncomplete', { fields: fields(t, 'serialNumber', 'dealer') }),
      ]),
    );
    expect(inputOf(cards, 'model')['value']).toBe('rf-24-70mm-f2-8-l-is-usm');
    expect(inputOf(cards, 'purchaseDate')['value']).toBe('2022-01-10');
    expect(actionsWith(cards, 'product.submit')[0]?.['productId']).toBe(incompleteId);

    const replies = await say(
      member.bot,
      cardSubmit({
        verb: 'product.submit',
        productId: incompleteId,
        model: 'rf-24-70mm-f2-8-l-is-usm',
        serialNumber: randomDigits(10),
        purchaseDate: '2022-01-10',
        purchaseCountry: country,
        dealer: 'Foto Konijnenberg',
      }),
    );
    expect(textsIn(replies)).toEqual(
      expect.arrayContaining([t('products.saved.complete', { model: 'Canon RF 24-70mm F2.8 L IS USM', points: 150 }), t('products.saved.total', { points: 450 })]),
    );
    const list = cardTexts(cardsIn(await say(member.bot, cardSubmit({ verb: 'products.list' }))));
    expect(list.filter((text) => text === t('products.list.complete', { points: 150 }))).toHaveLength(1);
    expect(list).toContain(t('products.points.total', { points: 450 }));
  });

  it('refuses a serial another business registered, records it and offers CPS Priority Support, keeping what was typed', async () => {
    const other = await memberOfBusiness(language, { countryCode: country });
    const cards = cardsIn(await say(other.bot, cardSubmit({ verb: 'product.add' })));
    const { entryId } = actionsWith(cards, 'product.submit')[0] ?? {};
    const replies = await say(
      other.bot,
      cardSubmit({ verb: 'product.submit', entryId, model: 'eos-r5', serialNumber: ` ${r5Serial} `, purchaseDate: '2024-02-01', purchaseCountry: country, dealer: 'Goecker' }),
    );
    const again = cardsIn(replies);
    expect(cardTexts(again)).toContain(t('products.conflict', { model: 'Canon EOS R5', serial: r5Serial }));
    expect(actionsWith(again, 'handoff.request')).toEqual([{ verb: 'handoff.request', reason: 'duplicate-serial' }]);
    expect(inputOf(again, 'dealer')['value']).toBe('Goecker');
    expect(inputOf(again, 'purchaseDate')['value']).toBe('2024-02-01');
    const recorded = await database.db
      .select()
      .from(serialConflicts)
      .where(and(eq(serialConflicts.businessId, other.businessId), eq(serialConflicts.serialNumber, r5Serial)));
    expect(recorded).toHaveLength(1);
  });

  it('explains why there is no “Migrate products” without an old CPS e-mail and offers the two ways on', async () => {
    const replies = await say(member.bot, cardSubmit({ verb: 'products.migrate' }));
    expect(textsIn(replies)).toContain(t('products.migrate.noEmail'));
    const cards = cardsIn(replies);
    expect(actionsWith(cards, 'product.add')).toHaveLength(1);
    expect(actionsWith(cards, 'handoff.request')).toHaveLength(1);
  });

  it('migrates from the old CPS account: dry run first, then once on confirmation; a second run changes nothing', async () => {
    const email = `old-${randomUUID()}@example.com`;
    await givenLegacyAccount(database.db, email, [
      { modelId: 'eos-r6-mark-ii', serialNumber: randomDigits(12), purchaseDate: '2023-01-20', purchaseCountry: country, dealer: 'Photocare' },
      { modelId: 'rf-70-200mm-f2-8-l-is-usm', serialNumber: randomDigits(10), purchaseDate: null, purchaseCountry: country, dealer: null },
    ]);
    const migrating = await memberOfBusiness(language, { oldCpsEmail: email, countryCode: country });

    const list = cardsIn(await say(migrating.bot, cardSubmit({ verb: 'products.list' })));
    expect(actionsWith(list, 'products.migrate')).toEqual([{ verb: 'products.migrate' }]);

    const preview = cardsIn(await say(migrating.bot, cardSubmit({ verb: 'products.migrate' })));
    const factSets: unknown[] = [];
    walk(preview, (r) => {
      if (r['type'] === 'FactSet') factSets.push(r['facts']);
    });
    expect(factSets).toEqual([
      [
        { title: t('products.migrate.preview.found'), value: '2' },
        { title: t('products.migrate.preview.alreadyRegistered'), value: '0' },
        { title: t('products.migrate.preview.elsewhere'), value: '0' },
        { title: t('products.migrate.preview.toMigrate'), value: '2' },
        { title: t('products.migrate.preview.incomplete'), value: '1' },
        { title: t('products.migrate.preview.points'), value: t('products.migrate.preview.pointsValue', { points: 200 }) },
      ],
    ]);
    expect(actionsWith(preview, 'products.migrate')).toEqual([{ verb: 'products.migrate', confirm: true }]);

    const done = textsIn(await say(migrating.bot, cardSubmit({ verb: 'products.migrate', confirm: true })));
    expect(done).toEqual(
      expect.arrayContaining([t('products.migrate.result', { count: 2 }), t('products.migrate.resultIncomplete', { count: 1 }), t('products.points.total', { points: 200 })]),
    );
    const twice = textsIn(await say(migrating.bot, cardSubmit({ verb: 'products.migrate', confirm: true })));
    expect(twice).toContain(t('products.migrate.resultNothing'));
    expect(twice).toContain(t('products.points.total', { points: 200 }));

    const after = cardsIn(await say(migrating.bot, cardSubmit({ verb: 'products.list' })));
    expect(cardTexts(after)).toContain(t('products.migrate.migratedOn', { email }));
    expect(actionsWith(after, 'product.view')).toHaveLength(2);
  });

  it('invites to join CPS in the reply when the points first reach 500, and only once', async () => {
    const submit = async (model: string, serial: string) => {
      const cards = cardsIn(await say(member.bot, cardSubmit({ verb: 'product.add' })));
      const { entryId } = actionsWith(cards, 'product.submit')[0] ?? {};
      return say(member.bot, cardSubmit({ verb: 'product.submit', entryId, model, serialNumber: serial, purchaseDate: '2024-03-15', purchaseCountry: country, dealer: 'Photocare' }));
    };
    const crossing = await submit('rf-70-200mm-f2-8-l-is-usm', randomDigits(10));
    expect(textsIn(crossing)).toContain(t('products.invitation.title', { points: 600 }));
    expect(actionsWith(cardsIn(crossing), 'cps.join')).toHaveLength(1);

    const next = await submit('rf-15-35mm-f2-8-l-is-usm', randomDigits(10));
    expect(textsIn(next)).toContain(t('products.saved.total', { points: 750 }));
    expect(actionsWith(cardsIn(next), 'cps.join')).toHaveLength(0);

    const invitations = (await app.services.jobs.byKind('cps.invitation')).filter((j) => j.payload['businessId'] === member.businessId);
    expect(invitations).toHaveLength(1);
    expect(invitations[0]?.payload['shownInlineTo']).toBe(member.memberId);
  });
});

describe('checking what was typed (Dutch)', () => {
  const t = translator('nl');
  let member: Awaited<ReturnType<typeof memberOfBusiness>>;
  beforeAll(async () => {
    member = await memberOfBusiness('nl', { countryCode: 'NL' });
  });

  async function submitNew(values: Record<string, string>) {
    const cards = cardsIn(await say(member.bot, cardSubmit({ verb: 'product.add' })));
    const { entryId } = actionsWith(cards, 'product.submit')[0] ?? {};
    return { entryId, replies: await say(member.bot, cardSubmit({ verb: 'product.submit', entryId, ...values })) };
  }

  it('shows the card again with the problems marked and every value kept', async () => {
    const { replies } = await submitNew({ model: 'eos-r5', serialNumber: '12-34', purchaseDate: '2099-01-01', purchaseCountry: 'NL', dealer: 'Kamera Express' });
    const cards = cardsIn(replies);
    expect(cardTexts(cards)).toEqual(
      expect.arrayContaining([
        t('products.entry.fixErrors'),
        t('products.error.serialNumber.pattern', { example: '032021001234' }),
        t('products.error.purchaseDate.future'),
      ]),
    );
    expect(inputOf(cards, 'serialNumber')['value']).toBe('12-34');
    expect(inputOf(cards, 'dealer')['value']).toBe('Kamera Express');
    expect(inputOf(cards, 'model')['value']).toBe('eos-r5');
  });

  it('refuses paper, ink and straps with the reason', async () => {
    const { replies } = await submitNew({ model: 'pfi-1000-ink-tank', serialNumber: '', purchaseDate: '', purchaseCountry: '', dealer: '' });
    expect(cardTexts(cardsIn(replies))).toContain(
      t('products.error.model.notRegistrable', { model: 'Canon PFI-1000 ink tank', reason: t('products.notRegistrable.consumable') }),
    );
  });

  it('a purchase before the model came out is refused', async () => {
    const { replies } = await submitNew({ model: 'eos-r5', serialNumber: '', purchaseDate: '2019-12-31', purchaseCountry: '', dealer: '' });
    const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2020-07-09T00:00:00Z'));
    expect(cardTexts(cardsIn(replies))).toContain(t('products.error.purchaseDate.beforeRelease', { date }));
  });

  it('a double-tapped save registers once and answers the same both times', async () => {
    const serial = randomDigits(10);
    const values = { model: 'rf-85mm-f1-2-l-usm', serialNumber: serial, purchaseDate: '2021-06-01', purchaseCountry: 'NL', dealer: 'Foka' };
    const { entryId, replies: first } = await submitNew(values);
    const second = await say(member.bot, cardSubmit({ verb: 'product.submit', entryId, ...values }));
    expect(textsIn(second)).toEqual(textsIn(first));
    const list = cardsIn(await say(member.bot, cardSubmit({ verb: 'products.list' })));
    expect(cardTexts(list).filter((text) => text === t('products.list.serial', { serial }))).toHaveLength(1);
  });

  it('a product id of another business is not found', async () => {
    const other = await memberOfBusiness('nl');
    const replies = await say(other.bot, cardSubmit({ verb: 'product.view', productId: randomUUID() }));
    expect(textsIn(replies)).toContain(t('products.notFound'));
  });

  it('opens My products when the member types it', async () => {
    const replies = await say(member.bot, 'mijn producten');
    expect(cardTexts(cardsIn(replies))).toContain(t('products.list.title'));
  });
});

describe('the invitation outside the conversation', () => {
  it('reaches the other members of the business proactively, once, and not the member who saw it in chat', async () => {
    const da = translator('da');
    const first = await memberOfBusiness('da');
    const colleague = await givenApprovedBusiness(database.db, `colleague-${randomUUID()}`, { businessId: first.businessId });
    const cards = cardsIn(await say(first.bot, cardSubmit({ verb: 'product.add' })));
    const { entryId } = actionsWith(cards, 'product.submit')[0] ?? {};
    await say(
      first.bot,
      cardSubmit({ verb: 'product.submit', entryId, model: 'eos-c500-mark-ii', serialNumber: randomDigits(12), purchaseDate: '2021-02-02', purchaseCountry: 'DK', dealer: 'Goecker' }),
    );

    const sent: { memberId: string; text: string | undefined }[] = [];
    const journey = createProductsJourney({
      ...app.services,
      notifier: {
        async notify(memberId, render) {
          const message = render(da, 'da');
          sent.push({ memberId, text: Array.isArray(message) ? undefined : (message as { text?: string }).text });
          return 1;
        },
      },
    });
    const jobsOf = async (kind: string) => (await app.services.jobs.byKind(kind)).filter((j) => j.payload['businessId'] === first.businessId);
    const [invitation] = await jobsOf('cps.invitation');
    if (!invitation) throw new Error('no invitation recorded');
    await withTransaction(database.db, () => journey.jobs?.['cps.invitation']?.(invitation.payload, { job: invitation, log: app.log, complete: async (work) => await work?.() }) ?? Promise.resolve());
    await withTransaction(database.db, () => journey.jobs?.['cps.invitation']?.(invitation.payload, { job: invitation, log: app.log, complete: async (work) => await work?.() }) ?? Promise.resolve());
    const notifications = await jobsOf('cps.invitation.notify');
    expect(notifications.map((j) => j.payload['memberId'])).toEqual([colleague.memberId]);

    for (const job of notifications) await journey.jobs?.['cps.invitation.notify']?.(job.payload, { job, log: app.log, complete: async (work) => await work?.() });
    expect(sent).toEqual([{ memberId: colleague.memberId, text: da('products.invitation.title', { points: 500 }) }]);
  });
});
