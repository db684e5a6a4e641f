import type { Request } from 'restify';

/** A request header's value (the first one when it was sent several times). */
export function header(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The token of an `Authorization: Bearer …` header. */
export function bearer(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header(req, 'authorization') ?? '');
  return match?.[1];
}

/** Whether the member's browser reached us over https (directly, behind a TLS proxy, or by configuration): cookies get `Secure`. */
export function secureRequest(req: Request, publicUrl: string): boolean {
  return publicUrl.startsWith('https:') || req.isSecure() || header(req, 'x-forwarded-proto') === 'https';
}
