import type { Request, Response, Server } from 'restify';
import { createFaqRepository } from '../../data/repositories/faq';
import { guardedBy } from '../http/guarded';
import type { Services } from '../../services';
import { faqLanguages, MAX_QUESTION_LENGTH } from '../../domain/faq';
import { detectLanguage, languageFromLocale, LANGUAGES, type Language } from '../../domain/language';
import { isRecord } from '../../domain/records';

export interface FaqRouteDeps {
  readonly services: Services;
}

type SearchQuery =
  | { readonly ok: true; readonly q: string; readonly locale: Language | undefined }
  | { readonly ok: false; readonly field: 'q' | 'locale'; readonly error: string };

/** Reads and checks `q` and `locale`; every problem is named so a client can fix its request. */
export function parseFaqSearchQuery(query: Readonly<Record<string, unknown>>): SearchQuery {
  const q = query['q'];
  if (Array.isArray(q)) return { ok: false, field: 'q', error: 'q must be given once' };
  if (typeof q !== 'string' || q.trim() === '') return { ok: false, field: 'q', error: 'q is required: the question to search the FAQ for' };
  if ([...q.trim()].length > MAX_QUESTION_LENGTH) {
    return { ok: false, field: 'q', error: `q is too long: at most ${MAX_QUESTION_LENGTH} characters` };
  }
  const locale = query['locale'];
  if (locale === undefined || locale === '') return { ok: true, q: q.trim(), locale: undefined };
  const language = typeof locale === 'string' ? languageFromLocale(locale) : undefined;
  if (!language) return { ok: false, field: 'locale', error: `locale must be one of ${LANGUAGES.join(', ')} (or a regional variant such as da-DK)` };
  return { ok: true, q: q.trim(), locale: language };
}

/**
 * `GET /api/faq/search?q=&locale=` (docs/contracts.md, "HTTP") → `{ locale, results: [{ id, title, answer, score }] }`,
 * best first. `locale` (da, sv, nl, en or a regional variant) is the language of the answers;
 * without it the question's language is detected and echoed. `results` is empty when no topic fits
 * confidently. 400 `{ error, field }` for a missing, repeated or oversized `q` or an unknown `locale`.
 * Read-only: unlike the chat, it stores no unanswered question.
 */
export function registerFaqRoutes(server: Server, deps: FaqRouteDeps): void {
  const faq = createFaqRepository(deps.services.db);
  const log = deps.services.log.child({ area: 'faq' });
  const guarded = guardedBy(log, 'faq search failed');

  server.get('/api/faq/search', guarded(async (req: Request, res: Response) => {
    const parsed = parseFaqSearchQuery(isRecord(req.query) ? req.query : {});
    if (!parsed.ok) {
      res.send(400, { error: parsed.error, field: parsed.field });
      return;
    }
    const languages = faqLanguages(parsed.locale, await detectLanguage(parsed.q));
    const matches = await faq.findAnswers({ question: parsed.q, ...languages });
    res.setHeader('content-language', languages.answerLanguage);
    res.setHeader('cache-control', 'no-store');
    res.send(200, {
      locale: languages.answerLanguage,
      results: matches.map((m) => ({ id: m.topicId, title: m.title, answer: m.answer, score: Math.round(m.score * 1000) / 1000 })),
    });
  }));
}
