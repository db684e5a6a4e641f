import { z } from 'zod';

const MAX_ID = 512;
const MAX_TEXT = 10_000;

/** The minimum an activity needs before the adapter sees it; everything else is checked where it is used. */
const inbound = z.object({
  type: z.string().min(1).max(64),
  id: z.string().max(MAX_ID).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().min(1).max(2048),
  conversation: z.object({ id: z.string().min(1).max(MAX_ID) }),
  from: z.object({ id: z.string().min(1).max(MAX_ID) }),
  recipient: z.object({ id: z.string().max(MAX_ID) }).optional(),
  text: z.string().max(MAX_TEXT).optional(),
  locale: z.string().max(64).optional(),
  name: z.string().max(256).optional(),
});

/** Returns a short description of what is wrong, or undefined when the activity can be processed. */
export function validateInboundActivity(body: unknown): string | undefined {
  const result = inbound.safeParse(body);
  if (result.success) return undefined;
  return result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
    .join('; ');
}
