import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** Structured JSON logs; pipe through `pino-pretty` locally for reading. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'cps-assistant' }, redact: ['req.headers.authorization', 'headers.authorization'] });
}
