import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Server } from 'restify';
import { PROJECT_ROOT } from '../../../data/projectRoot';
import { HttpProblem } from '../../http/guarded';
import type { AgentContext } from './context';

const WEB_DIR = join(PROJECT_ROOT, 'web', 'agent');
const STATIC_FILES: Readonly<Record<string, { file: string; type: string }>> = {
  'index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  'console.js': { file: 'console.js', type: 'text/javascript; charset=utf-8' },
  'console.css': { file: 'console.css', type: 'text/css; charset=utf-8' },
};
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** The console page at `/agent` and its script and style sheet (re-read on every request outside production, so it can be edited live). */
export function registerAgentPage(server: Server, ctx: AgentContext): void {
  const pages = new Map<string, Buffer>();
  function page(name: string): Buffer {
    let content = pages.get(name);
    if (!content) {
      const entry = STATIC_FILES[name];
      if (!entry) throw new HttpProblem(404, 'not-found');
      content = readFileSync(resolve(WEB_DIR, entry.file));
      if (ctx.config.env === 'production') pages.set(name, content);
    }
    return content;
  }

  const servePage = (name: string) =>
    ctx.handle(async (_req, res) => {
      const entry = STATIC_FILES[name];
      if (!entry) throw new HttpProblem(404, 'not-found');
      const content = page(name);
      res.setHeader('content-type', entry.type);
      res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
      res.sendRaw(200, content);
    });
  server.get('/agent', servePage('index.html'));
  server.get('/agent/', servePage('index.html'));
  for (const name of Object.keys(STATIC_FILES)) server.get(`/agent/${name}`, servePage(name));
}
