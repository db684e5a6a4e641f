import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedQuery } from '../../data/prepared';
import { auditLog } from '../../data/schema/audit';
import { rowsOf } from '../../data/database';
import { withTransaction, scoped } from '../../data/transaction';
import { createTestDatabase, defaultKind, type TestDatabase } from '../support/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase(undefined, { poolSize: 4 });
});
afterAll(async () => {
  await database.close();
});

function statements(database: TestDatabase) {
  const insert = preparedQuery(database.db, 'test_audit_insert', (db) =>
    db.insert(auditLog).values({ actor: 'test', action: 'prepared', subject: sql.placeholder('subject'), details: {} }),
  );
  const find = preparedQuery(database.db, 'test_audit_find', (db) => db.select({ subject: auditLog.subject }).from(auditLog).where(eq(auditLog.subject, sql.placeholder('subject'))));
  return { insert, find };
}

describe('a query built once', () => {
  it('runs outside a transaction on the pool', async () => {
    const { insert, find } = statements(database);
    await insert({ subject: 'outside' });
    expect(await find({ subject: 'outside' })).toEqual([{ subject: 'outside' }]);
  });

  it('runs inside the surrounding transaction: it sees its writes and rolls back with it', async () => {
    const { insert, find } = statements(database);
    await expect(
      withTransaction(database.db, async () => {
        await insert({ subject: 'rolled-back' });
        expect(await find({ subject: 'rolled-back' })).toHaveLength(1);
        throw new Error('turn failed');
      }),
    ).rejects.toThrow('turn failed');
    expect(await find({ subject: 'rolled-back' })).toEqual([]);
  });
});

describe.runIf(defaultKind() === 'postgres')('every statement on PostgreSQL', () => {
  it('is prepared once per connection and then only bound and executed', async () => {
    const subject = `prepared-${Date.now()}`;
    const prepared = await withTransaction(database.db, async () => {
      // A query built on every call (not through preparedQuery), twice on the transaction's connection.
      for (let i = 0; i < 2; i++) await scoped(database.db).select({ subject: auditLog.subject }).from(auditLog).where(eq(auditLog.subject, subject));
      return rowsOf<{ statement: string }>(await scoped(database.db).execute(sql`select statement from pg_prepared_statements`));
    });
    const matching = prepared.filter((p) => p.statement.includes('from "audit_log" where "audit_log"."subject" = $1'));
    expect(matching).toHaveLength(1);
  });
});
