// The logic of the terminal chat client (scripts/chat.ts): building Bot Framework activities,
// rendering replies and cards as text, and keeping the inputs and actions of the last card.
// Everything here is pure except `sendActivity`, so the client can be tested without a bot.
import { randomUUID } from 'node:crypto';

// ---------------------------------------------------------------------------------------------
// Session and outgoing activities
// ---------------------------------------------------------------------------------------------

export interface ChatSession {
  readonly url: string;
  readonly userId: string;
  readonly userName: string;
  readonly conversationId: string;
  readonly locale: string;
  /**
   * Where the bot posts messages it sends on its own (an approval, an agent's reply): the chat
   * client's own listener. Without it, a placeholder the bot cannot reach.
   */
  readonly serviceUrl?: string;
}

/** Where ids and timestamps come from; tests pass fixed ones. */
export interface ActivityStamp {
  newId(): string;
  now(): Date;
}

export const randomStamp: ActivityStamp = { newId: () => randomUUID(), now: () => new Date() };

export interface OutgoingAttachment {
  readonly contentType: string;
  readonly contentUrl: string;
  readonly name: string;
}

export interface OutgoingActivity {
  readonly type: 'message' | 'conversationUpdate' | 'invoke';
  readonly id: string;
  readonly timestamp: string;
  readonly channelId: 'cli';
  readonly serviceUrl: string;
  readonly from: { readonly id: string; readonly name: string; readonly role: 'user' };
  readonly recipient: { readonly id: 'cps-bot'; readonly role: 'bot' };
  readonly conversation: { readonly id: string };
  readonly locale: string;
  readonly deliveryMode: 'expectReplies';
  readonly text?: string;
  readonly value?: unknown;
  readonly name?: string;
  readonly membersAdded?: readonly { readonly id: string }[];
  readonly attachments?: readonly OutgoingAttachment[];
}

type ActivityBody = Pick<OutgoingActivity, 'type' | 'text' | 'value' | 'name' | 'membersAdded' | 'attachments'>;

// With expectReplies the bot answers in the HTTP response; only proactive messages use serviceUrl.
const CLI_SERVICE_URL = 'http://localhost/cli';

function buildActivity(session: ChatSession, body: ActivityBody, stamp: ActivityStamp): OutgoingActivity {
  return {
    id: stamp.newId(),
    timestamp: stamp.now().toISOString(),
    channelId: 'cli',
    serviceUrl: session.serviceUrl ?? CLI_SERVICE_URL,
    from: { id: session.userId, name: session.userName, role: 'user' },
    recipient: { id: 'cps-bot', role: 'bot' },
    conversation: { id: session.conversationId },
    locale: session.locale,
    deliveryMode: 'expectReplies',
    ...body,
  };
}

export function conversationUpdateActivity(session: ChatSession, stamp: ActivityStamp = randomStamp): OutgoingActivity {
  return buildActivity(session, { type: 'conversationUpdate', membersAdded: [{ id: session.userId }] }, stamp);
}

export function textActivity(session: ChatSession, text: string, stamp: ActivityStamp = randomStamp): OutgoingActivity {
  return buildActivity(session, { type: 'message', text }, stamp);
}

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  svg: 'image/svg+xml',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  xml: 'application/xml',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
};

export function mediaTypeFor(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const extension = dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
  return MEDIA_TYPES[extension] ?? 'application/octet-stream';
}

/** A message carrying one file as a `data:` URL, the way Web Chat sends small uploads. */
export function fileActivity(
  session: ChatSession,
  fileName: string,
  bytes: Uint8Array,
  stamp: ActivityStamp = randomStamp,
): OutgoingActivity {
  const mediaType = mediaTypeFor(fileName);
  const contentUrl = `data:${mediaType};base64,${Buffer.from(bytes).toString('base64')}`;
  return buildActivity(session, { type: 'message', attachments: [{ contentType: mediaType, contentUrl, name: fileName }] }, stamp);
}

// ---------------------------------------------------------------------------------------------
// Unknown-safe reading of JSON
// ---------------------------------------------------------------------------------------------

type JsonRecord = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Card JSON is loose: numbers and booleans turn up where strings are meant. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

// ---------------------------------------------------------------------------------------------
// Adaptive Card shapes this client reads
// ---------------------------------------------------------------------------------------------

interface AcCard {
  readonly body: readonly AcElement[];
  readonly actions: readonly AcAction[];
}

interface AcChoice {
  readonly title: string;
  readonly value: string;
}

interface AcInputBase {
  readonly id: string;
  readonly label: string | undefined;
  readonly placeholder: string | undefined;
  readonly required: boolean;
  readonly value: string | undefined;
}

type AcInput = AcInputBase &
  (
    | { readonly type: 'Input.Text'; readonly multiline: boolean }
    | { readonly type: 'Input.Number'; readonly min: number | undefined; readonly max: number | undefined }
    | { readonly type: 'Input.Date' }
    | { readonly type: 'Input.Time' }
    | { readonly type: 'Input.Toggle'; readonly title: string; readonly valueOn: string; readonly valueOff: string }
    | { readonly type: 'Input.ChoiceSet'; readonly choices: readonly AcChoice[]; readonly multiSelect: boolean }
  );

type AcElement =
  | { readonly type: 'TextBlock'; readonly text: string }
  | { readonly type: 'RichTextBlock'; readonly inlines: readonly string[] }
  | { readonly type: 'FactSet'; readonly facts: readonly AcChoice[] }
  | { readonly type: 'Image'; readonly altText: string }
  | { readonly type: 'Media'; readonly altText: string }
  | { readonly type: 'Group'; readonly items: readonly AcElement[] }
  | { readonly type: 'ColumnSet'; readonly columns: readonly (readonly AcElement[])[] }
  | { readonly type: 'Table'; readonly rows: readonly (readonly (readonly AcElement[])[])[] }
  | { readonly type: 'ActionSet'; readonly actions: readonly AcAction[] }
  | { readonly type: 'Unsupported'; readonly name: string }
  | AcInput;

type SubmitData = JsonRecord | string | undefined;

type AcAction =
  | { readonly type: 'Action.Submit'; readonly title: string; readonly data: SubmitData; readonly gathersInputs: boolean }
  | {
      readonly type: 'Action.Execute';
      readonly title: string;
      readonly verb: string | undefined;
      readonly data: JsonRecord | undefined;
      readonly gathersInputs: boolean;
    }
  | { readonly type: 'Action.OpenUrl'; readonly title: string; readonly url: string }
  | { readonly type: 'Action.ShowCard'; readonly title: string; readonly card: AcCard }
  | { readonly type: 'Unsupported'; readonly title: string; readonly name: string };

function parseCard(raw: unknown): AcCard {
  const card = isRecord(raw) ? raw : {};
  return { body: parseElements(card.body), actions: parseActions(card.actions) };
}

function parseElements(raw: unknown): AcElement[] {
  return list(raw).flatMap((item) => {
    const element = parseElement(item);
    return element === undefined ? [] : [element];
  });
}

function parseInputBase(raw: JsonRecord): AcInputBase {
  return {
    id: stringOf(raw.id) ?? '',
    label: stringOf(raw.label),
    placeholder: stringOf(raw.placeholder),
    required: raw.isRequired === true,
    value: scalarText(raw.value),
  };
}

function parseChoices(raw: unknown): AcChoice[] {
  return list(raw).flatMap((choice) => {
    if (!isRecord(choice)) return [];
    const value = scalarText(choice.value);
    if (value === undefined) return [];
    return [{ title: scalarText(choice.title) ?? value, value }];
  });
}

function parseInlines(raw: unknown): string[] {
  return list(raw).flatMap((inline) => {
    if (typeof inline === 'string') return [inline];
    if (isRecord(inline)) {
      const text = stringOf(inline.text);
      return text === undefined ? [] : [text];
    }
    return [];
  });
}

function parseElement(raw: unknown): AcElement | undefined {
  if (!isRecord(raw)) return undefined;
  const type = stringOf(raw.type) ?? '';
  switch (type) {
    case 'TextBlock':
      return { type, text: scalarText(raw.text) ?? '' };
    case 'RichTextBlock':
      return { type, inlines: parseInlines(raw.inlines) };
    case 'FactSet':
      return {
        type,
        facts: list(raw.facts).flatMap((fact) =>
          isRecord(fact) ? [{ title: scalarText(fact.title) ?? '', value: scalarText(fact.value) ?? '' }] : [],
        ),
      };
    case 'Image':
    case 'Media':
      return { type, altText: stringOf(raw.altText) ?? '' };
    case 'ImageSet':
      return { type: 'Group', items: parseElements(list(raw.images).map((image) => (isRecord(image) ? { ...image, type: 'Image' } : image))) };
    case 'Container':
    case 'Column':
    case 'TableCell':
      return { type: 'Group', items: parseElements(raw.items) };
    case 'ColumnSet':
      return { type, columns: list(raw.columns).map((column) => (isRecord(column) ? parseElements(column.items) : [])) };
    case 'Table':
      return {
        type,
        rows: list(raw.rows).map((row) =>
          isRecord(row) ? list(row.cells).map((cell) => (isRecord(cell) ? parseElements(cell.items) : [])) : [],
        ),
      };
    case 'ActionSet':
      return { type, actions: parseActions(raw.actions) };
    case 'Input.Text':
      return { ...parseInputBase(raw), type, multiline: raw.isMultiline === true };
    case 'Input.Number':
      return { ...parseInputBase(raw), type, min: numberOf(raw.min), max: numberOf(raw.max) };
    case 'Input.Date':
    case 'Input.Time':
      return { ...parseInputBase(raw), type };
    case 'Input.Toggle': {
      const valueOn = scalarText(raw.valueOn) ?? 'true';
      const valueOff = scalarText(raw.valueOff) ?? 'false';
      return { ...parseInputBase(raw), type, title: scalarText(raw.title) ?? '', valueOn, valueOff };
    }
    case 'Input.ChoiceSet':
      return { ...parseInputBase(raw), type, choices: parseChoices(raw.choices), multiSelect: raw.isMultiSelect === true };
    default:
      // Adaptive Card fallback: a replacement element, or "drop" to show nothing.
      if (raw.fallback === 'drop') return undefined;
      if (isRecord(raw.fallback)) return parseElement(raw.fallback);
      return { type: 'Unsupported', name: type || '(no type)' };
  }
}

function parseActions(raw: unknown): AcAction[] {
  return list(raw).flatMap((item) => {
    const action = parseAction(item);
    return action === undefined ? [] : [action];
  });
}

function parseAction(raw: unknown): AcAction | undefined {
  if (!isRecord(raw)) return undefined;
  const type = stringOf(raw.type) ?? '';
  const title = scalarText(raw.title) ?? '';
  const gathersInputs = stringOf(raw.associatedInputs)?.toLowerCase() !== 'none';
  switch (type) {
    case 'Action.Submit': {
      const data = isRecord(raw.data) || typeof raw.data === 'string' ? raw.data : undefined;
      return { type, title, data, gathersInputs };
    }
    case 'Action.Execute':
      return { type, title, verb: stringOf(raw.verb), data: isRecord(raw.data) ? raw.data : undefined, gathersInputs };
    case 'Action.OpenUrl':
      return { type, title, url: stringOf(raw.url) ?? '' };
    case 'Action.ShowCard':
      return { type, title, card: parseCard(raw.card) };
    default:
      if (raw.fallback === 'drop') return undefined;
      if (isRecord(raw.fallback)) return parseAction(raw.fallback);
      return { type: 'Unsupported', title, name: type || '(no type)' };
  }
}

// ---------------------------------------------------------------------------------------------
// The board: inputs and actions of the last card(s) the user can act on
// ---------------------------------------------------------------------------------------------

/** An input of the last card, numbered from 1. `scope` names the (show) card it sits in. */
export type BoardInput = AcInput & { readonly number: number; readonly scope: readonly number[] };

type ActionTarget =
  | { readonly kind: 'submit'; readonly data: SubmitData; readonly scope: readonly number[]; readonly gathersInputs: boolean }
  | {
      readonly kind: 'execute';
      readonly verb: string | undefined;
      readonly data: JsonRecord | undefined;
      readonly scope: readonly number[];
      readonly gathersInputs: boolean;
    }
  | { readonly kind: 'openUrl'; readonly url: string }
  | {
      readonly kind: 'showCard';
      readonly lines: readonly string[];
      /** Which of `lines` describe which input, to show current values when pressed. */
      readonly inputLines: readonly { readonly line: number; readonly input: number }[];
    }
  | { readonly kind: 'message'; readonly text: string | undefined; readonly value: unknown }
  | { readonly kind: 'unsupported'; readonly name: string };

export interface BoardAction {
  readonly key: string;
  readonly title: string;
  /** Suggested actions last only until the next reply. */
  readonly suggested: boolean;
  readonly target: ActionTarget;
}

export interface Board {
  readonly inputs: readonly BoardInput[];
  /** Current value of each input, by index (input number - 1). */
  readonly values: readonly string[];
  readonly actions: readonly BoardAction[];
  readonly nextScope: number;
}

export const emptyBoard: Board = { inputs: [], values: [], actions: [], nextScope: 0 };

/** a, b, …, z, aa, ab, … */
export function actionKey(index: number): string {
  let key = '';
  let rest = index;
  do {
    key = String.fromCharCode(97 + (rest % 26)) + key;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return key;
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

interface RenderContext {
  inputs: BoardInput[];
  values: string[];
  actions: BoardAction[];
  nextScope: number;
}

function contextFrom(board: Board): RenderContext {
  return { inputs: [...board.inputs], values: [...board.values], actions: [...board.actions], nextScope: board.nextScope };
}

function boardFrom(context: RenderContext): Board {
  return { inputs: context.inputs, values: context.values, actions: context.actions, nextScope: context.nextScope };
}

function addAction(context: RenderContext, title: string, target: ActionTarget, suggested = false): BoardAction {
  const action = { key: actionKey(context.actions.length), title, suggested, target };
  context.actions.push(action);
  return action;
}

// Teams formats {{DATE(iso, SHORT)}} and {{TIME(iso)}} itself; show the ISO date and time instead.
const DATE_FUNCTION = /\{\{(DATE|TIME)\(([^,)]+)(?:,\s*\w+)?\)\}\}/g;

function formatText(text: string): string {
  return text.replace(DATE_FUNCTION, (match: string, fn: string, iso: string) => {
    const date = new Date(iso.trim());
    if (Number.isNaN(date.getTime())) return match;
    return fn === 'DATE' ? date.toISOString().slice(0, 10) : `${date.toISOString().slice(11, 16)} UTC`;
  });
}

function initialValue(input: AcInput): string {
  if (input.type === 'Input.Toggle') return input.value ?? input.valueOff;
  return input.value ?? '';
}

function inputKind(input: AcInput): string | undefined {
  switch (input.type) {
    case 'Input.Text':
      return input.multiline ? 'text, \\n for a new line' : undefined;
    case 'Input.Number': {
      const range = input.min !== undefined || input.max !== undefined ? ` ${input.min ?? ''}–${input.max ?? ''}` : '';
      return `number${range}`;
    }
    case 'Input.Date':
      return 'date YYYY-MM-DD';
    case 'Input.Time':
      return 'time HH:MM';
    case 'Input.Toggle':
      return `toggle "${input.title}": on=${input.valueOn}, off=${input.valueOff}`;
    case 'Input.ChoiceSet':
      return input.multiSelect ? 'choose any, comma-separated' : 'choose one';
  }
}

function choiceTitles(input: BoardInput, value: string): string {
  if (input.type !== 'Input.ChoiceSet' || value === '') return '';
  const titles = value.split(',').map((part) => input.choices.find((choice) => choice.value === part)?.title ?? part);
  return ` (${titles.join(', ')})`;
}

/** How an input is listed: number, id, label, kind, current value, and its choices. */
export function describeInput(input: BoardInput, value: string): string[] {
  const label = input.label ?? (input.type === 'Input.Toggle' ? undefined : input.placeholder);
  const parts = [`(${input.number}) ${input.id}`];
  if (label !== undefined && label !== '') parts.push(`— ${label}`);
  const kind = inputKind(input);
  const flags = [kind, input.required ? 'required' : undefined].filter((flag) => flag !== undefined);
  if (flags.length > 0) parts.push(`[${flags.join('; ')}]`);
  const shown = value === '' ? '(empty)' : JSON.stringify(value) + choiceTitles(input, value);
  const lines = [`${parts.join(' ')} = ${shown}`];
  if (input.type === 'Input.ChoiceSet') {
    input.choices.forEach((choice, index) => lines.push(`      ${index + 1}. ${choice.title} = ${choice.value}`));
  }
  return lines;
}

/** The `/inputs` listing. */
export function renderInputs(board: Board): string[] {
  if (board.inputs.length === 0) return ['(the last card has no inputs)'];
  return board.inputs.flatMap((input, index) => describeInput(input, board.values[index] ?? ''));
}

function renderElements(elements: readonly AcElement[], context: RenderContext, scope: readonly number[]): string[] {
  return elements.flatMap((element) => renderElement(element, context, scope));
}

function renderElement(element: AcElement, context: RenderContext, scope: readonly number[]): string[] {
  switch (element.type) {
    case 'TextBlock':
      return formatText(element.text).split('\n');
    case 'RichTextBlock':
      return formatText(element.inlines.join('')).split('\n');
    case 'FactSet':
      return element.facts.map((fact) => `${fact.title}: ${formatText(fact.value)}`);
    case 'Image':
      return [`[image: ${element.altText}]`];
    case 'Media':
      return [`[media: ${element.altText}]`];
    case 'Group':
      return renderElements(element.items, context, scope);
    case 'ColumnSet':
      return sideBySide(element.columns.map((column) => renderElements(column, context, scope)), '  ');
    case 'Table':
      return element.rows.flatMap((row) => sideBySide(row.map((cell) => renderElements(cell, context, scope)), ' | '));
    case 'ActionSet':
      return renderActions(element.actions, context, scope);
    case 'Unsupported':
      return [`[unsupported element: ${element.name}]`];
    default: {
      const input: BoardInput = { ...element, number: context.inputs.length + 1, scope };
      const value = initialValue(element);
      context.inputs.push(input);
      context.values.push(value);
      return describeInput(input, value);
    }
  }
}

/** Columns and table cells of one line each share a line; anything taller is stacked. */
function sideBySide(parts: readonly string[][], separator: string): string[] {
  const filled = parts.filter((part) => part.length > 0);
  if (filled.every((part) => part.length === 1)) {
    const line = filled.map((part) => part[0]).join(separator);
    return line === '' ? [] : [line];
  }
  return filled.flat();
}

function renderActions(actions: readonly AcAction[], context: RenderContext, scope: readonly number[]): string[] {
  return actions.flatMap((action) => renderAction(action, context, scope));
}

function renderAction(action: AcAction, context: RenderContext, scope: readonly number[]): string[] {
  switch (action.type) {
    case 'Action.Submit': {
      const { key } = addAction(context, action.title, { kind: 'submit', data: action.data, scope, gathersInputs: action.gathersInputs });
      return [`[${key}] ${action.title}`];
    }
    case 'Action.Execute': {
      const target: ActionTarget = { kind: 'execute', verb: action.verb, data: action.data, scope, gathersInputs: action.gathersInputs };
      const { key } = addAction(context, action.title, target);
      return [`[${key}] ${action.title}`];
    }
    case 'Action.OpenUrl': {
      const { key } = addAction(context, action.title, { kind: 'openUrl', url: action.url });
      return [`[${key}] ${action.title} ↗ ${action.url}`];
    }
    case 'Action.ShowCard': {
      // Register the action first so its letter comes before the letters of the card it shows.
      const index = context.actions.length;
      const { key } = addAction(context, action.title, { kind: 'showCard', lines: [], inputLines: [] });
      const nested = [...scope, context.nextScope++];
      const firstInput = context.inputs.length;
      const lines = renderCardBody(action.card, context, nested).map((line) => `    ${line}`);
      const inputLines = context.inputs.slice(firstInput).map((input) => {
        const header = describeInput(input, context.values[input.number - 1] ?? '')[0] ?? '';
        return { line: lines.findIndex((line) => line.trimStart() === header), input: input.number };
      });
      context.actions[index] = { key, title: action.title, suggested: false, target: { kind: 'showCard', lines, inputLines } };
      return [`[${key}] ${action.title} ▾`, ...lines];
    }
    case 'Unsupported': {
      const { key } = addAction(context, action.title, { kind: 'unsupported', name: action.name });
      return [`[${key}] ${action.title} (${action.name}, not supported here)`];
    }
  }
}

function renderCardBody(card: AcCard, context: RenderContext, scope: readonly number[]): string[] {
  return [...renderElements(card.body, context, scope), ...renderActions(card.actions, context, scope)];
}

function boxed(title: string, lines: readonly string[]): string[] {
  return [`  ┌ ${title}`, ...lines.map((line) => `  │ ${line}`), '  └'];
}

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const HERO_CARDS: ReadonlySet<string> = new Set(['application/vnd.microsoft.card.hero', 'application/vnd.microsoft.card.thumbnail']);

function renderAdaptiveCard(content: unknown, context: RenderContext): string[] {
  // Card content sometimes arrives as a JSON string rather than an object.
  let card = content;
  if (typeof content === 'string') {
    try {
      card = JSON.parse(content);
    } catch (error) {
      return boxed('card', [`[unreadable card: ${error instanceof Error ? error.message : 'not JSON'}]`]);
    }
  }
  const scope = [context.nextScope++];
  return boxed('card', renderCardBody(parseCard(card), context, scope));
}

/** Bot Framework CardAction (hero cards, suggested actions). */
function cardActionTarget(raw: JsonRecord): ActionTarget {
  const type = stringOf(raw.type) ?? '';
  const value = raw.value;
  switch (type) {
    case 'imBack':
      return { kind: 'message', text: scalarText(value) ?? '', value: undefined };
    case 'postBack':
      return typeof value === 'string' ? { kind: 'message', text: value, value: undefined } : { kind: 'message', text: undefined, value };
    case 'messageBack':
      return { kind: 'message', text: stringOf(raw.text), value };
    case 'openUrl':
    case 'downloadFile':
    case 'playAudio':
    case 'playVideo':
    case 'showImage':
      return { kind: 'openUrl', url: scalarText(value) ?? '' };
    default:
      return { kind: 'unsupported', name: type || '(no type)' };
  }
}

function cardActionTitle(raw: JsonRecord): string {
  return scalarText(raw.title) ?? scalarText(raw.text) ?? scalarText(raw.value) ?? '';
}

function renderHeroCard(content: unknown, context: RenderContext): string[] {
  const card = isRecord(content) ? content : {};
  const lines: string[] = [];
  for (const key of ['title', 'subtitle', 'text']) {
    const text = scalarText(card[key]);
    if (text !== undefined && text !== '') lines.push(...formatText(text).split('\n'));
  }
  for (const image of list(card.images)) {
    if (isRecord(image)) lines.push(`[image: ${stringOf(image.alt) ?? ''}]`);
  }
  for (const button of list(card.buttons)) {
    if (!isRecord(button)) continue;
    const { key, title, target } = addAction(context, cardActionTitle(button), cardActionTarget(button));
    lines.push(target.kind === 'openUrl' ? `[${key}] ${title} ↗ ${target.url}` : `[${key}] ${title}`);
  }
  return boxed('hero card', lines);
}

function renderAttachment(raw: unknown, context: RenderContext): string[] {
  if (!isRecord(raw)) return [];
  const contentType = stringOf(raw.contentType) ?? '';
  if (contentType === ADAPTIVE_CARD) return renderAdaptiveCard(raw.content, context);
  if (HERO_CARDS.has(contentType)) return renderHeroCard(raw.content, context);
  const name = stringOf(raw.name);
  return [`  [attachment: ${name === undefined ? '' : `${name} `}${contentType}]`];
}

function renderSuggestedActions(raw: unknown, context: RenderContext): string[] {
  const actions = isRecord(raw) ? list(raw.actions) : [];
  const labels = actions.flatMap((action) => {
    if (!isRecord(action)) return [];
    const { key, title } = addAction(context, cardActionTitle(action), cardActionTarget(action), true);
    return [`[${key}] ${title}`];
  });
  return labels.length === 0 ? [] : [`  suggested: ${labels.join('   ')}`];
}

function botText(text: string): string[] {
  return text.split('\n').map((line, index) => (index === 0 ? `bot> ${line}` : `     ${line}`));
}

// Bot Framework Emulator-only activities and typing indicators carry nothing to read.
const SILENT_ACTIVITIES: ReadonlySet<string> = new Set(['typing', 'trace', 'invokeResponse']);

function renderActivity(raw: unknown, context: RenderContext): string[] {
  if (!isRecord(raw)) return [];
  const type = stringOf(raw.type) ?? '';
  if (SILENT_ACTIVITIES.has(type)) return [];
  if (type !== 'message') {
    const name = stringOf(raw.name);
    return [`[${type}${name === undefined ? '' : ` ${name}`}]`];
  }
  const text = scalarText(raw.text);
  return [
    ...(text === undefined || text === '' ? [] : botText(text)),
    ...list(raw.attachments).flatMap((attachment) => renderAttachment(attachment, context)),
    ...renderSuggestedActions(raw.suggestedActions, context),
  ];
}

function renderInvokeBody(body: unknown, context: RenderContext): string[] {
  if (!isRecord(body)) return [];
  const type = stringOf(body.type);
  if (type === ADAPTIVE_CARD) return renderAdaptiveCard(body.value, context);
  if (type === 'application/vnd.microsoft.activity.message') return botText(scalarText(body.value) ?? '');
  if (type === 'application/vnd.microsoft.error') {
    const error = isRecord(body.value) ? body.value : {};
    return [`bot> error ${scalarText(error.code) ?? ''}: ${scalarText(error.message) ?? ''}`];
  }
  const statusCode = numberOf(body.statusCode);
  return statusCode === undefined || statusCode === 200 ? [] : [`[the action was answered with status ${statusCode}]`];
}

/** What a bot HTTP response holds: reply activities, and for an invoke its response body. */
export interface BotResponse {
  readonly activities: readonly unknown[];
  readonly invokeStatus: number | undefined;
  readonly invokeBody: unknown;
}

/**
 * Reads the three shapes a reply can take: ExpectedReplies `{ activities }` (which for an invoke
 * carries an `invokeResponse` activity), an invoke response `{ status, body }`, or the bare invoke
 * body `{ statusCode, type, value }`.
 */
export function readBotResponse(body: unknown): BotResponse {
  if (!isRecord(body)) return { activities: [], invokeStatus: undefined, invokeBody: undefined };
  if (Array.isArray(body.activities)) {
    const activities = list(body.activities);
    const invoke = activities.find((activity) => isRecord(activity) && activity.type === 'invokeResponse');
    const response = isRecord(invoke) && isRecord(invoke.value) ? invoke.value : {};
    return { activities, invokeStatus: numberOf(response.status), invokeBody: response.body };
  }
  if (typeof body.status === 'number') return { activities: [], invokeStatus: body.status, invokeBody: body.body };
  if (typeof body.statusCode === 'number') return { activities: [], invokeStatus: undefined, invokeBody: body };
  return { activities: [], invokeStatus: undefined, invokeBody: undefined };
}

function carriesCard(response: BotResponse): boolean {
  const inActivities = response.activities.some(
    (activity) =>
      isRecord(activity) &&
      activity.type === 'message' &&
      list(activity.attachments).some((attachment) => {
        const contentType = isRecord(attachment) ? stringOf(attachment.contentType) : undefined;
        return contentType !== undefined && (contentType === ADAPTIVE_CARD || HERO_CARDS.has(contentType));
      }),
  );
  return inActivities || (isRecord(response.invokeBody) && response.invokeBody.type === ADAPTIVE_CARD);
}

export interface RenderedTurn {
  readonly lines: readonly string[];
  readonly board: Board;
}

/**
 * Renders a bot response as lines of text and returns the board to act on next. A reply with a
 * card replaces the board (inputs start again from the card's defaults); a reply without one keeps
 * the last card's inputs and actions, while suggested actions always last only one reply.
 */
export function renderTurn(body: unknown, board: Board): RenderedTurn {
  const response = readBotResponse(body);
  const keep: Board = { ...board, actions: board.actions.filter((action) => !action.suggested) };
  const context = contextFrom(carriesCard(response) ? emptyBoard : keep);
  const lines = [
    ...response.activities.flatMap((activity) => renderActivity(activity, context)),
    ...renderInvokeBody(response.invokeBody, context),
  ];
  if (response.invokeStatus !== undefined && (response.invokeStatus < 200 || response.invokeStatus > 299)) {
    lines.push(`[the action was answered with status ${response.invokeStatus}]`);
  }
  return { lines: lines.length === 0 ? ['(no reply)'] : lines, board: boardFrom(context) };
}

// ---------------------------------------------------------------------------------------------
// Filling inputs and pressing actions
// ---------------------------------------------------------------------------------------------

export type FillResult = { readonly ok: true; readonly board: Board } | { readonly ok: false; readonly error: string };

const TOGGLE_ON: ReadonlySet<string> = new Set(['on', 'yes', 'true', '1', 'y']);
const TOGGLE_OFF: ReadonlySet<string> = new Set(['off', 'no', 'false', '0', 'n']);

function resolveChoice(choices: readonly AcChoice[], raw: string): string | undefined {
  const wanted = raw.trim();
  const byNumber = /^\d+$/.test(wanted) ? choices[Number(wanted) - 1] : undefined;
  const lower = wanted.toLowerCase();
  const match =
    byNumber ??
    choices.find((choice) => choice.value === wanted) ??
    choices.find((choice) => choice.value.toLowerCase() === lower || choice.title.toLowerCase() === lower);
  return match?.value;
}

function isCalendarDate(raw: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return false;
  const date = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === raw;
}

function parseInputValue(input: BoardInput, raw: string): { value: string } | { error: string } {
  const trimmed = raw.trim();
  switch (input.type) {
    case 'Input.Text':
      return { value: input.multiline ? raw.replaceAll('\\n', '\n') : raw };
    case 'Input.Number': {
      if (trimmed === '') return { value: '' };
      const number = Number(trimmed);
      if (!Number.isFinite(number)) return { error: `${input.id} takes a number, not "${raw}"` };
      if ((input.min !== undefined && number < input.min) || (input.max !== undefined && number > input.max)) {
        return { error: `${input.id} takes a number from ${input.min ?? '-∞'} to ${input.max ?? '∞'}` };
      }
      return { value: trimmed };
    }
    case 'Input.Date':
      return trimmed === '' || isCalendarDate(trimmed) ? { value: trimmed } : { error: `${input.id} takes a date as YYYY-MM-DD` };
    case 'Input.Time':
      return trimmed === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(trimmed) ? { value: trimmed } : { error: `${input.id} takes a time as HH:MM` };
    case 'Input.Toggle': {
      const lower = trimmed.toLowerCase();
      if (TOGGLE_ON.has(lower) || trimmed === input.valueOn) return { value: input.valueOn };
      if (TOGGLE_OFF.has(lower) || trimmed === input.valueOff) return { value: input.valueOff };
      return { error: `${input.id} is a toggle: use on/off, yes/no or true/false` };
    }
    case 'Input.ChoiceSet': {
      if (trimmed === '') return { value: '' };
      const parts = input.multiSelect ? trimmed.split(',') : [trimmed];
      const values: string[] = [];
      for (const part of parts) {
        const value = resolveChoice(input.choices, part);
        if (value === undefined) return { error: `"${part.trim()}" is not a choice of ${input.id}: use a number from 1 to ${input.choices.length} or a value` };
        values.push(value);
      }
      return { value: values.join(',') };
    }
  }
}

/** `/fill N value`: sets input N of the last card, checked the way the card's input would check it. */
export function fillInput(board: Board, number: number, raw: string): FillResult {
  const input = board.inputs[number - 1];
  if (input === undefined) {
    const count = board.inputs.length;
    return { ok: false, error: count === 0 ? 'The last card has no inputs.' : `No input ${number}: the last card has inputs 1 to ${count} (/inputs lists them).` };
  }
  const parsed = parseInputValue(input, raw);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const values = [...board.values];
  values[number - 1] = parsed.value;
  return { ok: true, board: { ...board, values } };
}

function isWithin(scope: readonly number[], outer: readonly number[]): boolean {
  return scope.length <= outer.length && scope.every((part, index) => outer[index] === part);
}

/** Inputs an action submits: those of its own card and of the cards that contain it. */
function inputsFor(board: Board, scope: readonly number[]): { input: BoardInput; value: string }[] {
  return board.inputs.flatMap((input, index) =>
    isWithin(input.scope, scope) ? [{ input, value: board.values[index] ?? '' }] : [],
  );
}

export type PressOutcome =
  | { readonly kind: 'send'; readonly activity: OutgoingActivity }
  | { readonly kind: 'show'; readonly lines: readonly string[] }
  | { readonly kind: 'error'; readonly message: string };

/**
 * `/press a`: the activity a Teams client would send for action a, or what to show for actions that
 * send nothing. Like a real client it refuses to submit while required inputs are empty, unless
 * `force` (`/press a!`).
 */
export function pressAction(
  board: Board,
  key: string,
  session: ChatSession,
  options: { readonly force?: boolean; readonly stamp?: ActivityStamp } = {},
): PressOutcome {
  const action = board.actions.find((candidate) => candidate.key === key.toLowerCase());
  if (action === undefined) {
    const keys = board.actions.map((candidate) => candidate.key);
    return { kind: 'error', message: keys.length === 0 ? 'The last card has no actions.' : `No action [${key}]: choose one of ${keys.join(', ')}.` };
  }
  const stamp = options.stamp ?? randomStamp;
  const target = action.target;
  switch (target.kind) {
    case 'submit':
    case 'execute': {
      const inputs = target.gathersInputs ? inputsFor(board, target.scope) : [];
      const missing = inputs.filter(({ input, value }) => input.required && value === '');
      if (missing.length > 0 && options.force !== true) {
        const names = missing.map(({ input }) => `(${input.number}) ${input.id}`).join(', ');
        return { kind: 'error', message: `Required and empty: ${names}. Fill with /fill N value, or send anyway with /press ${action.key}!` };
      }
      const inputValues = Object.fromEntries(inputs.map(({ input, value }) => [input.id, value]));
      if (target.kind === 'submit') {
        // A string `data` is sent as the message text, as Teams and Web Chat do.
        if (typeof target.data === 'string') return { kind: 'send', activity: textActivity(session, target.data, stamp) };
        return { kind: 'send', activity: buildActivity(session, { type: 'message', value: { ...target.data, ...inputValues } }, stamp) };
      }
      const executed = {
        type: 'Action.Execute',
        ...(target.verb === undefined ? {} : { verb: target.verb }),
        data: { ...target.data, ...inputValues },
      };
      return {
        kind: 'send',
        activity: buildActivity(session, { type: 'invoke', name: 'adaptiveCard/action', value: { action: executed, trigger: 'manual' } }, stamp),
      };
    }
    case 'message':
      return {
        kind: 'send',
        activity: buildActivity(
          session,
          { type: 'message', ...(target.text === undefined ? {} : { text: target.text }), ...(target.value === undefined ? {} : { value: target.value }) },
          stamp,
        ),
      };
    case 'openUrl':
      return { kind: 'show', lines: [`open ${target.url}`] };
    case 'showCard': {
      const lines = [...target.lines];
      for (const { line, input } of target.inputLines) {
        const current = board.inputs[input - 1];
        const original = lines[line];
        if (current === undefined || original === undefined) continue;
        const indent = original.slice(0, original.length - original.trimStart().length);
        lines[line] = indent + (describeInput(current, board.values[input - 1] ?? '')[0] ?? '');
      }
      return { kind: 'show', lines: [`${action.title}:`, ...lines] };
    }
    case 'unsupported':
      return { kind: 'error', message: `[${action.key}] is an ${target.name}, which this client cannot perform.` };
  }
}

// ---------------------------------------------------------------------------------------------
// Commands typed at the prompt
// ---------------------------------------------------------------------------------------------

export type Command =
  | { readonly kind: 'none' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'fill'; readonly number: number; readonly value: string }
  | { readonly kind: 'inputs' }
  | { readonly kind: 'press'; readonly key: string; readonly force: boolean }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'locale'; readonly locale: string }
  | { readonly kind: 'help' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'invalid'; readonly message: string };

export const HELP_TEXT: readonly string[] = [
  'Type a message and press Enter to send it. Commands:',
  '  /fill N value   set input N of the last card (a choice by number or value; a toggle with on/off)',
  '  /inputs         list the inputs of the last card with their values',
  '  /press a        press action a of the last card (/press a! sends even with required inputs empty)',
  '  /file path      send a file as an attachment',
  '  /locale xx      change the locale sent with each message (da, sv, nl, en)',
  '  /help           this list',
  '  /quit           leave',
  '  //text          send a message that starts with "/"',
];

export function parseCommand(line: string): Command {
  const trimmed = line.trim();
  if (trimmed === '') return { kind: 'none' };
  if (trimmed.startsWith('//')) return { kind: 'text', text: trimmed.slice(1) };
  if (!trimmed.startsWith('/')) return { kind: 'text', text: line };
  const match = /^\/(\S+)\s*(.*)$/s.exec(trimmed);
  const name = match?.[1]?.toLowerCase() ?? '';
  const rest = match?.[2] ?? '';
  switch (name) {
    case 'fill': {
      const fill = /^(\d+)(?:\s(.*))?$/s.exec(rest);
      if (fill === null) return { kind: 'invalid', message: 'Usage: /fill N value (/inputs lists the numbers)' };
      return { kind: 'fill', number: Number(fill[1]), value: fill[2] ?? '' };
    }
    case 'inputs':
      return { kind: 'inputs' };
    case 'press': {
      const press = /^([a-z]+)(!?)$/i.exec(rest);
      if (press === null) return { kind: 'invalid', message: 'Usage: /press a' };
      return { kind: 'press', key: (press[1] ?? '').toLowerCase(), force: press[2] === '!' };
    }
    case 'file': {
      const path = rest.replace(/^(["'])(.*)\1$/, '$2');
      return path === '' ? { kind: 'invalid', message: 'Usage: /file path' } : { kind: 'file', path };
    }
    case 'locale':
      return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(rest)
        ? { kind: 'locale', locale: rest }
        : { kind: 'invalid', message: 'Usage: /locale xx (for example da, sv, nl, en)' };
    case 'help':
      return { kind: 'help' };
    case 'quit':
    case 'exit':
      return { kind: 'quit' };
    default:
      return { kind: 'invalid', message: `Unknown command /${name}: /help lists the commands.` };
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------

export type SendResult = { readonly ok: true; readonly status: number; readonly body: unknown } | { readonly ok: false; readonly message: string };

const START_HINT = 'Is the bot running? Start it with npm start';

function errorCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  // fetch reports network failures as TypeError("fetch failed") with the system error as cause.
  const cause: unknown = error.cause;
  if (isRecord(cause) && typeof cause.code === 'string') return cause.code;
  return error.name;
}

function failureMessage(endpoint: string, error: unknown, timeoutMs: number): string {
  const code = errorCode(error);
  switch (code) {
    case 'ECONNREFUSED':
      return `Cannot reach the bot at ${endpoint} (connection refused). ${START_HINT}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot reach the bot at ${endpoint} (host not found). Check --url or BOT_URL.`;
    case 'TimeoutError':
    case 'AbortError':
      return `The bot at ${endpoint} did not answer within ${Math.round(timeoutMs / 1000)} s.`;
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return `Cannot reach the bot at ${endpoint} (${code ?? detail}). ${START_HINT}`;
    }
  }
}

function statusHint(status: number): string {
  if (status === 401 || status === 403) return ' The bot expects Azure credentials: leave MicrosoftAppId empty to run it locally.';
  if (status === 404) return ' Is --url the bot, and does it serve /api/messages?';
  return '';
}

/** POSTs an activity to `{url}/api/messages` and returns the parsed JSON reply, or a one-line reason it failed. */
export async function sendActivity(url: string, activity: OutgoingActivity, timeoutMs = 60_000): Promise<SendResult> {
  const endpoint = `${url.replace(/\/+$/, '')}/api/messages`;
  let response: Response;
  let text: string;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    return { ok: false, message: failureMessage(endpoint, error, timeoutMs) };
  }
  if (!response.ok) {
    const detail = text.trim().split('\n')[0]?.slice(0, 200) ?? '';
    return {
      ok: false,
      message: `The bot answered ${response.status} ${response.statusText}${detail === '' ? '' : `: ${detail}`}.${statusHint(response.status)}`,
    };
  }
  if (text.trim() === '') return { ok: true, status: response.status, body: undefined };
  try {
    const body: unknown = JSON.parse(text);
    return { ok: true, status: response.status, body };
  } catch {
    return { ok: false, message: `The bot answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}` };
  }
}
