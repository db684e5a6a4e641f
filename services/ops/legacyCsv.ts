import { parse } from 'csv-parse/sync';
import { eq, inArray } from 'drizzle-orm';
import { createAuditLog } from '../../data/repositories/audit';
import { createCatalogueRepository } from '../../data/repositories/catalogue';
import { createLegacyRepository, sameLegacyProduct, type LegacyProductValues } from '../../data/repositories/legacy';
import { legacyAccounts, legacyProducts } from '../../data/schema/legacy';
import { scoped, withTransaction } from '../../data/transaction';
import type { Db } from '../../data/types';
import { localDate } from '../../domain/businessDays';
import { checkProductInput } from '../../domain/products';

/** The columns of an old-accounts CSV, by their header (case, spaces, dashes and underscores ignored). */
export const LEGACY_CSV_COLUMNS = ['email', 'membershipnumber', 'model', 'serialnumber', 'purchasedate', 'country', 'dealer'] as const;
type Column = (typeof LEGACY_CSV_COLUMNS)[number];
export const MAX_LEGACY_CSV_ROWS = 5000;

export type CsvRowStatus = 'valid' | 'invalid' | 'present';

export interface CsvRowResult {
  /** The line in the file (the header is line 1). */
  readonly line: number;
  readonly email: string;
  readonly model: string;
  readonly serialNumber: string;
  readonly status: CsvRowStatus;
  /** Why the row cannot be imported: `email`, or `<field>:<code>` from the product checks. */
  readonly problems: string[];
}

export type CsvOutcome =
  | { readonly ok: false; readonly error: 'unreadable-csv' | 'missing-columns' | 'too-many-rows' | 'empty'; readonly missing?: string[] }
  | { readonly ok: true; readonly imported: boolean; readonly rows: CsvRowResult[]; readonly counts: Record<CsvRowStatus, number> };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function headerKey(header: string): string {
  return header.toLowerCase().replace(/[\s_-]/g, '');
}

/** Parses the file with csv-parse (quotes, separators in quotes, BOM); undefined when it is not CSV. */
function readRows(text: string): Record<string, string>[] | undefined {
  try {
    return parse(text, { columns: (headers: string[]) => headers.map(headerKey), bom: true, trim: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
  } catch {
    return undefined;
  }
}

/**
 * Old CPS accounts from a CSV file: a dry run tells per row whether it is valid, invalid (with
 * the reasons, checked like a registration in chat) or already present; the import adds the
 * valid rows, grouped per e-mail, and audits who did it.
 */
export function createLegacyCsvImport(db: Db, clock: () => Date) {
  const catalogue = createCatalogueRepository(db);
  const legacy = createLegacyRepository(db);
  const audit = createAuditLog(db);

  async function existingByEmail(emails: string[]): Promise<Map<string, LegacyProductValues[]>> {
    const found = new Map<string, LegacyProductValues[]>();
    if (emails.length === 0) return found;
    const rows = await scoped(db)
      .select({ email: legacyAccounts.email, product: legacyProducts })
      .from(legacyProducts)
      .innerJoin(legacyAccounts, eq(legacyAccounts.id, legacyProducts.legacyAccountId))
      .where(inArray(legacyAccounts.email, emails));
    for (const { email, product } of rows) found.set(email, [...(found.get(email) ?? []), product]);
    return found;
  }

  async function run(text: string, options: { dryRun: boolean; actor: string }): Promise<CsvOutcome> {
    const records = readRows(text);
    if (!records) return { ok: false, error: 'unreadable-csv' };
    if (records.length === 0) return { ok: false, error: 'empty' };
    if (records.length > MAX_LEGACY_CSV_ROWS) return { ok: false, error: 'too-many-rows' };
    const missing = LEGACY_CSV_COLUMNS.filter((c) => !(c in (records[0] ?? {})));
    if (missing.length > 0) return { ok: false, error: 'missing-columns', missing };
    const today = localDate(clock(), 'UTC');

    return withTransaction(db, async () => {
      const models = new Map((await catalogue.allModels()).map((m) => [m.id, m]));
      const cell = (record: Record<string, string>, column: Column) => record[column] ?? '';
      const emails = [...new Set(records.map((r) => cell(r, 'email').toLowerCase()))];
      const existing = await existingByEmail(emails);
      const accepted = new Map<string, { membershipNumber: string | null; products: LegacyProductValues[] }>();
      const rows: CsvRowResult[] = records.map((record, index) => {
        const email = cell(record, 'email').toLowerCase();
        const checked = checkProductInput(
          { model: cell(record, 'model'), serialNumber: cell(record, 'serialnumber'), purchaseDate: cell(record, 'purchasedate'), purchaseCountry: cell(record, 'country'), dealer: cell(record, 'dealer') },
          models.get(cell(record, 'model')),
          today,
        );
        const problems = [...(EMAIL.test(email) && email.length <= 254 ? [] : ['email']), ...(checked.ok ? [] : checked.errors.map((e) => `${e.field}:${e.code}`))];
        const base = { line: index + 2, email, model: cell(record, 'model'), serialNumber: cell(record, 'serialnumber') };
        if (problems.length > 0 || !checked.ok) return { ...base, status: 'invalid' as const, problems };
        const group = accepted.get(email) ?? { membershipNumber: cell(record, 'membershipnumber') || null, products: [] };
        if ([...(existing.get(email) ?? []), ...group.products].some((p) => sameLegacyProduct(p, checked.values))) return { ...base, status: 'present' as const, problems: [] };
        group.products.push(checked.values);
        accepted.set(email, group);
        return { ...base, status: 'valid' as const, problems: [] };
      });
      const counts = { valid: 0, invalid: 0, present: 0 };
      for (const row of rows) counts[row.status]++;
      if (!options.dryRun) {
        for (const [email, group] of accepted) await legacy.importAccount({ email, membershipNumber: group.membershipNumber, products: group.products });
        await audit.record({ actor: options.actor, action: 'legacy-csv.import', subject: 'legacy-accounts', details: { ...counts, accounts: accepted.size }, at: clock() });
      }
      return { ok: true, imported: !options.dryRun, rows, counts };
    });
  }

  return { run };
}
