import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemberRepository } from '../../data/repositories/members';
import { createTurnRepository } from '../../data/repositories/turns';
import { botState } from '../../data/schema/botState';
import { supportCases } from '../../data/schema/support';
import { withTransaction } from '../../data/transaction';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase(undefined, { poolSize: 4 });
});
afterAll(async () => {
  await database.close();
});

describe('turn bookkeeping', () => {
  it('records an activity once; the redelivery is recognised', async () => {
    const turns = createTurnRepository(database.db);
    expect(await turns.begin('conv-a', 'act-1')).toBe(true);
    expect(await turns.begin('conv-a', 'act-1')).toBe(false);
    expect(await turns.begin('conv-b', 'act-1')).toBe(true);
  });

  it('forgets the activity when its turn rolls back, so a redelivery is processed', async () => {
    const turns = createTurnRepository(database.db);
    await expect(
      withTransaction(database.db, async () => {
        await turns.begin('conv-rollback', 'act-1');
        throw new Error('turn failed');
      }),
    ).rejects.toThrow('turn failed');
    expect(await turns.begin('conv-rollback', 'act-1')).toBe(true);
  });

  it('holds the conversation lock until the transaction ends: a second turn, with or without an activity id, waits for the first', async () => {
    const turns = createTurnRepository(database.db);
    const order: string[] = [];
    let releaseFirst!: () => void;
    const firstMayFinish = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstLocked!: () => void;
    const firstHasLock = new Promise<void>((resolve) => (firstLocked = resolve));

    const first = withTransaction(database.db, async () => {
      await turns.begin('conv-lock', 'act-first');
      order.push('first locked');
      firstLocked();
      await firstMayFinish;
      order.push('first done');
    });
    await firstHasLock;
    const second = withTransaction(database.db, async () => {
      await turns.begin('conv-lock', undefined);
      order.push('second locked');
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first locked', 'first done', 'second locked']);
  });
});

describe('what a turn reads first', () => {
  it('on first contact: no member, no support case, no state', async () => {
    const turns = createTurnRepository(database.db);
    expect(await turns.context('test', 'nobody-yet', 'test/conversations/none/')).toEqual({ member: undefined, openCase: undefined, state: undefined });
  });

  it('the member, only their open support case, and the conversation’s state, in one read', async () => {
    const turns = createTurnRepository(database.db);
    const member = await createMemberRepository(database.db).create('test', 'context-user', 'Kirsten');
    await database.db.insert(supportCases).values({ memberId: member.id, language: 'da', status: 'closed' });
    expect((await turns.context('test', 'context-user', 'test/conversations/c1/')).openCase).toBeUndefined();

    const [open] = await database.db.insert(supportCases).values({ memberId: member.id, language: 'da' }).returning();
    await database.db.insert(botState).values({ key: 'test/conversations/c1/', data: { dialogState: { step: 2 } }, etag: 7 });
    const context = await turns.context('test', 'context-user', 'test/conversations/c1/');
    expect(context.member).toMatchObject({ id: member.id, displayName: 'Kirsten' });
    expect(context.openCase?.id).toBe(open?.id);
    expect(context.state).toEqual({ data: { dialogState: { step: 2 } }, etag: 7 });
    expect((await turns.context('test', 'someone-else', 'test/conversations/c1/')).member).toBeUndefined();
  });
});
