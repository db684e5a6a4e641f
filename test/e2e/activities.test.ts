import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../locales';
import { createTestDatabase } from '../support/database';
import { newMember, post, startApp, type Member, type RunningApp } from '../support/http';
import { verbsIn } from '../faults/helpers';

/** The activity router over HTTP, as Teams and the Microsoft 365 Agents Playground send activities. */
let running: RunningApp;
beforeAll(async () => {
  running = await startApp(await createTestDatabase());
});
afterAll(async () => {
  await running.app.close();
});

const texts = (activities: { text?: string }[]) => activities.map((a) => a.text ?? '').join('\n');
const teams = (member: Member, body: Record<string, unknown>) => post(running.url, member, { channelId: 'msteams', recipient: { id: '28:cps-bot' }, ...body });

describe('activities that are not messages', () => {
  it('get no reply while a form waits — not even the form reminder', async () => {
    const member = newMember('da');
    expect(verbsIn((await teams(member, { value: { verb: 'account.apply' } })).activities)).toContain('account.submit');
    const others: Record<string, unknown>[] = [
      { type: 'installationUpdate', action: 'add' },
      { type: 'conversationUpdate', membersAdded: [{ id: member.userId }] },
      { type: 'messageReaction', reactionsAdded: [{ type: 'like' }], replyToId: 'x' },
      { type: 'typing' },
      { type: 'event', name: 'application/vnd.microsoft.meetingStart' },
      { type: 'messageUpdate', text: 'edited' },
      { type: 'endOfConversation' },
      { type: 'somethingNew' },
    ];
    for (const activity of others) {
      const { status, activities } = await teams(member, activity);
      expect(status, String(activity['type'])).toBe(200);
      expect(activities, String(activity['type'])).toEqual([]);
    }
    // The form is still waiting: a message gets the reminder.
    const reminder = await teams(member, { text: 'hvad nu?' });
    expect(reminder.activities.length).toBeGreaterThan(0);
  });
});

describe('the first welcome in Teams', () => {
  it('installationUpdate then conversationUpdate greet a new user exactly once, as new', async () => {
    const t = translator('en');
    const member = newMember('en');
    const first = await teams(member, { type: 'installationUpdate', action: 'add' });
    const second = await teams(member, { type: 'conversationUpdate', membersAdded: [{ id: member.userId }, { id: '28:cps-bot' }] });
    const all = texts([...first.activities, ...second.activities]);
    expect(all.split(t('welcome.title')).length - 1).toBe(1);
    expect(all).not.toContain(t('welcome.back'));
  });

  it('the other order greets once too, and a reinstall later does not greet again', async () => {
    const t = translator('sv');
    const member = newMember('sv');
    const first = await teams(member, { type: 'conversationUpdate', membersAdded: [{ id: member.userId }] });
    expect(texts(first.activities)).toContain(t('welcome.title'));
    expect((await teams(member, { type: 'installationUpdate', action: 'add' })).activities).toEqual([]);
    expect((await teams(member, { type: 'installationUpdate', action: 'remove' })).activities).toEqual([]);
    expect((await teams(member, { type: 'installationUpdate', action: 'add' })).activities).toEqual([]);
  });
});

describe('group chats and channels', () => {
  const group = { conversationType: 'groupChat', isGroup: true };

  it('are ignored unless the bot is mentioned, and then point to the personal chat', async () => {
    const member = newMember('nl');
    const base = (conversationId: string) => ({ conversation: { id: conversationId, ...group } });
    const quiet = await teams(member, { ...base(member.conversationId), text: 'hoe lang duurt de validatie?' });
    expect(quiet.activities).toEqual([]);
    const mentioned = await teams(member, {
      ...base(member.conversationId),
      text: '<at>CPS</at> hoe lang duurt de validatie?',
      entities: [{ type: 'mention', mentioned: { id: '28:cps-bot', name: 'CPS' }, text: '<at>CPS</at>' }],
    });
    expect(texts(mentioned.activities)).toBe(translator('nl')('group.personalOnly'));
  });
});
