import type { Journey } from './journey';
import type { Services } from '../services';
import { createAccountJourney } from './account';
import { createProductsJourney } from './products/journey';
import { createMembershipJourney } from './membership';
import { createSupportJourney } from './support';
import { createFaqJourney } from './faq';
import { createPrivacyJourney } from './privacy';
import { createMemberJourney } from './member';

/**
 * Every journey, in the order their free-text handlers are tried. Each journey lives in its own
 * folder (dialogs/<journey>/) and exports a factory over Services.
 */
export function createJourneys(services: Services): Journey[] {
  return [
    // First: while a member talks to a human agent, its intercept relays and keeps the bot quiet.
    createSupportJourney(services),
    createAccountJourney(services),
    createProductsJourney(services),
    createMembershipJourney(services),
    createMemberJourney(services),
    createPrivacyJourney(services),
    // Last: free text no other journey recognised is a question for the FAQ.
    createFaqJourney(services),
  ];
}
