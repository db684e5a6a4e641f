import type { Response } from 'restify';

/** A file download from the back office: never cached, never sniffed into something else. */
export function downloadHeaders(res: Response): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('cache-control', 'no-store');
}

/** A private answer (a member's invoice, the payment page): not cached, no referrer leaves it, not sniffed. */
export function privateHeaders(res: Response): void {
  res.setHeader('cache-control', 'no-store');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-content-type-options', 'nosniff');
}

/** The agent console and its API: private, and never framed. */
export function consoleHeaders(res: Response): void {
  privateHeaders(res);
  res.setHeader('x-frame-options', 'DENY');
}

/** A file a member uploaded, shown back to them: a sandbox without scripts, never sniffed. */
export function uploadedFileHeaders(res: Response): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
}

/** An HTML page of ours: its Content-Security-Policy, and private like `privateHeaders`. */
export function pageHeaders(res: Response, csp: string): void {
  res.setHeader('Content-Security-Policy', csp);
  privateHeaders(res);
}
