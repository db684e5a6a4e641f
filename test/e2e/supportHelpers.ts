import { CSRF_HEADER, DEMO_AGENT_EMAIL } from '../../bot/routes/agent';

export const DEMO_PASSWORD = 'cps-demo-agent';

export interface AgentResponse {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** An agent console client over HTTP: keeps its cookies and sends the CSRF token like the page does. */
export class AgentClient {
  private readonly cookies = new Map<string, string>();
  csrf: string | undefined;

  constructor(readonly baseUrl: string) {}

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (/Max-Age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<AgentResponse> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookies.size > 0 ? { cookie: this.cookieHeader() } : {}),
        ...(method !== 'GET' && this.csrf ? { [CSRF_HEADER]: this.csrf } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    this.remember(response);
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }

  get(path: string): Promise<AgentResponse> {
    return this.request('GET', path);
  }

  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<AgentResponse> {
    return this.request('POST', path, body, headers);
  }

  async signIn(email = DEMO_AGENT_EMAIL, password = DEMO_PASSWORD): Promise<AgentResponse> {
    const csrf = await this.get('/api/agent/csrf');
    this.csrf = String(csrf.body['csrfToken']);
    const result = await this.post('/api/agent/session', { email, password });
    if (result.status === 200) this.csrf = String(result.body['csrfToken']);
    return result;
  }
}

/** Opens support in every country all week (so tests do not depend on the hour they run at). */
export const ALWAYS_OPEN = { supportOpensAt: '00:00', supportClosesAt: '24:00', supportWeekdays: [1, 2, 3, 4, 5, 6, 7] };
