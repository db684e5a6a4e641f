import { describe, expect, it } from 'vitest';
import { cleanFileName, downloadFile, incomingFiles } from '../../../dialogs/account/attachments';
import { startHttpsServer, TEST_CA } from '../../support/https';

const MB = 1024 * 1024;

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

  it('downloads over https through the safe fetcher (its own tests: test/services/safeFetch.test.ts)', async () => {
    const server = await startHttpsServer((_req, res) => res.end('%PDF-1.4 over https'));
    try {
      const lookup = async () => [{ address: '127.0.0.1', family: 4 }];
      const url = `https://files.test:${server.port}/doc.pdf`;
      expect(await downloadFile(url, { maxBytes: MB, ca: TEST_CA, lookup, allowedHosts: new Set(['files.test']) })).toEqual({ ok: true, bytes: Buffer.from('%PDF-1.4 over https') });
      // The same host without the exemption resolves to an internal address: refused.
      expect(await downloadFile(url, { maxBytes: MB, ca: TEST_CA, lookup })).toEqual({ ok: false, problem: 'unreachable' });
    } finally {
      await server.close();
    }
  });
});
