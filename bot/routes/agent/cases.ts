import type { Server } from 'restify';
import { cleanAgentText } from '../../../domain/support';
import { HttpProblem } from '../../http/guarded';
import { API, body, caseId, problemStatus, requireAgent, requireChange, type AgentContext } from './context';

const MAX_RESOLUTION = 2000;

/** The queue and the cases: list, view, claim, reply and close. */
export function registerAgentCaseRoutes(server: Server, ctx: AgentContext): void {
  const { desk, handle } = ctx;

  server.get(
    `${API}/queue`,
    handle(async (req, res) => {
      const who = await requireAgent(ctx, req);
      res.send(200, await desk.consoleQueue(who.agent));
    }),
  );

  server.get(
    `${API}/cases/:id`,
    handle(async (req, res) => {
      const who = await requireAgent(ctx, req);
      const view = await desk.view(caseId(req), who.agent);
      if (typeof view === 'string') throw problemStatus(view);
      res.send(200, view);
    }),
  );

  server.post(
    `${API}/cases/:id/claim`,
    handle(async (req, res) => {
      const who = await requireChange(ctx, req);
      const id = caseId(req);
      const result = await desk.claim(id, who.agent);
      if (result.outcome === 'missing') throw new HttpProblem(404, 'not-found');
      if (result.outcome === 'taken') throw new HttpProblem(409, 'already-claimed');
      if (result.outcome === 'closed') throw new HttpProblem(409, 'case-not-waiting');
      const view = await desk.view(id, who.agent);
      if (typeof view === 'string') throw problemStatus(view);
      res.send(200, { outcome: result.outcome, ...view });
    }),
  );

  server.post(
    `${API}/cases/:id/messages`,
    handle(async (req, res) => {
      const who = await requireChange(ctx, req);
      const id = caseId(req);
      const text = cleanAgentText(body(req)['text']);
      if (!text) throw new HttpProblem(400, 'text-required');
      const outcome = await desk.agentMessage(id, who.agent, text);
      if (outcome !== 'sent') throw problemStatus(outcome);
      res.send(201, { status: 'sent' });
    }),
  );

  server.post(
    `${API}/cases/:id/close`,
    handle(async (req, res) => {
      const who = await requireChange(ctx, req);
      const id = caseId(req);
      const resolution = cleanAgentText(body(req)['resolution'], MAX_RESOLUTION);
      if (!resolution) throw new HttpProblem(400, 'resolution-required');
      const outcome = await desk.close(id, who.agent, resolution);
      if (outcome !== 'closed') throw problemStatus(outcome);
      res.send(200, { status: 'closed' });
    }),
  );
}
