import { describe, expect, it } from 'vitest';
import { cleanFileName, downloadFile, incomingFiles } from '../../../dialogs/account/attachments';

const MB = 1024 * 1024;

/** A fetch that answers with a body streamed in chunks, counting how much of it was read. */
function streamingFetch(totalBytes: number, options: { contentLength?: boolean; status?: number } = {}) {
  const seen = { requested: 0, sent: 0, url: '' };
  const fake: typeof fetch = async (input) => {
    seen.requested++;
    seen.url = String(input);
    const chunk = new Uint8Array(256 * 1024).fill(0x41);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (seen.sent >= totalBytes) return controller.close();
        const size = Math.min(chunk.byteLength, totalBytes - seen.sent);
        seen.sent += size;
        controller.enqueue(chunk.subarray(0, size));
      },
    });
    const headers = options.contentLength ? { 'content-length': String(totalBytes) } : undefined;
    return new Response(body, { status: options.status ?? 200, headers });
  };
  return { fake, seen };
}

describe('incomingFiles', () => {
  it('finds Web Chat files, Teams download infos, and skips cards and Teams’ HTML copy of the text', () => {
    const files = incomingFiles({
      attachments: [
        { contentType: 'application/pdf', contentUrl: 'https://files.example/a.pdf', name: 'a.pdf' },
        { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'b.png', content: { downloadUrl: 'https://teams.example/b', fileType: 'png' } },
        { contentType: 'application/vnd.microsoft.card.adaptive', content: {} },
        { contentType: 'text/html', content: '<p>hello</p>' },
      ],
    });
    expect(files).toEqual([
      { url: 'https://files.example/a.pdf', name: 'a.pdf' },
      { url: 'https://teams.example/b', name: 'b.png' },
    ]);
  });

  it('cleans names: no path, no control characters', () => {
    expect(cleanFileName('C:\\Users\\anna\\faktura.pdf')).toBe('faktura.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('in\u202Efdp.exe')).toBe('infdp.exe');
    expect(cleanFileName('')).toBeUndefined();
    expect(cleanFileName(42)).toBeUndefined();
  });
});

describe('downloadFile', () => {
  it('decodes a base64 data: URL', async () => {
    const result = await downloadFile(`data:application/pdf;base64,${Buffer.from('%PDF-1.4').toString('base64')}`, { maxBytes: MB });
    expect(result).toEqual({ ok: true, bytes: Buffer.from('%PDF-1.4') });
  });

  it('refuses an oversized data: URL from its length, and decodes a percent-encoded one', async () => {
    const big = Buffer.alloc(MB + 3).toString('base64');
    expect(await downloadFile(`data:application/pdf;base64,${big}`, { maxBytes: MB })).toEqual({ ok: false, problem: 'too-large' });
    expect(await downloadFile('data:text/plain,%25PDF-1.4', { maxBytes: MB })).toEqual({ ok: true, bytes: Buffer.from('%PDF-1.4') });
  });

  it('downloads over https', async () => {
    const { fake } = streamingFetch(1000);
    const result = await downloadFile('https://files.example/doc.pdf', { maxBytes: MB, fetch: fake });
    expect(result.ok && result.bytes.byteLength).toBe(1000);
  });

  it('stops reading a body that grows past the cap (no Content-Length)', async () => {
    const { fake, seen } = streamingFetch(11 * MB);
    expect(await downloadFile('https://files.example/big.pdf', { maxBytes: 10 * MB, fetch: fake })).toEqual({ ok: false, problem: 'too-large' });
    expect(seen.sent).toBeLessThan(11 * MB);
  });

  it('refuses a declared Content-Length above the cap without reading the body', async () => {
    const { fake, seen } = streamingFetch(11 * MB, { contentLength: true });
    expect(await downloadFile('https://files.example/big.pdf', { maxBytes: 10 * MB, fetch: fake })).toEqual({ ok: false, problem: 'too-large' });
    expect(seen.sent).toBeLessThanOrEqual(512 * 1024);
  });

  it('treats an error status as unreachable', async () => {
    const { fake } = streamingFetch(10, { status: 403 });
    expect(await downloadFile('https://files.example/forbidden.pdf', { maxBytes: MB, fetch: fake })).toEqual({ ok: false, problem: 'unreachable' });
  });

  it('gives up after the timeout', async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    expect(await downloadFile('https://slow.example/doc.pdf', { maxBytes: MB, fetch: hanging, timeoutMs: 20 })).toEqual({ ok: false, problem: 'unreachable' });
  });

  it('never fetches plain http, other schemes or private addresses', async () => {
    const { fake, seen } = streamingFetch(10);
    for (const url of ['http://files.example/a.pdf', 'file:///etc/passwd', 'https://127.0.0.1/a.pdf', 'https://localhost/a.pdf', 'https://10.1.2.3/a', 'https://[::1]/a', 'https://169.254.169.254/latest', 'not a url']) {
      expect(await downloadFile(url, { maxBytes: MB, fetch: fake })).toEqual({ ok: false, problem: 'unreachable' });
    }
    expect(seen.requested).toBe(0);
  });
});
