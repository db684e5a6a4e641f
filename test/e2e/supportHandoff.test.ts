import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { TRANSCRIPT_CONTENT_TYPE } from '../../dialogs/support';
import { auditLog } from '../../data/schema/audit';
import { countries } from '../../data/schema/countries';
import { supportCases } from '../../data/schema/support';
import { translator, type Language } from '../../locales';
import { cardOf, cardTexts } from '../support/bot';
import { startFakeChannel, type FakeChannel } from '../support/channel';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, startApp, type RunningApp } from '../support/http';
import { AgentClient, ALWAYS_OPEN } from './supportHelpers';

let database: TestDatabase;
let running: RunningApp;
let channel: FakeChannel;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.update(countries).set(ALWAYS_OPEN);
  running = await startApp(database);
  channel = await startFakeChannel();
});
afterAll(async () => {
  await running.app.close();
  await channel.close();
});

const askForPerson: Record<Language, string> = {
  da: 'Jeg vil gerne tale med en person',
  nl: 'Ik wil graag met een medewerker praten',
  sv: 'Jag vill prata med en människa',
  en: 'I want to talk to a person',
};

/** What the member and the agent write, in the member's language. */
const lines: Record<'da' | 'nl', { early: string; agent: string; member: string }> = {
  da: { early: 'Mit serienummer 012345678901 bliver afvist', agent: 'Hej! Jeg kigger på det nu.', member: 'Tak, det er et EOS R5' },
  nl: { early: 'Mijn serienummer 012345678901 wordt geweigerd', agent: 'Hallo! Ik kijk er nu naar.', member: 'Bedankt, het is een EOS R5' },
};

describe.each(['da', 'nl'] as const)('hand-off to a human agent in %s', (language) => {
  const t = translator(language);
  const line = lines[language];

  it('request → queue position → claim → two-way chat → close → CSAT', async () => {
    const member = newMember(language);
    const say = (body: Record<string, unknown>) => post(running.url, member, { serviceUrl: channel.url, ...body });

    // The member asks for a person and is told their place in the queue.
    const asked = await say({ text: askForPerson[language] });
    expect(asked.status).toBe(200);
    const queueCard = asked.activities.map((a) => cardOf(a)).find((c) => c !== undefined && cardTexts(c).includes(t('support.queue.joined')));
    expect(queueCard).toBeDefined();
    const texts = cardTexts(queueCard);
    expect(texts).toContain(t('support.queue.placeLabel'));
    expect(texts).toContain(t('support.queue.waitLabel'));
    // Hubs get the Bot Framework hand-off event with the transcript attached.
    const initiate = asked.activities.find((a) => a.type === 'event' && (a as { name?: string }).name === 'handoff.initiate');
    expect(initiate?.attachments?.[0]?.contentType).toBe(TRANSCRIPT_CONTENT_TYPE);

    // The agent sees the member in the queue, at the place the member was told.
    const agent = new AgentClient(running.url);
    expect((await agent.signIn()).status).toBe(200);
    const queue = await agent.get('/api/agent/queue');
    const queued = queue.body['queued'] as { id: string; position: number; language: string }[];
    expect(queued).toHaveLength(1);
    const waiting = queued[0]!;
    expect(waiting.language).toBe(language);
    expect(texts).toContain(String(waiting.position));

    // What the member writes while waiting is kept for the agent and acknowledged with the place in the queue.
    const early = await say({ text: line.early });
    expect(early.activities).toHaveLength(1);
    expect(cardTexts(cardOf(early.activities[0] ?? {}))).toEqual(expect.arrayContaining([t('support.queue.received'), String(waiting.position)]));

    // The agent claims and sees it; the member is told who joined.
    const claimed = await agent.post(`/api/agent/cases/${waiting.id}/claim`);
    expect(claimed.status).toBe(200);
    const transcript = claimed.body['transcript'] as { sender: string; text: string }[];
    expect(transcript).toContainEqual(expect.objectContaining({ sender: 'member', text: line.early }));
    expect(claimed.body['snapshot']).toMatchObject({ language, reason: 'member-request' });
    await running.app.jobs.runDue();
    const connected = channel.to(member.conversationId).at(-1);
    expect(cardTexts(connected?.attachments?.[0]?.content)).toContain(t('support.connected', { agent: 'Demo Agent' }));

    // Agent → member, through the stored conversation reference.
    expect((await agent.post(`/api/agent/cases/${waiting.id}/messages`, { text: line.agent })).status).toBe(201);
    await running.app.jobs.runDue();
    expect(channel.to(member.conversationId).at(-1)?.text).toBe(t('support.agentSays', { agent: 'Demo Agent', text: line.agent }));

    // Member → agent; the bot stays quiet.
    const reply = await say({ text: line.member });
    expect(reply.activities).toEqual([]);
    const seen = await agent.get(`/api/agent/cases/${waiting.id}`);
    expect((seen.body['transcript'] as { text: string }[]).map((m) => m.text)).toContain(line.member);

    // The agent closes; the member is thanked and asked to rate in their language.
    expect((await agent.post(`/api/agent/cases/${waiting.id}/close`, { resolution: 'Serial corrected by hand' })).status).toBe(200);
    await running.app.jobs.runDue();
    const [closedText, csat] = channel.to(member.conversationId).slice(-2);
    expect(closedText?.text).toBe(t('support.closedByAgent', { agent: 'Demo Agent' }));
    const csatCard = csat?.attachments?.[0]?.content;
    expect(cardTexts(csatCard)).toContain(t('support.csat.title'));

    // The member rates 4 and is back at the menu.
    const rated = await say({ value: { verb: 'csat.submit', rating: 4, caseId: waiting.id } });
    expect(rated.activities[0]?.text).toBe(t('support.csat.thanks'));
    expect(cardTexts(cardOf(rated.activities[1]!))).toContain(t('menu.title'));

    const [stored] = await database.db.select().from(supportCases).where(eq(supportCases.id, waiting.id));
    expect(stored).toMatchObject({ status: 'closed', csatRating: 4, resolution: 'Serial corrected by hand' });
    const actions = (await database.db.select().from(auditLog).where(eq(auditLog.subject, `support-case:${waiting.id}`))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['support.request', 'support.claim', 'support.message', 'support.close', 'support.csat']));
  });
});
