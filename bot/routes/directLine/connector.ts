import type { Request, Response, Server } from 'restify';
import { BOT_ACCOUNT } from '../../directLine';
import { CONNECTOR, isLoopback, type DirectLineContext } from './context';

function fromBot(body: unknown): Record<string, unknown> | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const activity: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  delete activity['serviceUrl'];
  delete activity['id'];
  activity['from'] = { ...BOT_ACCOUNT };
  activity['channelId'] = 'webchat';
  return activity;
}

/** Bot Connector API, the bot's side: replies and proactive messages land in the conversation (loopback only). */
export function registerConnectorRoutes(server: Server, ctx: DirectLineContext): void {
  const { store, localOn } = ctx;

  function connectorGuard(req: Request, res: Response): string | undefined {
    if (!localOn || !isLoopback(req.socket.remoteAddress)) {
      res.send(404, { error: { code: 'NotFound', message: 'not found' } });
      return undefined;
    }
    const conversationId = String(req.params['conversationId'] ?? '');
    if (!store.has(conversationId)) {
      res.send(404, { error: { code: 'ConversationNotFound', message: 'Conversation not found' } });
      return undefined;
    }
    return conversationId;
  }

  const postFromBot = async (req: Request, res: Response) => {
    const conversationId = connectorGuard(req, res);
    if (!conversationId) return;
    const activity = fromBot(req.body);
    if (!activity || typeof activity['type'] !== 'string') {
      res.send(400, { error: { code: 'BadArgument', message: 'an activity is required' } });
      return;
    }
    const stored = store.append(conversationId, activity);
    res.send(200, { id: stored?.id ?? '' });
  };
  server.post(`${CONNECTOR}/v3/conversations/:conversationId/activities`, postFromBot);
  server.post(`${CONNECTOR}/v3/conversations/:conversationId/activities/:activityId`, postFromBot);
  server.put(`${CONNECTOR}/v3/conversations/:conversationId/activities/:activityId`, async (req, res) => {
    const conversationId = connectorGuard(req, res);
    if (!conversationId) return;
    const activity = fromBot(req.body);
    if (!activity || !store.replace(conversationId, String(req.params['activityId']), activity)) {
      res.send(404, { error: { code: 'ActivityNotFound', message: 'Activity not found' } });
      return;
    }
    res.send(200, { id: String(req.params['activityId']) });
  });
  server.del(`${CONNECTOR}/v3/conversations/:conversationId/activities/:activityId`, async (req, res) => {
    if (!connectorGuard(req, res)) return;
    res.send(200, {});
  });
  server.get(`${CONNECTOR}/v3/conversations/:conversationId/members`, async (req, res) => {
    const conversationId = connectorGuard(req, res);
    if (!conversationId) return;
    res.send(200, [{ id: store.ownerOf(conversationId) }, { ...BOT_ACCOUNT }]);
  });
}
