/**
 * The `directLine` object Web Chat talks to (its documented contract: `activity$`,
 * `connectionStatus$`, `postActivity`, `end`), over the bot's own Direct Line 3.0-compatible
 * endpoint: a token from the page's server, then long polling for activities.
 */

/** Web Chat's (and DirectLineJS's) connection states. */
export const ConnectionStatus = { Uninitialized: 0, Connecting: 1, Online: 2, ExpiredToken: 3, FailedToConnect: 4, Ended: 5 } as const;
export type ConnectionStatusValue = (typeof ConnectionStatus)[keyof typeof ConnectionStatus];

export interface Observer<T> {
  next?(value: T): void;
  error?(error: unknown): void;
  complete?(): void;
}
export interface Subscription {
  unsubscribe(): void;
  readonly closed: boolean;
}

/** The smallest Observable Web Chat accepts: `subscribe(observer | next, error?, complete?)`. */
export class SimpleObservable<T> {
  constructor(private readonly onSubscribe: (observer: Required<Observer<T>>) => (() => void) | void) {}

  subscribe(observerOrNext?: Observer<T> | ((value: T) => void), error?: (error: unknown) => void, complete?: () => void): Subscription {
    let closed = false;
    const target: Observer<T> = typeof observerOrNext === 'function' ? { next: observerOrNext, error, complete } : (observerOrNext ?? {});
    const safe: Required<Observer<T>> = {
      next: (value) => {
        if (!closed) target.next?.(value);
      },
      error: (reason) => {
        if (closed) return;
        closed = true;
        target.error?.(reason);
      },
      complete: () => {
        if (closed) return;
        closed = true;
        target.complete?.();
      },
    };
    const teardown = this.onSubscribe(safe);
    return {
      unsubscribe: () => {
        closed = true;
        teardown?.();
      },
      get closed() {
        return closed;
      },
    };
  }
}

/** Emits the current value to every new subscriber, then each change (like a BehaviorSubject). */
class ValueSubject<T> extends SimpleObservable<T> {
  #value: T;
  readonly #observers = new Set<Required<Observer<T>>>();

  constructor(initial: T) {
    super((observer) => {
      this.#observers.add(observer);
      observer.next(this.#value);
      return () => this.#observers.delete(observer);
    });
    this.#value = initial;
  }

  get value(): T {
    return this.#value;
  }

  next(value: T): void {
    if (value === this.#value) return;
    this.#value = value;
    for (const observer of [...this.#observers]) observer.next(value);
  }
}

export type Activity = Record<string, unknown> & { id?: string; type?: string };

interface TokenAnswer {
  readonly mode: 'local' | 'azure';
  readonly token: string;
  readonly userId: string;
  readonly expiresIn: number;
}

interface Session {
  readonly conversationId: string;
  readonly token: string;
  readonly watermark: string;
}

export interface LocalDirectLineOptions {
  /** The conversation token from the page's server (`POST /api/directline/token`). */
  readonly token: string;
  /** The language the greeting should come in (the conversationUpdate carries it). */
  readonly locale: string;
  readonly baseUrl?: string;
  /** Remembers the conversation for a reload of the same tab. */
  readonly storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

const SESSION_KEY = 'cps.directline.session';
const REFRESH_MS = 15 * 60 * 1000;
const WAIT_SECONDS = 20;

function readJwtPayload(token: string): Record<string, unknown> {
  try {
    const part = token.split('.')[1] ?? '';
    const json: unknown = JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  } catch (error) {
    console.warn('unreadable token', error);
    return {};
  }
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(blob);
  });
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Web Chat's `directLine` over the local endpoint. Web Chat reads the user id from `token`
 * (the `user` claim), so the member's own messages are recognised as theirs.
 */
export class LocalDirectLine {
  readonly connectionStatus$ = new ValueSubject<ConnectionStatusValue>(ConnectionStatus.Uninitialized);
  readonly activity$: SimpleObservable<Activity>;
  #token: string;
  #conversationId: string | undefined;
  #watermark = '';
  readonly #observers = new Set<Required<Observer<Activity>>>();
  readonly #abort = new AbortController();
  readonly #base: string;
  #started = false;
  #refreshTimer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly options: LocalDirectLineOptions) {
    this.#token = options.token;
    this.#base = options.baseUrl ?? '';
    this.activity$ = new SimpleObservable<Activity>((observer) => {
      this.#observers.add(observer);
      if (!this.#started) {
        this.#started = true;
        void this.#connect();
      }
      return () => this.#observers.delete(observer);
    });
  }

  /** Web Chat decodes this to learn the user id. */
  get token(): string {
    return this.#token;
  }

  get conversationId(): string | undefined {
    return this.#conversationId;
  }

  postActivity(activity: Activity): SimpleObservable<string> {
    return new SimpleObservable<string>((observer) => {
      void (async () => {
        try {
          if (!this.#conversationId) throw new Error('not connected');
          const body = await this.#inlineAttachments(activity);
          const response = await this.#fetch(`/v3/directline/conversations/${encodeURIComponent(this.#conversationId)}/activities`, {
            method: 'POST',
            body: JSON.stringify(body),
          });
          if (!response.ok) throw new Error(`post failed: ${response.status}`);
          const answer = (await response.json()) as { id?: string };
          observer.next(answer.id ?? '');
          observer.complete();
        } catch (error) {
          observer.error(error);
        }
      })();
    });
  }

  end(): void {
    this.#abort.abort();
    if (this.#refreshTimer) clearInterval(this.#refreshTimer);
    this.connectionStatus$.next(ConnectionStatus.Ended);
    for (const observer of [...this.#observers]) observer.complete();
  }

  async #inlineAttachments(activity: Activity): Promise<Activity> {
    const attachments = activity['attachments'];
    if (!Array.isArray(attachments) || attachments.length === 0) return activity;
    const inlined = await Promise.all(
      attachments.map(async (attachment: unknown) => {
        const record = typeof attachment === 'object' && attachment !== null ? (attachment as Record<string, unknown>) : {};
        const url = typeof record['contentUrl'] === 'string' ? record['contentUrl'] : '';
        if (!url.startsWith('blob:')) return record;
        // Web Chat hands us blob: URLs only this page can read: send the file itself, inline.
        const blob = await (await fetch(url)).blob();
        return { contentType: record['contentType'] ?? blob.type, name: record['name'], contentUrl: await blobToDataUrl(blob) };
      }),
    );
    return { ...activity, attachments: inlined };
  }

  #fetch(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${this.#base}${path}`, {
      ...init,
      signal: init.signal ?? this.#abort.signal,
      headers: { authorization: `Bearer ${this.#token}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
    });
  }

  #emit(activities: readonly Activity[]): void {
    for (const activity of activities) for (const observer of [...this.#observers]) observer.next(activity);
  }

  #saveSession(): void {
    if (!this.#conversationId) return;
    const session: Session = { conversationId: this.#conversationId, token: this.#token, watermark: this.#watermark };
    this.options.storage?.setItem(SESSION_KEY, JSON.stringify(session));
  }

  async #resume(): Promise<boolean> {
    const raw = this.options.storage?.getItem(SESSION_KEY);
    if (!raw) return false;
    let session: Session;
    try {
      session = JSON.parse(raw) as Session;
    } catch (error) {
      console.warn('forgetting an unreadable chat session', error);
      this.options.storage?.removeItem(SESSION_KEY);
      return false;
    }
    const claims = readJwtPayload(session.token);
    const expires = typeof claims['exp'] === 'number' ? claims['exp'] * 1000 : 0;
    // Only the same visitor's still-valid conversation token can resume it.
    if (expires - Date.now() < 60_000 || claims['user'] !== readJwtPayload(this.#token)['user']) return false;
    this.#token = session.token;
    this.#conversationId = session.conversationId;
    const response = await this.#fetch(`/v3/directline/conversations`, { method: 'POST', body: '{}' });
    if (!response.ok) {
      this.#token = this.options.token;
      this.#conversationId = undefined;
      this.options.storage?.removeItem(SESSION_KEY);
      return false;
    }
    const answer = (await response.json()) as { token: string };
    this.#token = answer.token;
    return true;
  }

  async #connect(): Promise<void> {
    this.connectionStatus$.next(ConnectionStatus.Connecting);
    try {
      if (!(await this.#resume())) {
        const response = await this.#fetch('/v3/directline/conversations', { method: 'POST', body: JSON.stringify({ locale: this.options.locale }) });
        if (!response.ok) throw new Error(`start failed: ${response.status}`);
        const started = (await response.json()) as { conversationId: string; token: string };
        this.#conversationId = started.conversationId;
        this.#token = started.token;
      }
      this.#saveSession();
      this.#refreshTimer = setInterval(() => void this.#refresh(), REFRESH_MS);
      this.connectionStatus$.next(ConnectionStatus.Online);
      await this.#poll();
    } catch (error) {
      if (this.#abort.signal.aborted) return;
      console.error('web chat connection failed', error);
      this.connectionStatus$.next(ConnectionStatus.FailedToConnect);
    }
  }

  async #refresh(): Promise<void> {
    try {
      const response = await this.#fetch('/v3/directline/tokens/refresh', { method: 'POST', body: '{}' });
      if (!response.ok) throw new Error(`refresh failed: ${response.status}`);
      this.#token = ((await response.json()) as { token: string }).token;
      this.#saveSession();
    } catch (error) {
      if (!this.#abort.signal.aborted) console.warn('token refresh failed', error);
    }
  }

  async #poll(): Promise<void> {
    let failures = 0;
    while (!this.#abort.signal.aborted) {
      const started = Date.now();
      try {
        const conversation = encodeURIComponent(this.#conversationId ?? '');
        const response = await this.#fetch(`/v3/directline/conversations/${conversation}/activities?watermark=${encodeURIComponent(this.#watermark)}&wait=${WAIT_SECONDS}`);
        if (response.status === 403) {
          this.connectionStatus$.next(ConnectionStatus.ExpiredToken);
          return;
        }
        if (response.status === 404) {
          this.options.storage?.removeItem(SESSION_KEY);
          this.connectionStatus$.next(ConnectionStatus.FailedToConnect);
          return;
        }
        if (!response.ok) throw new Error(`poll failed: ${response.status}`);
        const page = (await response.json()) as { activities: Activity[]; watermark: string };
        failures = 0;
        this.connectionStatus$.next(ConnectionStatus.Online);
        this.#watermark = page.watermark;
        this.#saveSession();
        this.#emit(page.activities);
        // An empty answer that came back at once means the server is not holding polls: do not spin.
        if (page.activities.length === 0 && Date.now() - started < 1000) await sleep(1000, this.#abort.signal);
      } catch (error) {
        if (this.#abort.signal.aborted) return;
        failures++;
        console.warn('web chat poll failed', error);
        this.connectionStatus$.next(ConnectionStatus.Connecting);
        await sleep(Math.min(15_000, 500 * 2 ** Math.min(failures, 5)), this.#abort.signal);
      }
    }
  }
}

/** Asks the page's server for a Direct Line token (local, or Azure Direct Line in production). */
export async function fetchToken(baseUrl = ''): Promise<TokenAnswer & { conversationId?: string; domain?: string }> {
  const response = await fetch(`${baseUrl}/api/directline/token`, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: '{}' });
  if (!response.ok) throw Object.assign(new Error(`token: ${response.status}`), { status: response.status });
  return (await response.json()) as TokenAnswer & { conversationId?: string; domain?: string };
}
