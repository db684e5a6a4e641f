import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../../data/repositories/audit';
import { newMember, post, type Member } from '../support/http';
import { useOpsApp } from './opsHelpers';

const TOKEN = 'backoffice-questions-token-1234567890';

const app = useOpsApp(TOKEN);

/** The topic ids of the FAQ answer cards the bot replied with. */
async function answeredTopics(member: Member, text: string): Promise<string[]> {
  const { activities } = await post(app.running.url, member, { text });
  return [...JSON.stringify(activities).matchAll(/"faqId":"([a-z.-]+)"/g)].map((m) => m[1] ?? '');
}

interface Group {
  language: string;
  count: number;
  unanswered: number;
  questions: string[];
  candidate: { topicId: string } | null;
  items: { kind: string; id: string }[];
}

const QUESTIONS = { en: 'Can my dog come along to the camera club picnic?', da: 'Må min hund komme med til kameraklubbens skovtur?' } as const;

describe('questions we fail', () => {
  it('groups unanswered questions by language; linking a group to a topic makes the bot answer them', async () => {
    for (const member of [newMember('en'), newMember('en')]) expect(await answeredTopics(member, QUESTIONS.en)).toEqual([]);
    expect(await answeredTopics(newMember('da'), QUESTIONS.da)).toEqual([]);

    const { id: reviewerId, client } = await app.staff('reviewer');
    const listed = await client.get('/api/ops/questions');
    expect(listed.status).toBe(200);
    const groups = listed.body['groups'] as Group[];
    const en = groups.find((g) => g.language === 'en' && g.questions.includes(QUESTIONS.en));
    const da = groups.find((g) => g.language === 'da' && g.questions.includes(QUESTIONS.da));
    expect(en).toMatchObject({ count: 2, unanswered: 2 });
    expect(da).toMatchObject({ count: 1, unanswered: 1 });

    for (const [language, group] of [['en', en], ['da', da]] as const) {
      const linked = await client.post('/api/ops/questions/link', { language, topicId: 'cps.corporate', items: group?.items });
      expect(linked.body).toEqual({ linked: group?.count, topicId: 'cps.corporate' });
    }
    expect(await answeredTopics(newMember('en'), QUESTIONS.en)).toContain('cps.corporate');
    expect(await answeredTopics(newMember('da'), QUESTIONS.da)).toContain('cps.corporate');

    const after = (await client.get('/api/ops/questions')).body['groups'] as Group[];
    expect(after.some((g) => g.questions.includes(QUESTIONS.en) || g.questions.includes(QUESTIONS.da))).toBe(false);
    expect((await client.post('/api/ops/questions/link', { language: 'en', topicId: 'cps.corporate', items: en?.items })).status).toBe(409);
    const audit = await createAuditLog(app.database.db).forSubject('faq-topic:cps.corporate');
    expect(audit.map((e) => [e.actor, e.action, e.details])).toEqual([
      [`agent:${reviewerId}`, 'faq.questions-link', { language: 'en', count: 2 }],
      [`agent:${reviewerId}`, 'faq.questions-link', { language: 'da', count: 1 }],
    ]);
  }, 60_000);

  it('marks a group as a topic to write; it is then listed under new-topic', async () => {
    const question = 'Is there a discount on lens cleaning kits for the darkroom course?';
    expect(await answeredTopics(newMember('en'), question)).toEqual([]);
    const { client } = await app.staff('admin');
    const group = ((await client.get('/api/ops/questions')).body['groups'] as Group[]).find((g) => g.questions.includes(question));
    expect((await client.post('/api/ops/questions/new-topic', { language: 'en', items: group?.items })).body).toEqual({ marked: 1 });
    const waiting = (await client.get('/api/ops/questions?status=new-topic')).body['groups'] as Group[];
    expect(waiting.map((g) => g.questions).flat()).toContain(question);
  }, 60_000);

  it('refuses other roles with 403 and bad input with 400', async () => {
    const { client: finance } = await app.staff('finance');
    expect((await finance.get('/api/ops/questions')).status).toBe(403);
    const refused = await finance.post('/api/ops/questions/link', { language: 'en', topicId: 'cps.corporate', items: [] });
    expect(refused).toMatchObject({ status: 403, body: { error: 'forbidden-role' } });
    const { client: reviewer } = await app.staff('reviewer');
    const bad = await reviewer.post('/api/ops/questions/link', { language: 'xx', topicId: 'Bad Topic', items: [{ kind: 'other', id: '1' }] });
    expect(bad).toMatchObject({ status: 400, body: { error: 'invalid-action', fields: ['language', 'items', 'topicId'] } });
  });
});
