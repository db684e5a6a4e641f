import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { SUPPORT_IDLE_JOB } from '../../dialogs/support';
import { countries } from '../../data/schema/countries';
import { jobs } from '../../data/schema/jobs';
import { supportCases } from '../../data/schema/support';
import { translator } from '../../locales';
import { cardTexts } from '../support/bot';
import { startFakeChannel, type FakeChannel } from '../support/channel';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, startApp, type Member, type RunningApp } from '../support/http';
import { AgentClient, ALWAYS_OPEN } from './supportHelpers';

let database: TestDatabase;
let running: RunningApp;
let channel: FakeChannel;
let agent: AgentClient;
/** The app's clock runs this far ahead of the real one. */
let aheadMs = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.update(countries).set(ALWAYS_OPEN);
  running = await startApp(database, {}, { clock: () => new Date(Date.now() + aheadMs) });
  channel = await startFakeChannel();
  agent = new AgentClient(running.url);
  expect((await agent.signIn()).status).toBe(200);
});
beforeEach(() => {
  aheadMs = 0;
});
afterAll(async () => {
  await running.app.close();
  await channel.close();
});

async function claimedCase(language: string): Promise<{ member: Member; caseId: string }> {
  const member = newMember(language);
  await post(running.url, member, { serviceUrl: channel.url, value: { verb: 'handoff.request' } });
  const queued = (await agent.get('/api/agent/queue')).body['queued'] as { id: string }[];
  const caseId = queued.at(-1)!.id;
  expect((await agent.post(`/api/agent/cases/${caseId}/claim`)).status).toBe(200);
  return { member, caseId };
}

/** Lets time pass: the app's clock jumps ahead and the idle checks scheduled meanwhile become due. */
async function minutesPass(minutes: number): Promise<void> {
  aheadMs += minutes * 60_000;
  await database.db
    .update(jobs)
    .set({ runAt: new Date(Date.now() - 1000) })
    .where(and(eq(jobs.kind, SUPPORT_IDLE_JOB), eq(jobs.status, 'pending')));
  await running.app.jobs.runDue();
}

async function caseRow(caseId: string) {
  const [row] = await database.db.select().from(supportCases).where(eq(supportCases.id, caseId));
  return row;
}

describe('idle timeouts end an active chat politely', () => {
  it('the member waits for an agent who does not answer: closed after 10 minutes with an apology and a way back', async () => {
    const t = translator('da');
    const { member, caseId } = await claimedCase('da');
    await post(running.url, member, { serviceUrl: channel.url, text: 'Hallo, er der nogen?' });
    await minutesPass(11);
    expect(await caseRow(caseId)).toMatchObject({ status: 'closed', resolution: 'timeout-agent' });
    const [apology, csat] = channel.to(member.conversationId).slice(-2);
    expect(cardTexts(apology?.attachments?.[0]?.content)).toEqual(expect.arrayContaining([t('support.timeout.agent'), t('support.requestAgain')]));
    expect(cardTexts(csat?.attachments?.[0]?.content)).toContain(t('support.csat.title'));
  });

  it('the agent waits for a member who has left: closed after 15 minutes', async () => {
    const t = translator('nl');
    const { member, caseId } = await claimedCase('nl');
    expect((await agent.post(`/api/agent/cases/${caseId}/messages`, { text: 'Hoe kan ik je helpen?' })).status).toBe(201);
    await minutesPass(16);
    expect(await caseRow(caseId)).toMatchObject({ status: 'closed', resolution: 'timeout-member' });
    const goodbye = channel.to(member.conversationId).at(-2);
    expect(cardTexts(goodbye?.attachments?.[0]?.content)).toContain(t('support.timeout.member'));
    // The agent's console shows the chat ended.
    expect((await agent.post(`/api/agent/cases/${caseId}/messages`, { text: 'Nog daar?' })).status).toBe(409);
  });

  it('a chat where both sides keep answering stays open', async () => {
    const { member, caseId } = await claimedCase('sv');
    await agent.post(`/api/agent/cases/${caseId}/messages`, { text: 'Hej!' });
    await minutesPass(5);
    await post(running.url, member, { serviceUrl: channel.url, text: 'Hej, jag har en fråga' });
    await minutesPass(5);
    await agent.post(`/api/agent/cases/${caseId}/messages`, { text: 'Berätta' });
    await minutesPass(12);
    expect(await caseRow(caseId)).toMatchObject({ status: 'active' });
    await agent.post(`/api/agent/cases/${caseId}/close`, { resolution: 'Answered' });
  });
});
