import { createHash } from 'node:crypto';
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { catalogueModels, countries, dealers, tierPrices, tiers } from '../schema';
import type { Db } from '../types';
import { catalogueSeed } from './catalogue';
import { countrySeed } from './countries';
import { dealerSeed } from './dealers';
import { faqSeed, seedFaq } from './faq';
import { tierPriceSeed, tierSeed } from './tiers';

/**
 * Writes the reference data, idempotently and in one transaction (one statement per table), so it
 * is safe on every start and from several processes at once.
 *
 * - Seed-owned (updated when the seed changes): country facts (name, currency, VAT rate, time zone),
 *   the catalogue placeholder.
 * - FAQ entries: updated when the seed changes unless an editor changed the row (see `seedFaq`).
 * - Operator-editable (inserted when missing, never overwritten): support hours, tiers, tier
 *   prices, dealers.
 */
export async function seedDatabase(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(countries)
      .values([...countrySeed])
      .onConflictDoUpdate({
        target: countries.code,
        ...overwriteChanged(countries, ['name', 'currency', 'vatRateBp', 'timeZone']),
      });
    await tx.insert(tiers).values([...tierSeed]).onConflictDoNothing();
    await tx.insert(tierPrices).values([...tierPriceSeed]).onConflictDoNothing();
    await tx
      .insert(catalogueModels)
      .values([...catalogueSeed])
      .onConflictDoUpdate({
        target: catalogueModels.id,
        ...overwriteChanged(catalogueModels, [
          'name',
          'category',
          'points',
          'serialPattern',
          'serialExample',
          'releaseDate',
          'registrable',
          'notRegistrableReasonKey',
        ]),
      });
    await tx.insert(dealers).values([...dealerSeed]).onConflictDoNothing();
    await seedFaq(tx);
  });
}

/** A hash of everything `seedDatabase` writes: equal fingerprints mean seeding again changes nothing. */
export function seedFingerprint(): string {
  return createHash('sha256')
    .update(JSON.stringify([countrySeed, tierSeed, tierPriceSeed, catalogueSeed, dealerSeed, faqSeed]))
    .digest('hex');
}

/**
 * The `set` and `setWhere` of an upsert that copies `keys` from the proposed row, but only when one
 * of them differs, so unchanged rows are neither rewritten nor get a new `updated_at`.
 */
function overwriteChanged<TTable extends PgTable>(
  table: TTable,
  keys: readonly (keyof TTable['_']['columns'] & string)[],
): { set: PgUpdateSetSource<TTable>; setWhere: SQL } {
  const columns = getTableColumns(table);
  const pairs = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`${key} is not a column`);
    return { key, current: sql`${column}`, proposed: sql`excluded.${sql.identifier(column.name)}` };
  });
  const set: Record<string, SQL> = Object.fromEntries(pairs.map((p) => [p.key, p.proposed]));
  return {
    set: set as PgUpdateSetSource<TTable>,
    setWhere: sql`(${sql.join(
      pairs.map((p) => p.current),
      sql`, `,
    )}) is distinct from (${sql.join(
      pairs.map((p) => p.proposed),
      sql`, `,
    )})`,
  };
}
