import { z } from 'zod';
import { ADAPTIVE_CARD_ACTION_INVOKE } from '../dialogs/cardAction';

const MAX_ID = 512;
const MAX_TEXT = 10_000;

/** The minimum an activity needs before the adapter sees it; everything else is checked where it is used. */
const inbound = z.object({
  type: z.string().min(1).max(64),
  id: z.string().max(MAX_ID).optional(),
  channelId: z.string().min(1).max(64),
  // Replies without expectReplies go there: it has to be a web address.
  serviceUrl: z.string().max(2048).pipe(z.url({ protocol: /^https?$/ })),
  conversation: z.object({ id: z.string().min(1).max(MAX_ID) }),
  from: z.object({ id: z.string().min(1).max(MAX_ID) }),
  recipient: z.object({ id: z.string().max(MAX_ID) }).optional(),
  text: z.string().max(MAX_TEXT).optional(),
  locale: z.string().max(64).optional(),
  name: z.string().max(256).optional(),
  // Read as lists by the pipeline and the journeys: anything else is a malformed activity.
  membersAdded: z.array(z.object({ id: z.string().max(MAX_ID) })).max(1000).optional(),
  membersRemoved: z.array(z.object({ id: z.string().max(MAX_ID) })).max(1000).optional(),
  attachments: z.array(z.object({ contentType: z.string().max(256), contentUrl: z.string().optional(), name: z.string().max(1024).optional() })).max(50).optional(),
  entities: z.array(z.object({ type: z.string().max(256).optional() })).max(50).optional(),
});

/** Returns a short description of what is wrong, or undefined when the activity can be processed. */
export function validateInboundActivity(body: unknown): string | undefined {
  const result = inbound.safeParse(body);
  if (result.success) {
    // Action.Execute is the one invoke the bot answers; any other (messaging extensions, task
    // modules …) would end as botbuilder's 501, so it is refused here as a client error.
    if (result.data.type === 'invoke' && result.data.name !== ADAPTIVE_CARD_ACTION_INVOKE) {
      return `name: unsupported invoke ${JSON.stringify(result.data.name ?? '')}; only ${ADAPTIVE_CARD_ACTION_INVOKE}`;
    }
    return undefined;
  }
  return result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
    .join('; ');
}

/** A surrogate half without its partner (a JSON `\ud800` escape can produce one). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function storable(text: string): string {
  return text.replaceAll('\u0000', '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * A copy of the body whose strings and keys PostgreSQL can store: U+0000 dropped, lone surrogate
 * halves replaced by U+FFFD. PostgreSQL rejects both in text and jsonb, so a stray one from a
 * member would fail every turn that keeps their words (dialog state, support transcripts).
 * Neither carries meaning.
 */
export function withStorableStrings(value: unknown): unknown {
  if (typeof value === 'string') return storable(value);
  if (Array.isArray(value)) return value.map(withStorableStrings);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[storable(key)] = withStorableStrings(item);
  return copy;
}
