import { accountCardSamples } from './accountSamples';
import { membershipCardSamples } from './membershipSamples';
import { productsCardSamples } from './productsSamples';
import { cardSamples, type CardSample } from './samples';
import { supportCardSamples } from './supportSamples';

/** Every card sample of every journey, for checks that hold for all cards alike. */
export const allCardSamples: readonly CardSample[] = [...cardSamples, ...accountCardSamples, ...productsCardSamples, ...membershipCardSamples, ...supportCardSamples];
