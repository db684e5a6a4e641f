import type { Activity } from 'botbuilder';

/** A file a member sent: where to get it and the name it came with (shown back to them, never trusted). */
export interface IncomingFile {
  readonly url: string;
  readonly name: string | undefined;
}

const TEAMS_FILE = 'application/vnd.microsoft.teams.file.download.info';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A file name safe to show and store: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\p{Cc}\p{Cf}]/gu, '').trim().slice(0, 200);
  return cleaned === '' ? undefined : cleaned;
}

/**
 * The files attached to a message, the way channels send them: Teams as a "file download info"
 * attachment with `content.downloadUrl`; Web Chat and others with `contentUrl` (https or a `data:`
 * URL). Cards and the HTML copy of the text Teams adds are not files.
 */
export function incomingFiles(activity: Partial<Activity>): IncomingFile[] {
  const files: IncomingFile[] = [];
  for (const attachment of activity.attachments ?? []) {
    const contentType = typeof attachment.contentType === 'string' ? attachment.contentType : '';
    if (contentType === TEAMS_FILE) {
      const content = isRecord(attachment.content) ? attachment.content : {};
      const url = content['downloadUrl'];
      if (typeof url === 'string') files.push({ url, name: cleanFileName(attachment.name) });
      continue;
    }
    if (contentType.startsWith('application/vnd.microsoft.card.')) continue;
    if (typeof attachment.contentUrl === 'string' && attachment.contentUrl !== '') {
      files.push({ url: attachment.contentUrl, name: cleanFileName(attachment.name) });
    }
  }
  return files;
}

export type Download = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly problem: 'too-large' | 'unreachable' };

export interface DownloadOptions {
  /** Larger files are refused without being read further. */
  readonly maxBytes: number;
  readonly timeoutMs?: number;
  /** Injectable for tests. */
  readonly fetch?: typeof fetch;
}

/** Host names we never fetch from (a member-supplied URL must not reach into our own network). */
function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || host.endsWith('.local')) return true;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
    const [a = 0, b = 0] = host.split('.').map(Number);
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  if (host.includes(':')) return host === '::1' || host === '::' || host.startsWith('fc') || host.startsWith('fd') || host.startsWith('fe80') || host.startsWith('::ffff:');
  return false;
}

function decodeDataUrl(url: string, maxBytes: number): Download {
  const comma = url.indexOf(',');
  if (comma < 0) return { ok: false, problem: 'unreachable' };
  const meta = url.slice(5, comma);
  const payload = url.slice(comma + 1);
  if (/;base64$/i.test(meta)) {
    const clean = payload.replace(/\s/g, '');
    const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
    // Refuse an oversized file from its encoded length, before decoding it.
    if (Math.floor((clean.length * 3) / 4) - padding > maxBytes) return { ok: false, problem: 'too-large' };
    return { ok: true, bytes: Buffer.from(clean, 'base64') };
  }
  let bytes: Buffer;
  try {
    bytes = Buffer.from(decodeURIComponent(payload), 'latin1');
  } catch (error) {
    if (error instanceof URIError) return { ok: false, problem: 'unreachable' };
    throw error;
  }
  return bytes.byteLength > maxBytes ? { ok: false, problem: 'too-large' } : { ok: true, bytes };
}

/**
 * Gets a file's bytes from a `data:` URL or over https, never more than `maxBytes`: a declared
 * length above it, or a body that grows past it, stops the download (`too-large`). A timeout, an
 * error status, another scheme or a private address is `unreachable`.
 */
export async function downloadFile(url: string, options: DownloadOptions): Promise<Download> {
  if (url.startsWith('data:')) return decodeDataUrl(url, options.maxBytes);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    if (error instanceof TypeError) return { ok: false, problem: 'unreachable' };
    throw error;
  }
  if (parsed.protocol !== 'https:' || isPrivateHost(parsed.hostname)) return { ok: false, problem: 'unreachable' };

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 20_000);
  try {
    const response = await (options.fetch ?? fetch)(parsed, { signal: controller.signal, redirect: 'follow' });
    if (!response.ok || !response.body) return { ok: false, problem: 'unreachable' };
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      controller.abort();
      return { ok: false, problem: 'too-large' };
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > options.maxBytes) {
        controller.abort();
        return { ok: false, problem: 'too-large' };
      }
      chunks.push(value);
    }
    return { ok: true, bytes: Buffer.concat(chunks) };
  } catch (error) {
    if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TypeError')) return { ok: false, problem: 'unreachable' };
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
