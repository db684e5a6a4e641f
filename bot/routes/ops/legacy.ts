import type { Server } from 'restify';
import type { Db } from '../../../data/types';
import { createLegacyCsvImport } from '../../../services/ops/legacyCsv';
import { HttpProblem } from '../../http/guarded';
import { OPS_API, type OpsGate } from './http';

export const LEGACY_CSV_PATH = `${OPS_API}/legacy-accounts/csv`;

/**
 * `POST /api/ops/legacy-accounts/csv?dryRun=true|false` (admin; body `text/csv`): the preview of
 * an old-accounts file, or its import. `400 unreadable-csv | empty | missing-columns | too-many-rows`.
 */
export function registerOpsLegacyRoutes(server: Server, deps: { db: Db; gate: OpsGate; clock: () => Date }): void {
  const { gate } = deps;
  const csv = createLegacyCsvImport(deps.db, deps.clock);
  server.post(LEGACY_CSV_PATH, gate.handle(async (req, res) => {
    const who = await gate.require(req, 'legacy', true);
    if (typeof req.body !== 'string' || req.body.trim() === '') throw new HttpProblem(400, 'empty');
    const dryRun = ((req.query ?? {}) as Record<string, unknown>)['dryRun'] !== 'false';
    const outcome = await csv.run(req.body, { dryRun, actor: `agent:${who.staff.id}` });
    if (!outcome.ok) throw new HttpProblem(400, outcome.error, outcome.missing ? { missing: outcome.missing } : {});
    res.send(200, outcome);
  }));
}
