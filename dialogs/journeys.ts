import { createAccountJourney } from './account';
import type { Journey } from './journey';
import type { Services } from './services';

/**
 * Every journey, in the order their free-text handlers are tried. Each journey lives in its own
 * folder (dialogs/<journey>/) and exports a factory over Services.
 */
export function createJourneys(services: Services): Journey[] {
  return [createAccountJourney(services)];
}
