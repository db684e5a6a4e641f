import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';
import type { Next, Request, RequestHandler, Response } from 'restify';

/** JSON APIs (back office, agent console, Direct Line tokens, the card form): small bodies only. */
export const API_BODY_BYTES = 64 * 1024;
/** Deeper JSON than this is refused before it is parsed (no handler needs more than a few levels). */
export const MAX_JSON_DEPTH = 64;

/** Media types we read; anything else is 415. */
const READERS = {
  json: /^application\/([\w.+-]+\+)?json$/,
  form: /^application\/x-www-form-urlencoded$/,
  text: /^(application\/xml|text\/xml|text\/csv|text\/plain)$/,
} as const;

export interface BodyLimits {
  /** The largest body, after decompression, a route accepts. */
  limitFor(req: Request): number;
}

class BodyProblem extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: string,
  ) {
    super(code);
  }
}

/**
 * Reads request bodies in place of restify's bodyParser, which inflates gzip and deflate without
 * any bound. The limit applies while the bytes stream in and to the inflated size, so a small
 * compressed body can never grow past it in memory; JSON deeper than 64 levels is refused before
 * parsing. Failures answer 400/413/415 with a fixed JSON error, never the parser's text.
 */
export function readBodies(limits: BodyLimits): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    if (!hasBody(req)) return next();
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const kind = (Object.keys(READERS) as (keyof typeof READERS)[]).find((k) => READERS[k].test(mediaType));
    const limit = limits.limitFor(req);
    readLimited(req, limit)
      .then((bytes) => {
        if (bytes.byteLength === 0) return;
        if (!kind) throw new BodyProblem(415, 'unsupported media type');
        const text = bytes.toString('utf8');
        req.body = kind === 'json' ? parseJson(text) : kind === 'form' ? Object.fromEntries(new URLSearchParams(text)) : text;
      })
      .then(
        () => next(),
        (error: unknown) => {
          const problem = error instanceof BodyProblem ? error : new BodyProblem(400, 'unreadable body');
          // The rest of an oversized body is not read: close the connection after answering.
          if (problem.status === 413) {
            res.setHeader('connection', 'close');
            lingerOnClose(req.socket);
          }
          res.send(problem.status, { error: problem.code, ...(problem.status === 413 ? { limitBytes: limit } : {}) });
          next(false);
        },
      );
  };
}

/** How long a connection closed after a 413 keeps discarding what the client is still sending. */
const LINGER_MS = 2_000;

/**
 * Closes the way nginx's lingering_close does. Node closes the socket as soon as the answer is
 * written; a client still sending its body then gets a reset, and a reset can discard the 413 it
 * has not read yet. Here the write side is closed first and the rest is read and dropped for up to
 * LINGER_MS, so the client reads the answer.
 */
function lingerOnClose(socket: Socket): void {
  socket.destroySoon = () => {
    socket.end();
    socket.resume();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  };
}

function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

function decoderFor(encoding: string): Transform | undefined {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      throw new BodyProblem(415, 'unsupported content encoding');
  }
}

/** The body's bytes, decoded, never more than `limit` of them held or inflated. */
function readLimited(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (Number(req.headers['content-length'] ?? 0) > limit) return reject(new BodyProblem(413, 'body too large'));
    let decoder: Transform | undefined;
    try {
      decoder = encoding === 'identity' ? undefined : decoderFor(encoding);
    } catch (error) {
      return reject(error);
    }
    const source = decoder ? req.pipe(decoder) : req;
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const fail = (problem: BodyProblem) => {
      if (settled) return;
      settled = true;
      decoder?.destroy();
      req.unpipe();
      req.resume(); // drain quietly; the response closes the connection
      reject(problem);
    };
    source.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit) return fail(new BodyProblem(413, 'body too large'));
      chunks.push(chunk);
    });
    source.once('error', () => fail(new BodyProblem(400, 'unreadable body')));
    req.once('aborted', () => fail(new BodyProblem(400, 'unreadable body')));
    source.once('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks, size));
    });
  });
}

function parseJson(text: string): unknown {
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) throw new BodyProblem(400, 'JSON nested too deeply');
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyProblem(400, 'invalid JSON');
  }
}

/** True when brackets outside strings nest deeper than `max`. Skips string contents with indexOf, so a 15 MB data: URL costs little. */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i = closingQuote(text, i);
      if (i < 0) return false; // unterminated: JSON.parse will say so
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return false;
}

function closingQuote(text: string, open: number): number {
  let at = open;
  for (;;) {
    at = text.indexOf('"', at + 1);
    if (at < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
}
