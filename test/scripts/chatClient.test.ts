import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ActivityStamp,
  type Board,
  type ChatSession,
  actionKey,
  conversationUpdateActivity,
  emptyBoard,
  fileActivity,
  fillInput,
  mediaTypeFor,
  parseCommand,
  pressAction,
  readBotResponse,
  renderInputs,
  renderTurn,
  sendActivity,
  textActivity,
} from '../../scripts/chatClient';

const session: ChatSession = {
  url: 'http://localhost:3978',
  userId: 'u-1',
  userName: 'Chat user',
  conversationId: 'c-1',
  locale: 'da',
};

const stamp: ActivityStamp = { newId: () => 'act-1', now: () => new Date('2025-01-02T03:04:05.000Z') };

const envelope = {
  id: 'act-1',
  timestamp: '2025-01-02T03:04:05.000Z',
  channelId: 'cli',
  serviceUrl: 'http://localhost/cli',
  from: { id: 'u-1', name: 'Chat user', role: 'user' },
  recipient: { id: 'cps-bot', role: 'bot' },
  conversation: { id: 'c-1' },
  locale: 'da',
  deliveryMode: 'expectReplies',
};

function cardReply(card: unknown, extra: Record<string, unknown> = {}): unknown {
  return {
    activities: [
      { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }], ...extra },
    ],
  };
}

function boardOf(card: unknown): Board {
  return renderTurn(cardReply(card), emptyBoard).board;
}

function sent(board: Board, key: string): unknown {
  const outcome = pressAction(board, key, session, { stamp });
  return outcome.kind === 'send' ? outcome.activity : outcome;
}

const everyKindCard = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Welcome\nto CPS' },
    { type: 'FactSet', facts: [{ title: 'Tier', value: 'Gold' }] },
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', items: [{ type: 'TextBlock', text: 'Points' }] },
        { type: 'Column', items: [{ type: 'Container', items: [{ type: 'TextBlock', text: '120' }] }] },
      ],
    },
    { type: 'Image', url: 'https://example.test/logo.png', altText: 'Canon logo' },
    { type: 'RichTextBlock', inlines: ['Read ', { type: 'TextRun', text: 'the terms' }] },
    { type: 'Input.Text', id: 'companyName', label: 'Company name', isRequired: true, value: 'Acme ApS' },
    { type: 'Input.Number', id: 'rating', label: 'Rating', min: 1, max: 5 },
    { type: 'Input.Date', id: 'purchaseDate', label: 'Purchase date' },
    { type: 'Input.Toggle', id: 'vatRegistered', title: 'Registered for VAT', valueOn: 'true', valueOff: 'false' },
    {
      type: 'Input.ChoiceSet',
      id: 'language',
      label: 'Language',
      value: 'da',
      choices: [
        { title: 'Dansk', value: 'da' },
        { title: 'Svenska', value: 'sv' },
      ],
    },
  ],
  actions: [
    { type: 'Action.Submit', title: 'Save', data: { verb: 'account.submit' } },
    { type: 'Action.OpenUrl', title: 'Terms', url: 'https://example.test/terms' },
  ],
};

describe('rendering an Adaptive Card', () => {
  const lines = renderTurn(cardReply(everyKindCard), emptyBoard).lines.join('\n');

  it('keeps the line breaks of a TextBlock', () => {
    expect(lines).toContain('│ Welcome\n  │ to CPS');
  });

  it('shows a FactSet as "title: value"', () => {
    expect(lines).toContain('│ Tier: Gold');
  });

  it('shows columns of one line each side by side, through nested containers', () => {
    expect(lines).toContain('│ Points  120');
  });

  it('shows an Image by its alt text', () => {
    expect(lines).toContain('│ [image: Canon logo]');
  });

  it('joins the inlines of a RichTextBlock', () => {
    expect(lines).toContain('│ Read the terms');
  });

  it('lists a text input with number, id, label, required flag and value', () => {
    expect(lines).toContain('│ (1) companyName — Company name [required] = "Acme ApS"');
  });

  it('lists a number input with its range', () => {
    expect(lines).toContain('│ (2) rating — Rating [number 1–5] = (empty)');
  });

  it('lists a date input with its format', () => {
    expect(lines).toContain('│ (3) purchaseDate — Purchase date [date YYYY-MM-DD] = (empty)');
  });

  it('lists a toggle with its title and on/off values, off by default', () => {
    expect(lines).toContain('│ (4) vatRegistered [toggle "Registered for VAT": on=true, off=false] = "false"');
  });

  it('lists a choice set with its numbered choices and the chosen title', () => {
    expect(lines).toContain('│ (5) language — Language [choose one] = "da" (Dansk)\n  │       1. Dansk = da\n  │       2. Svenska = sv');
  });

  it('letters the actions', () => {
    expect(lines).toContain('│ [a] Save\n  │ [b] Terms ↗ https://example.test/terms');
  });

  it('renders a fallback element in place of one it does not know', () => {
    const turn = renderTurn(cardReply({ body: [{ type: 'Future.Thing', fallback: { type: 'TextBlock', text: 'plain' } }] }), emptyBoard);
    expect(turn.lines).toContain('  │ plain');
  });
});

describe('rendering replies', () => {
  it('prints message text line by line', () => {
    const turn = renderTurn({ activities: [{ type: 'message', text: 'Hej!\n**Velkommen**' }] }, emptyBoard);
    expect(turn.lines).toEqual(['bot> Hej!', '     **Velkommen**']);
  });

  it('renders a hero card with title, text and lettered buttons', () => {
    const hero = { title: 'CPS', text: 'Join now', buttons: [{ type: 'imBack', title: 'Join', value: 'join' }] };
    const turn = renderTurn(
      { activities: [{ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.hero', content: hero }] }] },
      emptyBoard,
    );
    expect(turn.lines).toEqual(['  ┌ hero card', '  │ CPS', '  │ Join now', '  │ [a] Join', '  └']);
  });

  it('shows other attachments by name and content type', () => {
    const turn = renderTurn(
      { activities: [{ type: 'message', attachments: [{ contentType: 'application/pdf', name: 'invoice.pdf', contentUrl: 'https://x' }] }] },
      emptyBoard,
    );
    expect(turn.lines).toEqual(['  [attachment: invoice.pdf application/pdf]']);
  });

  it('letters suggested actions after the card actions', () => {
    const turn = renderTurn(
      cardReply({ actions: [{ type: 'Action.Submit', title: 'Menu', data: { verb: 'menu.open' } }] }, {
        suggestedActions: { actions: [{ type: 'imBack', title: 'Yes', value: 'yes' }] },
      }),
      emptyBoard,
    );
    expect(turn.lines.at(-1)).toBe('  suggested: [b] Yes');
  });

  it('presses an imBack suggested action as a message with its value as text', () => {
    const board = renderTurn(
      { activities: [{ type: 'message', text: 'Sure?', suggestedActions: { actions: [{ type: 'imBack', title: 'Yes', value: 'yes' }] } }] },
      emptyBoard,
    ).board;
    expect(sent(board, 'a')).toEqual({ ...envelope, type: 'message', text: 'yes' });
  });

  it('keeps the last card and its filled inputs when a reply has no card', () => {
    const filled = fillInput(boardOf(everyKindCard), 2, '4');
    if (!filled.ok) throw new Error(filled.error);
    const next = renderTurn({ activities: [{ type: 'message', text: 'Noted' }] }, filled.board).board;
    expect(next.values[1]).toBe('4');
  });

  it('says so when the bot sends nothing back', () => {
    expect(renderTurn({ activities: [] }, emptyBoard).lines).toEqual(['(no reply)']);
  });
});

describe('filling inputs', () => {
  const board = boardOf(everyKindCard);

  it('takes a choice by its number', () => {
    const filled = fillInput(board, 5, '2');
    expect(filled.ok && filled.board.values[4]).toBe('sv');
  });

  it('takes a choice by its value', () => {
    const filled = fillInput(board, 5, 'sv');
    expect(filled.ok && filled.board.values[4]).toBe('sv');
  });

  it('refuses a value that is not a choice', () => {
    expect(fillInput(board, 5, 'fr').ok).toBe(false);
  });

  it('turns a toggle on with "yes"', () => {
    const filled = fillInput(board, 4, 'yes');
    expect(filled.ok && filled.board.values[3]).toBe('true');
  });

  it('turns a toggle off with "off"', () => {
    const on = fillInput(board, 4, 'on');
    const off = on.ok ? fillInput(on.board, 4, 'off') : on;
    expect(off.ok && off.board.values[3]).toBe('false');
  });

  it('refuses a number outside the input range', () => {
    expect(fillInput(board, 2, '9').ok).toBe(false);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(fillInput(board, 3, '02/01/2025').ok).toBe(false);
  });

  it('refuses an input number the card does not have', () => {
    expect(fillInput(board, 6, 'x').ok).toBe(false);
  });

  it('lists the filled value with /inputs', () => {
    const filled = fillInput(board, 1, 'Foto Nord ApS');
    expect(filled.ok && renderInputs(filled.board)[0]).toBe('(1) companyName — Company name [required] = "Foto Nord ApS"');
  });
});

describe('pressing actions', () => {
  const inputsCard = {
    body: [
      { type: 'Input.ChoiceSet', id: 'tier', choices: [{ title: 'Gold', value: 'gold' }], value: 'gold' },
      { type: 'Input.Toggle', id: 'corporate', title: 'Corporate' },
    ],
    actions: [
      { type: 'Action.Submit', title: 'Choose', data: { verb: 'tier.select', source: 'card' } },
      { type: 'Action.Execute', title: 'Choose now', verb: 'tier.select', data: { verb: 'tier.select' } },
      { type: 'Action.Submit', title: 'Menu', data: { verb: 'menu.open' }, associatedInputs: 'none' },
    ],
  };

  it('sends an Action.Submit as a message whose value is data plus inputs', () => {
    expect(sent(boardOf(inputsCard), 'a')).toEqual({
      ...envelope,
      type: 'message',
      value: { verb: 'tier.select', source: 'card', tier: 'gold', corporate: 'false' },
    });
  });

  it('sends an Action.Execute as an adaptiveCard/action invoke', () => {
    expect(sent(boardOf(inputsCard), 'b')).toEqual({
      ...envelope,
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: {
        action: { type: 'Action.Execute', verb: 'tier.select', data: { verb: 'tier.select', tier: 'gold', corporate: 'false' } },
        trigger: 'manual',
      },
    });
  });

  it('leaves the inputs out when associatedInputs is none', () => {
    expect(sent(boardOf(inputsCard), 'c')).toEqual({ ...envelope, type: 'message', value: { verb: 'menu.open' } });
  });

  it('refuses to submit while a required input is empty', () => {
    const card = { body: [{ type: 'Input.Text', id: 'dealer', isRequired: true }], actions: [{ type: 'Action.Submit', title: 'Go' }] };
    expect(pressAction(boardOf(card), 'a', session, { stamp }).kind).toBe('error');
  });

  it('submits with a required input empty when forced', () => {
    const card = { body: [{ type: 'Input.Text', id: 'dealer', isRequired: true }], actions: [{ type: 'Action.Submit', title: 'Go' }] };
    expect(pressAction(boardOf(card), 'a', session, { stamp, force: true }).kind).toBe('send');
  });

  it('shows the URL of an Action.OpenUrl without sending', () => {
    const card = { actions: [{ type: 'Action.OpenUrl', title: 'Site', url: 'https://example.test' }] };
    expect(pressAction(boardOf(card), 'a', session)).toEqual({ kind: 'show', lines: ['open https://example.test'] });
  });

  it('makes a card in an invoke response the last card', () => {
    const replaced = renderTurn(
      {
        status: 200,
        body: {
          statusCode: 200,
          type: 'application/vnd.microsoft.card.adaptive',
          value: { actions: [{ type: 'Action.Execute', title: 'Pay', verb: 'payment.submit' }] },
        },
      },
      boardOf(inputsCard),
    ).board;
    expect(replaced.actions.map((action) => action.title)).toEqual(['Pay']);
  });

  it('reads an invoke response carried as an invokeResponse activity', () => {
    const response = readBotResponse({
      activities: [{ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Saved' } } }],
    });
    expect(response.invokeBody).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Saved' });
  });
});

describe('Action.ShowCard', () => {
  const card = {
    body: [{ type: 'Input.Text', id: 'faqId', value: 'faq-7' }],
    actions: [
      {
        type: 'Action.ShowCard',
        title: 'Tell us more',
        card: {
          body: [{ type: 'Container', items: [{ type: 'Input.Text', id: 'reason', label: 'Reason' }] }],
          actions: [{ type: 'Action.Submit', title: 'Send', data: { verb: 'handoff.request' } }],
        },
      },
      { type: 'Action.Submit', title: 'Helpful', data: { verb: 'faq.feedback', helpful: 'true' } },
    ],
  };
  const turn = renderTurn(cardReply(card), emptyBoard);

  it('renders the shown card inline under its action', () => {
    expect(turn.lines).toContain('  │     (2) reason — Reason = (empty)');
  });

  it('letters the shown card actions before the next top-level action', () => {
    expect(turn.board.actions.map((action) => `${action.key} ${action.title}`)).toEqual(['a Tell us more', 'b Send', 'c Helpful']);
  });

  it('submits the inputs of the shown card and of the card around it', () => {
    const filled = fillInput(turn.board, 2, 'Broken lens');
    expect(filled.ok && sent(filled.board, 'b')).toEqual({
      ...envelope,
      type: 'message',
      value: { verb: 'handoff.request', faqId: 'faq-7', reason: 'Broken lens' },
    });
  });

  it('leaves the shown card inputs out of a top-level action', () => {
    expect(sent(turn.board, 'c')).toEqual({ ...envelope, type: 'message', value: { verb: 'faq.feedback', helpful: 'true', faqId: 'faq-7' } });
  });

  it('shows its card again with the current values when pressed', () => {
    const filled = fillInput(turn.board, 2, 'Broken lens');
    const pressed = filled.ok ? pressAction(filled.board, 'a', session) : filled;
    expect(pressed).toEqual({ kind: 'show', lines: ['Tell us more:', '    (2) reason — Reason = "Broken lens"', '    [b] Send'] });
  });
});

describe('building activities', () => {
  it('announces the user with a conversationUpdate', () => {
    expect(conversationUpdateActivity(session, stamp)).toEqual({ ...envelope, type: 'conversationUpdate', membersAdded: [{ id: 'u-1' }] });
  });

  it('sends typed text as a message', () => {
    expect(textActivity(session, 'hello', stamp)).toEqual({ ...envelope, type: 'message', text: 'hello' });
  });

  it('attaches a file as a data: URL named after the file', () => {
    const activity = fileActivity(session, 'vat.pdf', new TextEncoder().encode('%PDF'), stamp);
    expect(activity.attachments).toEqual([{ contentType: 'application/pdf', contentUrl: 'data:application/pdf;base64,JVBERg==', name: 'vat.pdf' }]);
  });

  it('guesses the media type from the extension, whatever its case', () => {
    expect(mediaTypeFor('Licence.JPG')).toBe('image/jpeg');
  });

  it('falls back to application/octet-stream for an unknown extension', () => {
    expect(mediaTypeFor('notes.xyz')).toBe('application/octet-stream');
  });
});

describe('action letters', () => {
  it('go on from z to aa', () => {
    expect([actionKey(0), actionKey(25), actionKey(26), actionKey(27)]).toEqual(['a', 'z', 'aa', 'ab']);
  });
});

describe('parsing commands', () => {
  it('reads /fill with a value that has spaces', () => {
    expect(parseCommand('/fill 2 Foto Nord ApS')).toEqual({ kind: 'fill', number: 2, value: 'Foto Nord ApS' });
  });

  it('reads /press with a forcing !', () => {
    expect(parseCommand('/press B!')).toEqual({ kind: 'press', key: 'b', force: true });
  });

  it('sends a line starting with // as text', () => {
    expect(parseCommand('//menu')).toEqual({ kind: 'text', text: '/menu' });
  });

  it('rejects an unknown command', () => {
    expect(parseCommand('/frobnicate').kind).toBe('invalid');
  });
});

interface Received {
  readonly url: string | undefined;
  readonly body: unknown;
}

async function listen(server: Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
  return `http://127.0.0.1:${address.port}`;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk));
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

describe('talking to a bot over HTTP', () => {
  const received: Received[] = [];
  let server: Server;
  let url = '';

  beforeAll(async () => {
    server = createServer((request, response) => {
      void readJson(request).then((body) => {
        received.push({ url: request.url, body });
        const reply = { activities: [{ type: 'message', text: `echo ${JSON.stringify(received.length)}` }] };
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
      });
    });
    url = await listen(server);
  });

  afterAll(async () => {
    server.close();
    await once(server, 'close');
  });

  it('posts the activity to /api/messages and returns the replies', async () => {
    const result = await sendActivity(url, textActivity(session, 'hello', stamp));
    expect(result.ok && readBotResponse(result.body).activities).toEqual([{ type: 'message', text: `echo ${received.length}` }]);
  });

  it('sends the activity as JSON', async () => {
    await sendActivity(`${url}/`, textActivity(session, 'again', stamp));
    expect(received.at(-1)).toEqual({ url: '/api/messages', body: { ...envelope, type: 'message', text: 'again' } });
  });

  it('explains a refused connection in one line that says how to start the bot', async () => {
    const closed = createServer();
    const closedUrl = await listen(closed);
    closed.close();
    await once(closed, 'close');
    const result = await sendActivity(closedUrl, textActivity(session, 'hi', stamp));
    expect(result.ok ? '' : result.message).toMatch(/connection refused.*Start it with npm start$/);
  });

  it('reports a non-2xx answer with its status', async () => {
    const failing = createServer((_request, response) => response.writeHead(500).end('boom'));
    const failingUrl = await listen(failing);
    const result = await sendActivity(failingUrl, textActivity(session, 'hi', stamp));
    failing.close();
    expect(result.ok ? '' : result.message).toBe('The bot answered 500 Internal Server Error: boom.');
  });

  it('runs piped commands one after another and exits at EOF', async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const child = execFile(process.execPath, ['--import', 'tsx', 'scripts/chat.ts', '--url', url, '--user', 'u-pipe'], { cwd: root });
    child.stdin?.end('hello\n/quit\n');
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const [code] = await once(child, 'close');
    expect({ code, stdout: stdout.split('\n').slice(1) }).toEqual({
      code: 0,
      stdout: [`bot> echo ${received.length - 1}`, 'you> hello', `bot> echo ${received.length}`, 'you> /quit', ''],
    });
  }, 20_000);
});
