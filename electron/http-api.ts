// The API over HTTP for the browser host: 127.0.0.1 only, a per-launch token that other local
// pages and processes cannot read, Host/Origin checks against DNS rebinding, size limits.
import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { MAX_DOCUMENT_BYTES, toWireError, type ApiEvent, type TaskStatus } from '../shared/api';

export const TOKEN_HEADER = 'x-yosan-token';
const MAX_BODY = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + 64 * 1024;

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given), b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function send(res: http.ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(data);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Every API request: only from our own origin (or none, for non-browser clients) and with
 * the launch token. Answers and returns false when refused. The Host header is checked before.
 */
export function authorized(req: http.IncomingMessage, res: http.ServerResponse, opts: { token: string; origin: string }): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== opts.origin) {
    send(res, 403, { ok: false, error: { code: 'forbidden', message: 'cross-origin call refused' } });
    return false;
  }
  if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, opts.token)) {
    send(res, 401, { ok: false, error: { code: 'unauthorized', message: 'missing or wrong token' } });
    return false;
  }
  return true;
}

/** Handles POST /api/call, after authorized(): `serve` validates and answers (host-api's serveCall). */
export async function handleApiCall(req: http.IncomingMessage, res: http.ServerResponse, serve: (method: unknown, args: unknown) => Promise<unknown>): Promise<void> {
  if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'bad_request', message: 'POST only' } });
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return send(res, 415, { ok: false, error: { code: 'bad_request', message: 'JSON body expected' } });
  }
  const body = await readBody(req);
  if (body === null) return send(res, 413, { ok: false, error: { code: 'too_large', message: 'request too large' } });
  let call: { method?: unknown; args?: unknown };
  try {
    call = JSON.parse(body);
  } catch {
    return send(res, 400, { ok: false, error: { code: 'bad_request', message: 'invalid JSON' } });
  }
  if (typeof call !== 'object' || call === null) {
    return send(res, 400, { ok: false, error: { code: 'bad_request', message: 'expected {method, args}' } });
  }
  try {
    const result = await serve(call.method, call.args);
    send(res, 200, { ok: true, result });
  } catch (e) {
    const error = toWireError(e);
    send(res, error.code === 'internal' || error.code === 'store_failed' ? 500 : 400, { ok: false, error });
  }
}

/** Keeps an idle event stream open through proxies and lets a closed page be noticed. */
const HEARTBEAT_MS = 25_000;

/**
 * GET /api/events, after authorized(): what the host pushes, as Server-Sent Events (one
 * `data:` line of JSON per ApiEvent), starting with the task now. The page reads it with
 * fetch (the token in its header, as every call), not EventSource (which cannot send one).
 */
export function handleEvents(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  source: { task(): TaskStatus; onEvent(listener: (e: ApiEvent) => void): () => void },
): void {
  if (req.method !== 'GET') return send(res, 405, { ok: false, error: { code: 'bad_request', message: 'GET only' } });
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  const write = (e: ApiEvent) => res.write(`data: ${JSON.stringify(e)}\n\n`);
  write({ type: 'task', task: source.task() });
  const unsubscribe = source.onEvent(write);
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  const end = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  req.on('close', end);
  res.on('error', end);
}
