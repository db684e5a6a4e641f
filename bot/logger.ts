import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Fields that hold personal data wherever they appear (one level deep too): their values never
 * reach the log. Log ids (memberId, applicationId, outboxId …) instead.
 */
const PERSONAL_FIELDS = [
  'email',
  'to',
  'contactEmail',
  'oldCpsEmail',
  'toAddress',
  'subject',
  'holder',
  'companyName',
  'company',
  'address',
  'vatNumber',
  'phone',
  'number',
  'serialNumber',
  'dealer',
  'text',
  'body',
  'params',
  'parameters',
];
const REDACT_PATHS = ['req.headers.authorization', 'headers.authorization', 'req.headers.cookie', ...PERSONAL_FIELDS, ...PERSONAL_FIELDS.map((f) => `*.${f}`)];

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** VAT numbers with or without a country prefix, and any run of 8+ digits (CVR, organisation numbers, phones, cards, serials). */
const LONG_NUMBER = /\b(?:[A-Z]{2}[ -]?)?\d[\d .-]{6,}\d\b/g;

/** Removes e-mail addresses and long numbers from a piece of free text (an error message, a log message). */
export function scrubText(text: string): string {
  return text.replace(EMAIL, '[email]').replace(LONG_NUMBER, (match) => (match.replace(/\D/g, '').length >= 8 ? '[number]' : match));
}

/**
 * Errors keep their type, code, stack and SQL for the log, never the values: drizzle puts the
 * query's parameters into its message ("params: …"), PostgreSQL puts row values into `detail`.
 */
function errorSerializer(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = stdSerializers.err(error) as unknown as Record<string, unknown>;
  return scrubError(serialized, 0);
}

function scrubError(value: Record<string, unknown>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === 'detail' || key === 'where' || key === 'params' || key === 'parameters' || key === 'query_parameters') continue;
    if (typeof field === 'string') out[key] = scrubText(key === 'message' || key === 'stack' ? withoutParams(field) : field);
    else if (field && typeof field === 'object' && depth < 3) out[key] = scrubError(field as Record<string, unknown>, depth + 1);
    else out[key] = field;
  }
  return out;
}

function withoutParams(message: string): string {
  return message.replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/, '\nparams: [redacted]');
}

/** Structured JSON logs; pipe through `pino-pretty` locally for reading. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'cps-assistant' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: errorSerializer, error: errorSerializer },
    hooks: {
      // The message itself, when it was built from data (it should not be, but one slip is enough).
      logMethod(this: Logger, args: Parameters<Logger['info']>, method: (...a: unknown[]) => void) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)));
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
