import { beforeAll, describe, expect, it } from 'vitest';
import { detectAnyLanguage, nextConversationLanguage, LANGUAGES } from '../../domain/language';
import { createUnderstander, withoutDiminutive, type Understander } from '../../services/understanding';
import { intentExamples, topicExamples } from '../../locales/understanding';
import { foldWords } from '../../domain/textClassifier';
import { evaluationLines, foreignLines, type Category } from './evaluation';
import { evaluate, percentile, type EvaluationResult } from './evaluation/score';

/**
 * The understanding step on the evaluation set (test/understanding/evaluation/): accuracy per
 * language and category, printed as a table. The issue's targets are actions and small talk
 * ≥ 95 %, FAQ top-1 ≥ 97 %, out of scope rejected ≥ 90 %; FLOORS are what the step reaches today
 * (docs/faq.md), so a change that makes it worse fails here, and each floor is raised as the step
 * improves until it meets its target.
 */
const TARGETS: Readonly<Record<Category, number>> = { actions: 95, smalltalk: 95, faq: 97, outOfScope: 90 };
const FLOORS: Readonly<Record<Category, number>> = { actions: 96, smalltalk: 96, faq: 98, outOfScope: 95 };
/** The held-out lines (evaluation/heldOut.ts, never tuned against): 142 of 152 right after the issue-17 round. */
const HELD_OUT_FLOOR = 93;
const CATEGORIES: readonly Category[] = ['actions', 'smalltalk', 'faq', 'outOfScope'];

let understander: Understander;
let result: EvaluationResult;

beforeAll(() => {
  understander = createUnderstander();
  result = evaluate(understander);
  const table = Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      Object.fromEntries(CATEGORIES.map((category) => [category, `${result.scores[`${language} ${category}`].percent.toFixed(1)} % (target ${TARGETS[category]})`])),
    ]),
  );
  console.table(table);
});

describe('understanding step on the evaluation set', () => {
  it.each(LANGUAGES.flatMap((language) => CATEGORIES.map((category) => [language, category] as const)))(
    '%s %s is at least its floor',
    (language, category) => {
      expect(result.scores[`${language} ${category}`].percent).toBeGreaterThanOrEqual(FLOORS[category]);
    },
  );

  it('gets the held-out lines right at least as often as when they were last measured', () => {
    const heldOut = evaluationLines.filter((line) => line.heldOut);
    const missed = new Set(result.misses.map(({ line }) => line));
    expect((100 * heldOut.filter((line) => !missed.has(line)).length) / heldOut.length).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
  });

  it('shares no line of two words or more with the examples of its language', () => {
    // One-word replies ("ja", "nope") are necessarily examples too; anything longer must be new to the step.
    const copies = evaluationLines.filter((line) => {
      const words = foldWords(line.text);
      const examples = [...Object.values(intentExamples[line.language]), ...Object.values(topicExamples[line.language])]
        .flat()
        .map((text) => foldWords(text).join(' '));
      return words.length > 1 && examples.includes(words.join(' '));
    });
    expect(copies.map((line) => line.text)).toEqual([]);
  });

  it('has at least 40 lines per language and category', () => {
    for (const language of LANGUAGES) for (const category of CATEGORIES) expect(result.scores[`${language} ${category}`].total).toBeGreaterThanOrEqual(39);
  });

  it('spends at most 10 ms of CPU on 99 % of messages', () => {
    expect(percentile(result.cpu, 0.99)).toBeLessThanOrEqual(10);
  });
});

describe('understanding step, members’ requests from the issue', () => {
  it.each([
    ['en', "I'd like to open a business account for my studio", 'account.apply'],
    ['da', 'jeg vil gerne oprette en virksomhedskonto', 'account.apply'],
    ['da', 'stil mig om til support', 'support.handoff'],
    ['en', 'connect me with support please', 'support.handoff'],
    ['nl', 'verbind me door met support alsjeblieft', 'support.handoff'],
    ['sv', 'jag vill gå med i CPS', 'cps.join'],
    ['nl', 'ik wil een zakelijk account aanvragen', 'account.apply'],
  ] as const)('%s “%s” is the action %s', (language, text, id) => {
    const got = understander.understand({ text, language });
    expect({ kind: got.kind, id: got.id }).toEqual({ kind: 'action', id });
  });

  it.each([
    ['sv', 'hej hej', 'smalltalk.greeting'],
    ['en', 'thanks a lot, that helped', 'smalltalk.thanks'],
    ['nl', 'bedankt voor de hulp!', 'smalltalk.thanks'],
  ] as const)('%s “%s” is small talk %s', (language, text, id) => {
    const got = understander.understand({ text, language });
    expect({ kind: got.kind, id: got.id }).toEqual({ kind: 'smalltalk', id });
  });

  it('gives up on a question about something else rather than guessing', () => {
    expect(understander.understand({ text: 'can you write me a poem about lighthouses', language: 'en' }).level).toBe('unknown');
  });
});

describe('understanding step, classes of confusion (issue 17)', () => {
  it.each([
    ['en', 'hello, i have been a photographer for twenty years and recently started my own studio in bristol, i would like to apply for a business account', 'account.apply'],
    ['nl', 'ik ben al jaren fotograaf en heb net een eigen bedrijf in gent gestart, ik wil graag een zakelijk account aanvragen', 'account.apply'],
    ['sv', 'vi har precis flyttat studion till malmö och köpt nya objektiv, kan ni lägga till mitt nya rf 85', 'product.add'],
  ] as const)('%s a request at the end of a story, “%s”, is the action %s', (language, text, id) => {
    const got = understander.understand({ text, language });
    expect({ kind: got.kind, id: got.id }).toEqual({ kind: 'action', id });
  });

  it.each([
    ['da', 'mange tak, det var en kæmpe hjælp'],
    ['sv', 'tack, det var till stor hjälp'],
  ] as const)('%s “%s” (a long thanks with “det var”, which asks nothing) is thanks', (language, text) => {
    const got = understander.understand({ text, language });
    expect({ kind: got.kind, id: got.id }).toEqual({ kind: 'smalltalk', id: 'smalltalk.thanks' });
  });

  it.each([
    ['da', 'kan du skrive en sang til mig'],
    ['nl', 'kun je een verhaaltje voor me schrijven'],
  ] as const)('%s “%s” names no language, so it is not the language command (the step gives up)', (language, text) => {
    expect(understander.understand({ text, language }).level).toBe('unknown');
  });

  it.each([
    ['da', 'kan vi tale engelsk resten af tiden'],
    ['sv', 'ta det på engelska'],
  ] as const)('%s “%s” names a language, so it is the language command', (language, text) => {
    expect(understander.understand({ text, language }).id).toBe('command.language');
  });

  it('gives up on the meaning of a word it does not know, and still explains the green tick', () => {
    expect(understander.understand({ text: 'hvad betyder lukkertid', language: 'da' }).level).toBe('unknown');
    expect(understander.understand({ text: 'what is meant by iso', language: 'en' }).level).toBe('unknown');
    expect(understander.understand({ text: 'wat betekent dat groene vinkje', language: 'nl' }).id).toBe('points.allocated');
  });

  it('reads a Dutch diminutive as its word', () => {
    expect(['botje', 'groetjes', 'dankje', 'bedankt', 'je'].map(withoutDiminutive)).toEqual(['bot', 'groet', 'dank', 'bedankt', 'je']);
    expect(understander.understand({ text: 'hoi cpsje', language: 'nl' }).id).toBe('smalltalk.greeting');
  });

  it('does not read a long question as small talk ("het beste objectief" is not "het beste")', () => {
    expect(understander.understand({ text: 'wat is het beste objectief voor bruiloften', language: 'nl' }).kind).not.toBe('smalltalk');
  });
});

describe('lines in languages we do not serve', () => {
  it.each(foreignLines.map((line) => [line.text, line.answerIn] as const))('“%s” in a Swedish conversation is answered in %s', async (text, answerIn) => {
    const step = nextConversationLanguage({ chosen: null, base: 'sv', previous: undefined, text, detection: await detectAnyLanguage(text) });
    expect(step.language).toBe(answerIn);
  });
});
