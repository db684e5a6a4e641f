import type { Verb } from './verbs';

/** The subset of the Adaptive Card 1.5 schema our cards use, typed so a typo fails to compile. */
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

export type ActionData = Readonly<Record<string, string | number | boolean>>;

export interface SubmitAction {
  readonly type: 'Action.Submit';
  readonly title: string;
  readonly data: ActionData & { readonly verb: Verb };
  readonly style?: 'default' | 'positive' | 'destructive';
  readonly associatedInputs?: 'auto' | 'none';
}

export interface ExecuteAction {
  readonly type: 'Action.Execute';
  readonly title: string;
  readonly verb: Verb;
  readonly data: ActionData & { readonly verb: Verb };
  readonly style?: 'default' | 'positive' | 'destructive';
  /** Teams renders 1.5 with Universal Actions; older hosts fall back to a Submit carrying the same verb. */
  readonly fallback: SubmitAction;
}

export interface OpenUrlAction {
  readonly type: 'Action.OpenUrl';
  readonly title: string;
  readonly url: string;
}

export type CardAction = SubmitAction | ExecuteAction | OpenUrlAction;

export interface TextBlock {
  readonly type: 'TextBlock';
  readonly text: string;
  /** Always wrapped: a cut sentence cannot be read (build TextBlocks with `text`/`heading`). */
  readonly wrap: true;
  readonly size?: 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
  readonly weight?: 'lighter' | 'default' | 'bolder';
  /**
   * No "good" or "warning": Teams draws them (and Web Chat's defaults) below 4.5:1 on its card
   * backgrounds in one theme or another. Show success and caution with an emoji and weight instead;
   * "attention" stays for error messages.
   */
  readonly color?: 'default' | 'accent' | 'attention';
  readonly isSubtle?: boolean;
  readonly spacing?: 'none' | 'small' | 'default' | 'medium' | 'large';
  readonly style?: 'default' | 'heading';
}

export interface Fact {
  readonly title: string;
  readonly value: string;
}
export interface FactSet {
  readonly type: 'FactSet';
  readonly facts: readonly Fact[];
}

export interface Choice {
  readonly title: string;
  readonly value: string;
}

interface InputBase {
  readonly id: string;
  readonly label?: string;
  readonly isRequired?: boolean;
  readonly errorMessage?: string;
}
export interface ChoiceSetInput extends InputBase {
  readonly type: 'Input.ChoiceSet';
  readonly choices: readonly Choice[];
  readonly value?: string;
  readonly style?: 'compact' | 'expanded' | 'filtered';
  readonly placeholder?: string;
  /** Choice labels wrap instead of being cut (Adaptive Cards 1.2+); every choice set sets it. */
  readonly wrap: true;
}
export interface TextInput extends InputBase {
  readonly type: 'Input.Text';
  readonly value?: string;
  readonly placeholder?: string;
  readonly maxLength?: number;
  readonly isMultiline?: boolean;
  readonly style?: 'text' | 'email' | 'tel' | 'url';
  readonly regex?: string;
}
export interface DateInput extends InputBase {
  readonly type: 'Input.Date';
  readonly value?: string;
  readonly min?: string;
  readonly max?: string;
}
export interface ToggleInput extends InputBase {
  readonly type: 'Input.Toggle';
  readonly title: string;
  readonly value?: string;
  readonly valueOn?: string;
  readonly valueOff?: string;
  /** The title wraps instead of being cut (Adaptive Cards 1.2+); every toggle sets it. */
  readonly wrap: true;
}

export type CardInput = ChoiceSetInput | TextInput | DateInput | ToggleInput;

export interface Container {
  readonly type: 'Container';
  readonly items: readonly CardElement[];
  readonly style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
  readonly spacing?: 'none' | 'small' | 'default' | 'medium' | 'large';
}
export interface Column {
  readonly type: 'Column';
  readonly width?: 'auto' | 'stretch' | string;
  readonly items: readonly CardElement[];
}
export interface ColumnSet {
  readonly type: 'ColumnSet';
  readonly columns: readonly Column[];
}
export interface ActionSet {
  readonly type: 'ActionSet';
  readonly actions: readonly CardAction[];
}

export type CardElement = TextBlock | FactSet | Container | ColumnSet | ActionSet | CardInput;

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: typeof CARD_SCHEMA;
  readonly version: '1.5';
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
}

/**
 * No `lang` on the card: the activity carries the locale, and the adaptivecards validator rejects
 * every other `lang` value (its pattern is a global RegExp reused across calls).
 * Hosts show at most 5 actions per action set: group more into several ActionSets.
 */
export function adaptiveCard(body: readonly CardElement[], actions?: readonly CardAction[]): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    body,
    ...(actions && actions.length > 0 ? { actions } : {}),
  };
}

export function submit(title: string, verb: Verb, data: ActionData = {}, style?: SubmitAction['style']): SubmitAction {
  return { type: 'Action.Submit', title, data: { ...data, verb }, ...(style ? { style } : {}) };
}

/** Universal Action for in-place card updates, with the Submit fallback Teams and Web Chat need. */
export function execute(title: string, verb: Verb, data: ActionData = {}, style?: SubmitAction['style']): ExecuteAction {
  const fallback = submit(title, verb, data, style);
  return { type: 'Action.Execute', title, verb, data: fallback.data, ...(style ? { style } : {}), fallback };
}

export function actionSet(actions: readonly CardAction[]): ActionSet {
  return { type: 'ActionSet', actions };
}

export function text(value: string, options: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {}): TextBlock {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

export function heading(value: string): TextBlock {
  return { type: 'TextBlock', text: value, wrap: true, size: 'medium', weight: 'bolder', style: 'heading' };
}
