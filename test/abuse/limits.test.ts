import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../data/database';
import { translator } from '../../locales';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, startApp, type RunningApp } from '../support/http';
import { applicationForm, BACKOFFICE_TOKEN, companyOf } from '../faults/helpers';

/**
 * Request size limits (MAX_BODY_BYTES): a body over the limit is refused with 413 before anything
 * reads it, on every route and however it is sent; a document over the 10 MB document limit but
 * within the body limit is refused politely in the member's language.
 */
const LIMIT = 64 * 1024;
let small: RunningApp;
let normal: RunningApp;
let normalDatabase: TestDatabase;

beforeAll(async () => {
  small = await startApp(await createTestDatabase(), { MAX_BODY_BYTES: String(LIMIT), BACKOFFICE_TOKEN });
  normalDatabase = await createTestDatabase();
  normal = await startApp(normalDatabase);
});
afterAll(async () => {
  await Promise.all([small.app.close(), normal.app.close()]);
});

/** Sends raw bytes, optionally chunked (no Content-Length, as streaming clients do). */
function send(url: string, path: string, body: Buffer, chunked: boolean, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(path, url);
    const req = request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': String(body.byteLength) }), ...headers } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    // The server may answer 413 and close while we are still writing: that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (chunked) {
      for (let i = 0; i < body.byteLength; i += 8192) req.write(body.subarray(i, i + 8192));
      req.end();
    } else {
      req.end(body);
    }
  });
}

function activityOfSize(bytes: number): Buffer {
  const member = newMember('da');
  const base = { type: 'message', channelId: 'cli', serviceUrl: 'http://127.0.0.1/cli', from: { id: member.userId }, conversation: { id: member.conversationId }, deliveryMode: 'expectReplies', text: '' };
  const overhead = Buffer.byteLength(JSON.stringify(base));
  return Buffer.from(JSON.stringify({ ...base, channelData: { padding: 'x'.repeat(Math.max(0, bytes - overhead - 30)) } }));
}

describe('bodies over MAX_BODY_BYTES', () => {
  it.each([false, true])('are refused with 413 on /api/messages (chunked: %s)', async (chunked) => {
    expect(await send(small.url, '/api/messages', activityOfSize(LIMIT + 1024), chunked)).toBe(413);
  });

  it('are refused with 413 on the back-office API too, before the token is even looked at', async () => {
    const body = Buffer.from(JSON.stringify({ email: 'old@cps.example', products: [{ model: 'x'.repeat(LIMIT) }] }));
    expect(await send(small.url, '/api/backoffice/legacy-accounts', body, false, { authorization: `Bearer ${BACKOFFICE_TOKEN}` })).toBe(413);
  });

  it('just under the limit are processed normally', async () => {
    expect(await send(small.url, '/api/messages', activityOfSize(LIMIT - 2048), false)).toBe(200);
  });
});

describe('a document over 10 MB inside an acceptable body', () => {
  it('gets the localized “too large” message, and the form is kept', async () => {
    const member = newMember('sv');
    await post(normal.url, member, { value: { verb: 'account.apply' } });
    const eleven = Buffer.alloc(11 * 1024 * 1024, 0x20);
    eleven.write('%PDF-1.4\n');
    const answer = await post(normal.url, member, {
      value: applicationForm(member),
      attachments: [{ contentType: 'application/pdf', contentUrl: `data:application/pdf;base64,${eleven.toString('base64')}`, name: 'huge.pdf' }],
    });
    expect(answer.status).toBe(200);
    expect(answer.activities.map((a) => a.text)).toContain(translator('sv')('account.document.tooLarge'));
    const [draft] = rowsOf<{ company: string | null; documents: number }>(
      await normalDatabase.db.execute(sql`
        select a.company_name as company, (select count(*) from application_documents d where d.application_id = a.id)::int as documents
        from applications a join members m on m.id = a.member_id where m.channel_user_id = ${member.userId}`),
    );
    expect(draft).toEqual({ company: companyOf(member), documents: 0 });
  });
});
