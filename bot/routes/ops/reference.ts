import type { Request, Response, Server } from 'restify';
import { parseCountry, parseDealer, parseModel, parseTierEdit, type Checked, type ReferenceAdmin, type Saved } from '../../../services/ops/referenceData';
import { bodyOf, idParam, OPS_API, type OpsGate } from './http';
import { HttpProblem } from '../../http/guarded';

function checked<T>(result: Checked<T>): T {
  if (!result.ok) throw new HttpProblem(400, result.error, { fields: result.fields });
  return result.value;
}

function send<T>(res: Response, result: Saved<T>, status = 200): void {
  if (!result.ok) throw new HttpProblem(result.status, result.error);
  res.send(status, result.value);
}

function param(req: Request, name: string, pattern: RegExp): string {
  const value = (req.params as Record<string, unknown> | undefined)?.[name];
  if (typeof value !== 'string' || !pattern.test(value)) throw new HttpProblem(404, 'not-found');
  return value;
}

/**
 * Reference data, for admins only (`/api/ops/reference…`, CSRF on changes): read everything;
 * `POST tiers/:code { minPoints, fees: [{ currency, annualFeeMinor }] }`; `POST models` (create) and
 * `POST models/:id` (replace); `POST countries { code, name, currency, vatRateBp, timeZone }`;
 * `POST dealers { countryCode, name }` and `POST dealers/:id/delete`. Every body is re-validated.
 */
export function registerOpsReferenceRoutes(server: Server, deps: { reference: ReferenceAdmin; gate: OpsGate }): void {
  const { gate, reference } = deps;
  const base = `${OPS_API}/reference`;
  const actorOf = async (req: Request) => `agent:${(await gate.require(req, 'reference', true)).staff.id}`;

  server.get(base, gate.handle(async (req, res) => {
    await gate.require(req, 'reference');
    res.send(200, await reference.all());
  }));
  server.post(`${base}/tiers/:code`, gate.handle(async (req, res) => {
    const actor = await actorOf(req);
    send(res, await reference.updateTier(actor, param(req, 'code', /^[a-z0-9-]{1,40}$/), checked(parseTierEdit(bodyOf(req)))));
  }));
  server.post(`${base}/models`, gate.handle(async (req, res) => {
    const actor = await actorOf(req);
    send(res, await reference.saveModel(actor, checked(parseModel(bodyOf(req))), true), 201);
  }));
  server.post(`${base}/models/:id`, gate.handle(async (req, res) => {
    const actor = await actorOf(req);
    const id = param(req, 'id', /^[a-z0-9-]{1,60}$/);
    send(res, await reference.saveModel(actor, checked(parseModel({ ...bodyOf(req), id })), false));
  }));
  server.post(`${base}/countries`, gate.handle(async (req, res) => {
    const actor = await actorOf(req);
    send(res, await reference.saveCountry(actor, checked(parseCountry(bodyOf(req)))));
  }));
  server.post(`${base}/dealers`, gate.handle(async (req, res) => {
    const actor = await actorOf(req);
    send(res, await reference.addDealer(actor, checked(parseDealer(bodyOf(req)))), 201);
  }));
  server.post(`${base}/dealers/:id/delete`, gate.handle(async (req, res) => {
    const actor = await actorOf(req);
    send(res, await reference.removeDealer(actor, idParam(req)));
  }));
}
