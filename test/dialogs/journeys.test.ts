import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
import { VERBS } from '../../cards/verbs';
import { createJourneys } from '../../dialogs/journeys';
import { createTestApp } from '../support/bot';
import { createTestDatabase } from '../support/database';

let app: App;
beforeAll(async () => {
  app = await createTestApp(await createTestDatabase());
});
afterAll(async () => {
  await app.close();
});

describe('journeys', () => {
  it('every card verb reaches a handler (a verb without one throws)', () => {
    const handled = new Set<string>(['menu.open', 'language.set']);
    for (const journey of createJourneys(app.services)) for (const verb of Object.keys(journey.verbs ?? {})) handled.add(verb);
    expect(VERBS.filter((verb) => !handled.has(verb))).toEqual([]);
  });
});
