import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';

/**
 * A Direct Line 3.0-compatible conversation store for local, single-process use: the web chat page
 * posts the member's activities here, the bot's replies and proactive messages arrive through the
 * Bot Connector endpoints (`serviceUrl`), and the page long-polls for them. It lives in process
 * memory on purpose — production uses Azure Direct Line (see docs/web.md) — and is bounded:
 * idle conversations expire, old activities and attachments are dropped.
 */

export const BOT_ACCOUNT = Object.freeze({ id: 'cps-assistant', name: 'CPS', role: 'bot' });

const MAX_CONVERSATIONS = 2000;
const MAX_ACTIVITIES = 500;
const MAX_ATTACHMENT_BYTES_PER_CONVERSATION = 40 * 1024 * 1024;
const IDLE_MS = 24 * 60 * 60 * 1000;

export interface ChannelAccount {
  readonly id: string;
  readonly name?: string;
  readonly role?: string;
}

/** An activity as stored and streamed to the page (JSON, as Direct Line sends it). */
export type StoredActivity = Readonly<Record<string, unknown>> & { readonly id: string };

interface StoredAttachment {
  readonly contentType: string;
  readonly name: string | undefined;
  readonly bytes: Buffer;
}

interface Conversation {
  readonly id: string;
  readonly userId: string;
  readonly activities: { seq: number; activity: StoredActivity }[];
  nextSeq: number;
  lastActive: number;
  readonly waiters: Set<() => void>;
  readonly attachments: Map<string, StoredAttachment>;
  attachmentBytes: number;
  /** The member's activities reach the bot one after the other, in the order they were posted. */
  chain: Promise<void>;
}

export interface ActivityPage {
  readonly activities: readonly StoredActivity[];
  readonly watermark: string;
}

export class DirectLineStore {
  readonly #conversations = new Map<string, Conversation>();
  #closed = false;

  constructor(private readonly now: () => number = Date.now) {}

  /** Starts a conversation for a user. */
  create(userId: string): string {
    this.sweep();
    const id = `${randomBytes(16).toString('base64url')}-dl`;
    this.#conversations.set(id, {
      id,
      userId,
      activities: [],
      nextSeq: 1,
      lastActive: this.now(),
      waiters: new Set(),
      attachments: new Map(),
      attachmentBytes: 0,
      chain: Promise.resolve(),
    });
    return id;
  }

  /** The conversation's user, or undefined when it does not exist (expired or never created). */
  ownerOf(conversationId: string): string | undefined {
    return this.#conversations.get(conversationId)?.userId;
  }

  has(conversationId: string): boolean {
    return this.#conversations.has(conversationId);
  }

  /** Appends an activity, gives it the next Direct Line id, and wakes the pollers. */
  append(conversationId: string, activity: Readonly<Record<string, unknown>>): StoredActivity | undefined {
    const conversation = this.#conversations.get(conversationId);
    if (!conversation) return undefined;
    const seq = conversation.nextSeq++;
    const stored: StoredActivity = {
      ...activity,
      id: `${conversationId}|${String(seq).padStart(7, '0')}`,
      timestamp: new Date(this.now()).toISOString(),
      conversation: { id: conversationId },
    };
    conversation.activities.push({ seq, activity: stored });
    if (conversation.activities.length > MAX_ACTIVITIES) conversation.activities.splice(0, conversation.activities.length - MAX_ACTIVITIES);
    conversation.lastActive = this.now();
    for (const wake of conversation.waiters) wake();
    conversation.waiters.clear();
    return stored;
  }

  /** Replaces a stored activity (the bot updated a message); pollers see it again. */
  replace(conversationId: string, activityId: string, activity: Readonly<Record<string, unknown>>): boolean {
    const conversation = this.#conversations.get(conversationId);
    const index = conversation?.activities.findIndex((a) => a.activity.id === activityId) ?? -1;
    if (!conversation || index < 0) return false;
    conversation.activities.splice(index, 1);
    this.append(conversationId, { ...activity, replacesId: activityId });
    return true;
  }

  /** Activities after `watermark`; with `waitMs`, waits that long for the first new one. */
  async read(conversationId: string, watermark: number, waitMs = 0): Promise<ActivityPage | undefined> {
    const conversation = this.#conversations.get(conversationId);
    if (!conversation) return undefined;
    conversation.lastActive = this.now();
    const after = () => conversation.activities.filter((a) => a.seq > watermark);
    let found = after();
    if (found.length === 0 && waitMs > 0 && !this.#closed) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          conversation.waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, waitMs);
        conversation.waiters.add(wake);
      });
      found = after();
    }
    const last = found.at(-1)?.seq ?? Math.max(watermark, conversation.nextSeq - 1);
    return { activities: found.map((a) => a.activity), watermark: String(last) };
  }

  /** Keeps an uploaded file so the page can show it; returns its id (an unguessable capability). */
  keepAttachment(conversationId: string, attachment: StoredAttachment): string | undefined {
    const conversation = this.#conversations.get(conversationId);
    if (!conversation) return undefined;
    const id = randomBytes(16).toString('base64url');
    conversation.attachments.set(id, attachment);
    conversation.attachmentBytes += attachment.bytes.length;
    for (const [oldId, old] of conversation.attachments) {
      if (conversation.attachmentBytes <= MAX_ATTACHMENT_BYTES_PER_CONVERSATION || oldId === id) break;
      conversation.attachments.delete(oldId);
      conversation.attachmentBytes -= old.bytes.length;
    }
    return id;
  }

  attachment(conversationId: string, attachmentId: string): StoredAttachment | undefined {
    return this.#conversations.get(conversationId)?.attachments.get(attachmentId);
  }

  /** Runs `work` after everything queued earlier for the conversation (keeps the member's turns in order). */
  enqueue(conversationId: string, work: () => Promise<void>): Promise<void> {
    const conversation = this.#conversations.get(conversationId);
    if (!conversation) return work();
    const run = conversation.chain.then(work);
    conversation.chain = run.catch(() => undefined);
    return run;
  }

  /** Ends every waiting long poll at once (the server is stopping). */
  close(): void {
    this.#closed = true;
    for (const conversation of this.#conversations.values()) {
      for (const wake of conversation.waiters) wake();
      conversation.waiters.clear();
    }
  }

  get size(): number {
    return this.#conversations.size;
  }

  private sweep(): void {
    const cutoff = this.now() - IDLE_MS;
    for (const [id, conversation] of this.#conversations) {
      if (conversation.lastActive < cutoff && conversation.waiters.size === 0) this.#conversations.delete(id);
    }
    while (this.#conversations.size >= MAX_CONVERSATIONS) {
      const oldest = [...this.#conversations.values()].sort((a, b) => a.lastActive - b.lastActive)[0];
      if (!oldest) break;
      for (const wake of oldest.waiters) wake();
      this.#conversations.delete(oldest.id);
    }
  }
}

const MAX_TEXT = 10_000;
const MAX_ATTACHMENTS = 5;
/** Account documents are at most 10 MB (the account journey checks again). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const DATA_URL = /^data:([a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+)(?:;[a-z0-9=._-]+)*;base64,([a-z0-9+/=\s]*)$/i;

/** What the page may post (Web Chat's outgoing activity); everything else is dropped. */
export const clientActivitySchema = z.object({
  type: z.enum(['message', 'event', 'invoke', 'typing']),
  text: z.string().max(MAX_TEXT).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  value: z.unknown().optional(),
  name: z.string().max(256).optional(),
  locale: z.string().max(64).optional(),
  localTimestamp: z.string().max(64).optional(),
  localTimezone: z.string().max(64).optional(),
  replyToId: z.string().max(512).optional(),
  from: z.object({ id: z.string().max(512).optional(), name: z.string().max(256).optional() }).optional(),
  channelData: z
    .object({
      clientActivityID: z.string().max(128).optional(),
      postBack: z.boolean().optional(),
      messageBack: z.unknown().optional(),
    })
    .optional(),
  attachments: z
    .array(
      z.object({
        contentType: z.string().max(256).optional(),
        contentUrl: z.string().optional(),
        name: z.string().max(512).optional(),
      }),
    )
    .max(MAX_ATTACHMENTS)
    .optional(),
});
export type ClientActivity = z.infer<typeof clientActivitySchema>;

export interface DecodedUpload {
  readonly contentType: string;
  readonly name: string | undefined;
  readonly dataUrl: string;
  readonly bytes: Buffer;
}

export type UploadProblem = 'not-a-data-url' | 'too-large' | 'empty';

/** Decodes an uploaded file sent as a `data:` URL (the page turns Web Chat's blob: URLs into these). */
export function decodeUpload(attachment: { contentType?: string | undefined; contentUrl?: string | undefined; name?: string | undefined }): DecodedUpload | UploadProblem {
  const url = attachment.contentUrl ?? '';
  if (url.length > Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 512) return 'too-large';
  const match = DATA_URL.exec(url);
  if (!match) return 'not-a-data-url';
  const bytes = Buffer.from(match[2] ?? '', 'base64');
  if (bytes.length === 0) return 'empty';
  if (bytes.length > MAX_UPLOAD_BYTES) return 'too-large';
  const contentType = (attachment.contentType ?? match[1] ?? 'application/octet-stream').toLowerCase();
  return { contentType, name: attachment.name, dataUrl: url, bytes };
}

/** A fresh id for a Web Chat user, in the `dl_` form Direct Line reserves for ids it vouches for. */
export function newWebChatUserId(): string {
  return `dl_${randomUUID()}`;
}
