import { CARD_CONTENT_TYPE, type AdaptiveCard } from './adaptive';

export interface CardAttachment {
  readonly contentType: typeof CARD_CONTENT_TYPE;
  readonly content: AdaptiveCard;
}

export function cardAttachment(card: AdaptiveCard): CardAttachment {
  return { contentType: CARD_CONTENT_TYPE, content: card };
}
