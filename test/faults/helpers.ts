import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { type Member, post, type ReplyActivity } from '../support/http';

/** A tiny valid PDF (magic bytes `%PDF-`) as the supporting document, in a data: URL. */
export const PDF_DATA_URL = `data:application/pdf;base64,${Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n').toString('base64')}`;

export const BACKOFFICE_TOKEN = 'fault-tests-backoffice-token';

/** The verbs of every card action in the replies. */
export function verbsIn(activities: readonly ReplyActivity[]): string[] {
  const verbs: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const data = record['data'];
    if (typeof record['type'] === 'string' && record['type'].startsWith('Action.')) {
      const verb = record['verb'] ?? (typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['verb'] : undefined);
      if (typeof verb === 'string') verbs.push(verb);
    }
    Object.values(record).forEach(visit);
  };
  visit(activities);
  return verbs;
}

/** Everything the member can read in the replies (texts and card text), for `toContain` checks. */
export function readable(activities: readonly ReplyActivity[]): string {
  return JSON.stringify(activities);
}

export function companyOf(member: Member): string {
  return `Fault Test ${member.conversationId.slice(-8)} ApS`;
}

/** The application form as the card sends it (not VAT-registered, a company invoice). */
export function applicationForm(member: Member): Record<string, unknown> {
  return {
    verb: 'account.submit',
    country: 'DK',
    companyName: companyOf(member),
    address: 'Faultvej 1, 2100 København Ø',
    vatRegistered: 'false',
    vatNumber: '',
    documentType: 'company-invoice',
    authorised: 'true',
    contactEmail: `${member.userId}@example.com`,
    oldCpsEmail: '',
  };
}

/** The form and its document on one message (what Web Chat sends when a file is attached). */
export function submitWithDocument(member: Member, id: string = randomUUID()): Record<string, unknown> {
  return { id, value: applicationForm(member), attachments: [{ contentType: 'application/pdf', contentUrl: PDF_DATA_URL, name: 'invoice.pdf' }] };
}

/** Applies for a business account up to the summary card (not yet confirmed). */
export async function applyUntilSummary(url: string, member: Member): Promise<void> {
  const form = await post(url, member, { value: { verb: 'account.apply' } });
  expect(verbsIn(form.activities)).toContain('account.submit');
  const summary = await post(url, member, submitWithDocument(member));
  expect(verbsIn(summary.activities)).toContain('account.confirm');
}

/** Applies and confirms; the application is then under review. */
export async function applyAndConfirm(url: string, member: Member): Promise<void> {
  await applyUntilSummary(url, member);
  const submitted = await post(url, member, { value: { verb: 'account.confirm' } });
  expect(submitted.status).toBe(200);
  expect(verbsIn(submitted.activities)).not.toContain('account.confirm');
}

/** The back office approves the member's application through its HTTP API. */
export async function approveOverHttp(url: string, member: Member, token = BACKOFFICE_TOKEN): Promise<void> {
  const headers = { authorization: `Bearer ${token}` };
  const listed = await fetch(`${url}/api/backoffice/applications?status=pending`, { headers });
  expect(listed.status).toBe(200);
  const { applications } = (await listed.json()) as { applications: { id: string; companyName: string | null }[] };
  const mine = applications.find((a) => a.companyName === companyOf(member));
  expect(mine, 'the application is pending').toBeDefined();
  const decided = await fetch(`${url}/api/backoffice/applications/${mine?.id}/decision`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ decision: 'approve' }),
  });
  expect(decided.status).toBe(200);
}

/** A member with an approved business account, ready to register products. */
export async function approvedMember(url: string, member: Member, token = BACKOFFICE_TOKEN): Promise<Member> {
  await applyAndConfirm(url, member);
  await approveOverHttp(url, member, token);
  return member;
}

/** A complete registration of an EOS C70 (400 points); the serial must be unique per test run. */
export function productSubmit(serial: string): Record<string, unknown> {
  return {
    value: {
      verb: 'product.submit',
      entryId: randomUUID(),
      model: 'eos-c70',
      serialNumber: serial,
      purchaseDate: '2025-01-15',
      purchaseCountry: 'DK',
      dealer: 'Fault Foto ApS',
    },
  };
}

/** Twelve digits, unique enough across test runs sharing a database template. */
export function uniqueSerial(n: number): string {
  return `${String(Date.now() % 1e6).padStart(6, '0')}${String(n).padStart(6, '0')}`;
}
