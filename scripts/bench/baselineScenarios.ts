import { mentions, StepError, type Scenario } from './driver';

/** Turns per simulated member in the baselines: as many as one onboarding takes. */
export const BASELINE_TURNS = 19;

/** The echo bot: each message comes back as "echo: …". */
export function echoScenario(turns = BASELINE_TURNS): Scenario {
  return {
    name: 'echo',
    notes: () => [],
    async member(session) {
      for (let i = 0; i < turns; i++) {
        if (session.expired) return false;
        const replies = await session.turn('echo', { text: `hello ${i}` });
        if (!mentions(replies, `echo: hello ${i}`)) throw new StepError('echo', `unexpected reply ${JSON.stringify(replies).slice(0, 200)}`);
      }
      return true;
    },
  };
}

/** The naive waterfall: odd turns get the question, even turns the thanks. */
export function naiveScenario(turns = BASELINE_TURNS): Scenario {
  return {
    name: 'naive',
    notes: () => [],
    async member(session) {
      for (let i = 0; i < turns; i++) {
        if (session.expired) return false;
        const replies = await session.turn('naive', { text: `Company ${i}` });
        const expected = i % 2 === 0 ? 'What is your company called?' : `Thank you, Company ${i}.`;
        if (!mentions(replies, expected)) throw new StepError('naive', `expected “${expected}”, got ${JSON.stringify(replies).slice(0, 200)}`);
      }
      return true;
    },
  };
}
