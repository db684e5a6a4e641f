import { createRequire } from 'node:module';

interface SerializationContext {
  eventCount: number;
  getEventAt(index: number): { message: string };
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => {
    parse(json: unknown, context: SerializationContext): void;
    validateProperties(): { validationEvents: { message: string }[] };
  };
  SerializationContext: new () => SerializationContext;
}

// The package's Node entry (its ESM build expects a DOM); it parses and validates without one.
const AdaptiveCards = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;

/** Everything the official renderer library reports while parsing and validating the card. */
export function cardProblems(json: unknown): string[] {
  const card = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) problems.push(event.message);
  return problems;
}

/** Every action object in a card (body ActionSets, card actions, fallbacks). */
export function cardActions(json: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record['type'] === 'string' && record['type'].startsWith('Action.')) found.push(record);
    Object.values(record).forEach(walk);
  };
  walk(json);
  return found;
}
