import { beforeAll, describe, expect, it } from 'vitest';
import { detectAnyLanguage, nextConversationLanguage, LANGUAGES } from '../../domain/language';
import { createUnderstander, type Understander } from '../../services/understanding';
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
const FLOORS: Readonly<Record<Category, number>> = { actions: 93, smalltalk: 90, faq: 92, outOfScope: 90 };
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

describe('lines in languages we do not serve', () => {
  it.each(foreignLines.map((line) => [line.text, line.answerIn] as const))('“%s” in a Swedish conversation is answered in %s', async (text, answerIn) => {
    const step = nextConversationLanguage({ chosen: null, base: 'sv', previous: undefined, text, detection: await detectAnyLanguage(text) });
    expect(step.language).toBe(answerIn);
  });
});
