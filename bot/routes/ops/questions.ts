import type { Server } from 'restify';
import type { Db } from '../../../data/types';
import { isLanguage } from '../../../domain/language';
import { createQuestionsReview, parseQuestionsAction } from '../../../services/ops/questions';
import { bodyOf, OPS_API, type OpsGate } from './http';
import { HttpProblem } from '../../http/guarded';

export const QUESTIONS_PATH = `${OPS_API}/questions`;

/**
 * “Questions we fail” (reviewer, admin):
 * - `GET /api/ops/questions?status=open|new-topic` → `{ groups: [...] }` (see `QuestionGroupView`);
 * - `GET /api/ops/questions/topics?language=da` → `{ topics: [{ topicId, title }] }`;
 * - `POST /api/ops/questions/link { language, topicId, items: [{ kind, id }] }` → `{ linked: n, topicId }`;
 * - `POST /api/ops/questions/new-topic { language, items }` → `{ marked: n }`.
 * `400 invalid-action { fields }`, `404 unknown-topic`, `409 nothing-to-link` (already linked or gone).
 */
export function registerOpsQuestionRoutes(server: Server, deps: { db: Db; gate: OpsGate }): void {
  const { gate } = deps;
  const questions = createQuestionsReview(deps.db);

  server.get(QUESTIONS_PATH, gate.handle(async (req, res) => {
    await gate.require(req, 'questions');
    const status = ((req.query ?? {}) as Record<string, unknown>)['status'] === 'new-topic' ? 'new-topic' : 'open';
    res.send(200, { status, groups: await questions.groups(status) });
  }));

  server.get(`${QUESTIONS_PATH}/topics`, gate.handle(async (req, res) => {
    await gate.require(req, 'questions');
    const language = ((req.query ?? {}) as Record<string, unknown>)['language'];
    if (!isLanguage(language)) throw new HttpProblem(400, 'invalid-action', { fields: ['language'] });
    res.send(200, { topics: await questions.topics(language) });
  }));

  server.post(`${QUESTIONS_PATH}/link`, gate.handle(async (req, res) => {
    const who = await gate.require(req, 'questions', true);
    const parsed = parseQuestionsAction(bodyOf(req), true);
    if (!parsed.ok) throw new HttpProblem(400, 'invalid-action', { fields: parsed.fields });
    const outcome = await questions.link(parsed.value, `agent:${who.staff.id}`);
    if (outcome.outcome === 'unknown-topic') throw new HttpProblem(404, 'unknown-topic');
    if (outcome.outcome !== 'linked') throw new HttpProblem(409, 'nothing-to-link');
    res.send(200, { linked: outcome.count, topicId: parsed.value.topicId });
  }));

  server.post(`${QUESTIONS_PATH}/new-topic`, gate.handle(async (req, res) => {
    const who = await gate.require(req, 'questions', true);
    const parsed = parseQuestionsAction(bodyOf(req), false);
    if (!parsed.ok) throw new HttpProblem(400, 'invalid-action', { fields: parsed.fields });
    const outcome = await questions.markNewTopic(parsed.value, `agent:${who.staff.id}`);
    if (outcome.outcome === 'nothing-to-link') throw new HttpProblem(409, 'nothing-to-link');
    res.send(200, { marked: outcome.count });
  }));
}
