// Terminal chat with the locally running bot, without Teams or Azure:
//   npm run chat -- --locale da [--url http://localhost:3978] [--user u-123] [--conversation c-...]
// Replies come back in the HTTP response (deliveryMode "expectReplies"); messages the bot sends on
// its own (proactive: an approval, an agent's reply) arrive at a small local listener whose address
// is the activities' serviceUrl, as the Bot Framework channel connector would receive them.
// With stdin not a terminal, each line is a command, run after the previous reply arrived.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  type Board,
  type ChatSession,
  type Command,
  type OutgoingActivity,
  conversationUpdateActivity,
  emptyBoard,
  fileActivity,
  fillInput,
  HELP_TEXT,
  parseCommand,
  pressAction,
  renderInputs,
  renderTurn,
  sendActivity,
  textActivity,
} from './chatClient';

const USAGE = `Usage: npm run chat -- [--locale en] [--url http://localhost:3978] [--user u-123] [--conversation c-...] [--name "Chat user"]
  --url           the bot (default: $BOT_URL or http://localhost:3978)
  --locale        locale sent with each activity: da, sv, nl or en (default en)
  --user          user id (default: a new random id for this run)
  --conversation  conversation id (default: a new random id)
  --name          user display name`;

function sessionFromArgs(): ChatSession | undefined {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      locale: { type: 'string', default: 'en' },
      user: { type: 'string' },
      conversation: { type: 'string' },
      name: { type: 'string', default: 'Chat user' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return undefined;
  return {
    url: values.url ?? process.env.BOT_URL ?? 'http://localhost:3978',
    userId: values.user ?? `u-${randomUUID()}`,
    userName: values.name,
    conversationId: values.conversation ?? `c-${randomUUID()}`,
    locale: values.locale,
  };
}

function print(lines: readonly string[]): void {
  for (const line of lines) process.stdout.write(`${line}\n`);
}

function complain(message: string): void {
  process.stderr.write(`${message}\n`);
}

/**
 * A minimal Bot Connector endpoint on 127.0.0.1: the bot posts proactive activities to
 * `POST {serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]`.
 */
async function listenForProactiveMessages(onActivity: (activity: unknown) => void): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities/.test(request.url ?? '')) {
        try {
          onActivity(JSON.parse(body));
        } catch (error) {
          complain(`Unreadable message from the bot: ${error instanceof Error ? error.message : String(error)}`);
        }
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: randomUUID() }));
        return;
      }
      response.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server };
}

async function main(): Promise<number> {
  let parsed: ChatSession | undefined;
  try {
    parsed = sessionFromArgs();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (parsed === undefined) {
    print([USAGE]);
    return 0;
  }
  let session: ChatSession = parsed;

  const interactive = process.stdin.isTTY === true;
  let board: Board = emptyBoard;
  let failures = 0;

  const fail = (message: string): void => {
    failures += 1;
    complain(message);
  };

  const listener = await listenForProactiveMessages((activity) => {
    const turn = renderTurn({ activities: [activity] }, board);
    board = turn.board;
    print(['', '(message from the bot)', ...turn.lines]);
  });
  session = { ...session, serviceUrl: listener.url };

  const exchange = async (activity: OutgoingActivity): Promise<boolean> => {
    const result = await sendActivity(session.url, activity);
    if (!result.ok) {
      fail(result.message);
      return false;
    }
    const turn = renderTurn(result.body, board);
    board = turn.board;
    print(turn.lines);
    return true;
  };

  /** Runs one typed line; false when the user wants to leave. */
  const run = async (command: Command): Promise<boolean> => {
    switch (command.kind) {
      case 'none':
        return true;
      case 'text':
        await exchange(textActivity(session, command.text));
        return true;
      case 'fill': {
        const filled = fillInput(board, command.number, command.value);
        if (!filled.ok) {
          fail(filled.error);
          return true;
        }
        board = filled.board;
        print(renderInputs(board).filter((line) => line.startsWith(`(${command.number}) `)));
        return true;
      }
      case 'inputs':
        print(renderInputs(board));
        return true;
      case 'press': {
        const pressed = pressAction(board, command.key, session, { force: command.force });
        if (pressed.kind === 'send') await exchange(pressed.activity);
        else if (pressed.kind === 'show') print(pressed.lines);
        else fail(pressed.message);
        return true;
      }
      case 'file': {
        const bytes = await readFile(command.path).catch((error: unknown) => {
          fail(`Cannot read ${command.path}: ${error instanceof Error ? error.message : String(error)}`);
          return undefined;
        });
        if (bytes !== undefined) await exchange(fileActivity(session, basename(command.path), bytes));
        return true;
      }
      case 'locale':
        session = { ...session, locale: command.locale };
        print([`Locale is now ${command.locale}.`]);
        return true;
      case 'help':
        print(HELP_TEXT);
        return true;
      case 'quit':
        return false;
      case 'invalid':
        fail(command.message);
        return true;
    }
  };

  print([`Chatting with ${session.url} as ${session.userId} in ${session.conversationId} (locale ${session.locale}). /help lists the commands.`]);
  if (!(await exchange(conversationUpdateActivity(session)))) return 1;

  // Created only now: readline drops lines that arrive before its iterator is read.
  const input = createInterface({ input: process.stdin, terminal: interactive, output: interactive ? process.stdout : undefined });
  input.setPrompt('you> ');
  if (interactive) input.prompt();
  for await (const line of input) {
    // Piped commands are echoed so the output reads as a transcript.
    if (!interactive && line.trim() !== '') print([`you> ${line}`]);
    if (!(await run(parseCommand(line)))) break;
    if (interactive) input.prompt();
  }
  input.close();
  // A script learns from the exit code whether every line went through.
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
