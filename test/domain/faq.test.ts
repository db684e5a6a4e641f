import { describe, expect, it } from 'vitest';
import {
  confidentMatches,
  FAQ_SCORING,
  FAQ_TOPIC_IDS,
  faqLanguages,
  isSmallTalk,
  isTopicIdShape,
  MAX_QUESTION_TERMS,
  nextStreak,
  NO_STREAK,
  parseStreak,
  questionTerms,
  type FaqStreak,
} from '../../domain/faq';

describe('questionTerms', () => {
  it('lower-cases and keeps hyphenated words whole', () => {
    expect(questionTerms('Where is my E-mail from CPS?')).toEqual(['where', 'is', 'my', 'e-mail', 'from', 'cps']);
  });

  it('drops the apostrophe inside a contraction, so the database sees the negation “dont”', () => {
    expect(questionTerms('We don’t have a VAT number')).toContain('dont');
    expect(questionTerms("We don't have a VAT number")).toContain('dont');
  });

  it('drops conversational filler in every language', () => {
    expect(questionTerms('hej tack hallo hi please fråga')).toEqual([]);
  });

  it('keeps letters of our languages', () => {
    expect(questionTerms('Hvornår får jeg mit grønne flueben?')).toEqual(['hvornår', 'jeg', 'mit', 'grønne', 'flueben']);
  });

  it('keeps each word once and at most MAX_QUESTION_TERMS', () => {
    const many = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    expect(questionTerms(`${many} ${many}`)).toHaveLength(MAX_QUESTION_TERMS);
    expect(questionTerms('invoice invoice invoice')).toEqual(['invoice']);
  });
});

describe('isSmallTalk', () => {
  it.each(['hi', 'Hej!', 'tack så mycket', 'Dank je wel.', 'ok', '👍', '???'])('“%s” is conversation, not a question', (text) => {
    expect(isSmallTalk(text)).toBe(true);
  });

  it.each(['faktura', 'hej, hvornår får jeg min faktura?', 'bankkosten'])('“%s” is a question', (text) => {
    expect(isSmallTalk(text)).toBe(false);
  });
});

describe('isTopicIdShape', () => {
  it('accepts every FAQ topic id (docs/domain.md, "Questions the assistant answers")', () => {
    expect(FAQ_TOPIC_IDS.every(isTopicIdShape)).toBe(true);
  });

  it.each([undefined, 7, '', 'apply', 'Account.Apply', 'account.apply; drop table', `a.${'x'.repeat(80)}`])('rejects %j', (value) => {
    expect(isTopicIdShape(value)).toBe(false);
  });
});

describe('confidentMatches', () => {
  const t = FAQ_SCORING.threshold;

  it('answers nothing when the best match is below the threshold', () => {
    expect(confidentMatches([{ score: t - 0.01 }, { score: t - 0.1 }])).toEqual([]);
  });

  it('keeps the best first and drops matches far behind it', () => {
    const near = 0.9 * FAQ_SCORING.relativeCutoff + 0.01;
    const far = Math.max(t, 0.9 * FAQ_SCORING.relativeCutoff - 0.01);
    expect(confidentMatches([{ score: near }, { score: 0.9 }, { score: far }])).toEqual([{ score: 0.9 }, { score: near }]);
  });

  it('is empty for no matches', () => {
    expect(confidentMatches([])).toEqual([]);
  });
});

describe('faqLanguages', () => {
  it('answers in the requested language and also searches a reliably detected other one', () => {
    expect(faqLanguages('da', { language: 'en', reliable: true })).toEqual({ answerLanguage: 'da', searchLanguages: ['da', 'en'] });
  });

  it('ignores an unreliable detection when a language is requested', () => {
    expect(faqLanguages('sv', { language: 'da', reliable: false })).toEqual({ answerLanguage: 'sv', searchLanguages: ['sv'] });
  });

  it('uses the detected language without a request, English when nothing was detected', () => {
    expect(faqLanguages(undefined, { language: 'nl', reliable: false })).toEqual({ answerLanguage: 'nl', searchLanguages: ['nl'] });
    expect(faqLanguages(undefined, undefined)).toEqual({ answerLanguage: 'en', searchLanguages: ['en'] });
  });
});

describe('nextStreak (two misses in a row offer CPS Priority Support)', () => {
  const answered = (topicId: string) => ({ kind: 'answered', topicId, question: `about ${topicId}` }) as const;
  const unanswered = { kind: 'unanswered' } as const;
  const feedback = (topicId: string, helpful: boolean) => ({ kind: 'feedback', topicId, helpful }) as const;

  function run(events: Parameters<typeof nextStreak>[1][]): { offers: boolean[]; streak: FaqStreak } {
    let streak: FaqStreak = NO_STREAK;
    const offers: boolean[] = [];
    for (const event of events) {
      const step = nextStreak(streak, event);
      streak = step.streak;
      offers.push(step.offerSupport);
    }
    return { offers, streak };
  }

  it('offers after two unanswered questions', () => {
    expect(run([unanswered, unanswered]).offers).toEqual([false, true]);
  });

  it('offers after an unanswered question and a 👎', () => {
    expect(run([unanswered, answered('payment.invoice'), feedback('payment.invoice', false)]).offers).toEqual([false, false, true]);
  });

  it('offers after two 👎 in a row', () => {
    const { offers } = run([answered('a.b'), feedback('a.b', false), answered('c.d'), feedback('c.d', false)]);
    expect(offers).toEqual([false, false, false, true]);
  });

  it('starts counting again after 👍', () => {
    expect(run([unanswered, answered('a.b'), feedback('a.b', true), unanswered]).offers).toEqual([false, false, false, false]);
  });

  it('counts an answer the member moved on from without 👎 as helpful', () => {
    expect(run([unanswered, answered('a.b'), unanswered]).offers).toEqual([false, false, false]);
  });

  it('starts counting again after the offer', () => {
    expect(run([unanswered, unanswered, unanswered]).offers).toEqual([false, true, false]);
  });

  it('returns the question the rated answer was given to', () => {
    expect(nextStreak(nextStreak(NO_STREAK, answered('a.b')).streak, feedback('a.b', false)).question).toBe('about a.b');
  });

  it('marks a second click on the same card as a duplicate that moves nothing', () => {
    const rated = nextStreak(nextStreak(NO_STREAK, answered('a.b')).streak, feedback('a.b', false)).streak;
    const again = nextStreak(rated, feedback('a.b', false));
    expect(again).toMatchObject({ duplicate: true, offerSupport: false, streak: rated });
  });

  it('lets feedback on an older answer move nothing', () => {
    const open = nextStreak(NO_STREAK, answered('a.b')).streak;
    expect(nextStreak(open, feedback('x.y', false))).toMatchObject({ duplicate: false, offerSupport: false, streak: open });
  });
});

describe('parseStreak', () => {
  it('reads what nextStreak wrote', () => {
    const streak: FaqStreak = { misses: 1, open: { topicId: 'payment.invoice', question: 'invoice?' }, rated: 'cps.tiers' };
    expect(parseStreak(JSON.parse(JSON.stringify(streak)))).toEqual(streak);
  });

  it.each([undefined, null, 'x', { misses: 'two' }, { misses: -3 }, { open: { topicId: 'DROP TABLE' } }])('falls back safely for %j', (value) => {
    const parsed = parseStreak(value);
    expect(parsed.misses).toBe(0);
    expect(parsed.open).toBeUndefined();
  });
});
