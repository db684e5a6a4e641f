import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../data/database';
import { createBotStateStorage, StaleStateError } from '../../data/repositories/botState';
import { createTestDatabase } from '../support/database';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('bot state storage (compare-and-swap)', () => {
  it('creates state that was read as absent and returns it with a version', async () => {
    const storage = createBotStateStorage(database.db);
    expect(await storage.read(['k-create'])).toEqual({});
    await storage.write({ 'k-create': { step: 1, eTag: '*' } });
    const again = await createBotStateStorage(database.db).read(['k-create']);
    expect(again['k-create']).toEqual({ step: 1, eTag: '1' });
  });

  it('rejects a write based on a stale read, even with BotState’s eTag "*"', async () => {
    await createBotStateStorage(database.db).write({ 'k-stale': { step: 1 } });
    const first = createBotStateStorage(database.db);
    const second = createBotStateStorage(database.db);
    await first.read(['k-stale']);
    await second.read(['k-stale']);
    await first.write({ 'k-stale': { step: 2, eTag: '*' } });
    await expect(second.write({ 'k-stale': { step: 3, eTag: '*' } })).rejects.toBeInstanceOf(StaleStateError);
    const stored = await createBotStateStorage(database.db).read(['k-stale']);
    expect(stored['k-stale']?.['step']).toBe(2);
  });

  it('rejects creating state someone else created after it was read as absent', async () => {
    const first = createBotStateStorage(database.db);
    const second = createBotStateStorage(database.db);
    await first.read(['k-race']);
    await second.read(['k-race']);
    await first.write({ 'k-race': { by: 'first', eTag: '*' } });
    await expect(second.write({ 'k-race': { by: 'second', eTag: '*' } })).rejects.toBeInstanceOf(StaleStateError);
  });

  it('rejects an explicit eTag that no longer matches', async () => {
    const storage = createBotStateStorage(database.db);
    await storage.write({ 'k-etag': { n: 1 } });
    await storage.write({ 'k-etag': { n: 2, eTag: '1' } });
    await expect(createBotStateStorage(database.db).write({ 'k-etag': { n: 3, eTag: '1' } })).rejects.toBeInstanceOf(StaleStateError);
  });

  it('writes unconditionally a key it never read (botbuilder’s "*" contract)', async () => {
    await createBotStateStorage(database.db).write({ 'k-force': { n: 1 } });
    await createBotStateStorage(database.db).write({ 'k-force': { n: 2, eTag: '*' } });
    const stored = await createBotStateStorage(database.db).read(['k-force']);
    expect(stored['k-force']).toEqual({ n: 2, eTag: '2' });
  });

  it('deletes', async () => {
    const storage = createBotStateStorage(database.db);
    await storage.write({ 'k-del': { n: 1 } });
    await storage.delete(['k-del']);
    expect(await createBotStateStorage(database.db).read(['k-del'])).toEqual({});
  });
});
