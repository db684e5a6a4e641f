/**
 * Baseline 1: what the stack alone costs. A botbuilder CloudAdapter on restify 11 that echoes each
 * message with expectReplies: no dialogs, no state, no database. Same body parser as the bot.
 * Env: PORT. Ready at GET /readyz.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = restify.createServer({ name: 'echo-baseline', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: 16 * 1024 * 1024, mapParams: false }));

server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, async (context) => {
    if (context.activity.type === 'message') await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
  });
});
server.get('/readyz', async (_req, res) => {
  res.send(200, { status: 'ready' });
});

server.listen(Number(process.env['PORT'] ?? 3979), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
