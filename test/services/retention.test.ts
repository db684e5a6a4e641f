import { createHash, randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMISED } from '../../data/repositories/retention';
import { botState, processedActivities } from '../../data/schema/botState';
import { applicationDocuments, applications } from '../../data/schema/businesses';
import { faqUnanswered } from '../../data/schema/faq';
import { members } from '../../data/schema/members';
import { supportCases, supportMessages } from '../../data/schema/support';
import { withTransaction } from '../../data/transaction';
import { DEFAULT_RETENTION, daysBefore } from '../../domain/retention';
import { applyRetention, nextRetentionRun } from '../../services/member/retention';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
const now = new Date('2026-12-04T03:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function member(): Promise<string> {
  const [row] = await database.db.insert(members).values({ channelId: 'test', channelUserId: `u-${randomUUID()}` }).returning({ id: members.id });
  if (!row) throw new Error('no member');
  return row.id;
}

/** A rejected application decided `daysAgo` days ago, with its document; returns the document id. */
async function rejectedWithDocument(daysAgo: number): Promise<string> {
  const decidedAt = daysBefore(now, daysAgo);
  const [application] = await database.db
    .insert(applications)
    .values({
      reference: `APP-R${randomUUID().slice(0, 6)}`,
      memberId: await member(),
      countryCode: 'NL',
      companyName: 'Beeld BV',
      address: 'Keizersgracht 1, Amsterdam',
      vatRegistered: false,
      documentType: 'business-licence',
      authorised: true,
      contactEmail: 'info@beeld.example',
      status: 'rejected',
      rejectionReason: 'unreadable',
      submittedAt: decidedAt,
      decidedAt,
    })
    .returning({ id: applications.id });
  const content = Buffer.from(`licence ${randomUUID()}`);
  const [document] = await database.db
    .insert(applicationDocuments)
    .values({ applicationId: application?.id ?? '', documentType: 'business-licence', mediaType: 'application/pdf', byteSize: content.length, sha256: createHash('sha256').update(content).digest('hex'), content })
    .returning({ id: applicationDocuments.id });
  return document?.id ?? '';
}

/** A support case closed `daysAgo` days ago with one message; returns the case id. */
async function closedCase(daysAgo: number): Promise<string> {
  const [supportCase] = await database.db
    .insert(supportCases)
    .values({ memberId: await member(), language: 'sv', reason: 'kameran', status: 'closed', closedAt: daysBefore(now, daysAgo) })
    .returning({ id: supportCases.id });
  await database.db.insert(supportMessages).values({ caseId: supportCase?.id ?? '', sender: 'member', text: 'Min kamera startar inte' });
  return supportCase?.id ?? '';
}

describe('retention (default periods)', () => {
  it('removes each kind of data only after its period', async () => {
    const id = randomUUID();
    await database.db.insert(processedActivities).values([
      { conversationId: `old-${id}`, activityId: 'a', processedAt: daysBefore(now, 8) },
      { conversationId: `new-${id}`, activityId: 'a', processedAt: daysBefore(now, 6) },
    ]);
    await database.db.insert(botState).values([
      { key: `test/conversations/old-${id}/`, data: {}, updatedAt: daysBefore(now, 91) },
      { key: `test/conversations/new-${id}/`, data: {}, updatedAt: daysBefore(now, 89) },
    ]);
    const [oldQuestion, newQuestion] = await database.db
      .insert(faqUnanswered)
      .values([
        { question: 'mijn adres is Keizersgracht 1', language: 'nl', at: daysBefore(now, 181) },
        { question: 'waar blijft mijn factuur', language: 'nl', at: daysBefore(now, 179) },
      ])
      .returning({ id: faqUnanswered.id });
    const oldDocument = await rejectedWithDocument(31);
    const newDocument = await rejectedWithDocument(29);
    const oldCase = await closedCase(366);
    const newCase = await closedCase(364);

    const run = await withTransaction(database.db, () => applyRetention(database.db, DEFAULT_RETENTION, now));
    expect(run).toEqual({ processedActivities: 1, botState: 1, questions: 1, rejectedDocuments: 1, supportMessages: 1 });

    const activities = await database.db.select().from(processedActivities).where(inArray(processedActivities.conversationId, [`old-${id}`, `new-${id}`]));
    expect(activities.map((a) => a.conversationId)).toEqual([`new-${id}`]);
    const states = await database.db.select().from(botState).where(inArray(botState.key, [`test/conversations/old-${id}/`, `test/conversations/new-${id}/`]));
    expect(states.map((s) => s.key)).toEqual([`test/conversations/new-${id}/`]);
    const questions = await database.db.select().from(faqUnanswered).where(inArray(faqUnanswered.id, [oldQuestion?.id ?? '', newQuestion?.id ?? '']));
    expect(Object.fromEntries(questions.map((q) => [q.id, q.question]))).toEqual({ [oldQuestion?.id ?? '']: ANONYMISED, [newQuestion?.id ?? '']: 'waar blijft mijn factuur' });
    const documents = await database.db.select({ id: applicationDocuments.id }).from(applicationDocuments).where(inArray(applicationDocuments.id, [oldDocument, newDocument]));
    expect(documents.map((d) => d.id)).toEqual([newDocument]);
    expect(await database.db.select().from(supportMessages).where(eq(supportMessages.caseId, oldCase))).toEqual([]);
    expect(await database.db.select().from(supportMessages).where(eq(supportMessages.caseId, newCase))).toHaveLength(1);
    const [scrubbed] = await database.db.select().from(supportCases).where(eq(supportCases.id, oldCase));
    expect(scrubbed).toMatchObject({ reason: null, snapshot: {} });
  });

  it('follows configured periods', async () => {
    const id = randomUUID();
    await database.db.insert(processedActivities).values({ conversationId: `cfg-${id}`, activityId: 'a', processedAt: daysBefore(now, 2) });
    await withTransaction(database.db, () => applyRetention(database.db, { ...DEFAULT_RETENTION, processedActivitiesDays: 1 }, now));
    expect(await database.db.select().from(processedActivities).where(eq(processedActivities.conversationId, `cfg-${id}`))).toEqual([]);
  });
});

describe('the retention schedule', () => {
  it('runs daily at 03:00 UTC, one job per day', () => {
    expect(nextRetentionRun(new Date('2026-12-04T02:59:00Z'))).toEqual({ runAt: new Date('2026-12-04T03:00:00Z'), dedupeKey: 'privacy.retention:2026-12-04' });
    expect(nextRetentionRun(new Date('2026-12-04T03:00:00Z'))).toEqual({ runAt: new Date('2026-12-05T03:00:00Z'), dedupeKey: 'privacy.retention:2026-12-05' });
  });
});
