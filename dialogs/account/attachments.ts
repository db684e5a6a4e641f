import type { Activity } from 'botbuilder';
import { safeFetch, type SafeFetchOptions } from '../../services/safeFetch';
import { isRecord } from '../../domain/records';

/** A file a member sent: where to get it and the name it came with (shown back to them, never trusted). */
export interface IncomingFile {
  readonly url: string;
  readonly name: string | undefined;
}

const TEAMS_FILE = 'application/vnd.microsoft.teams.file.download.info';

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

/** A member's file and the outcome of fetching it. */
export interface ReceivedFile {
  readonly file: IncomingFile;
  readonly download: Download;
}

export type Download = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly problem: 'too-large' | 'unreachable' };

export interface DownloadOptions extends Omit<SafeFetchOptions, 'maxBytes'> {
  /** Larger files are refused without being read further. */
  readonly maxBytes: number;
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
 * Gets a file's bytes from a `data:` URL, or over https through `safeFetch` (public addresses
 * only, redirects checked, size capped, one timeout), never more than `maxBytes`.
 */
export async function downloadFile(url: string, options: DownloadOptions): Promise<Download> {
  if (url.startsWith('data:')) return decodeDataUrl(url, options.maxBytes);
  const fetched = await safeFetch(url, options);
  return fetched.ok ? { ok: true, bytes: fetched.bytes } : fetched;
}
