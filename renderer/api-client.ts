// The renderer's only way to the store: an ApiClient over Electron IPC (the preload's
// window.yosan.call) or over HTTP to the browser host (POST /api/call with the session token).
import type { ApiClient, ApiMethod, WireError } from '../shared/api';
import { API_METHODS } from '../shared/api';

export type WireResponse = { ok: true; result: unknown } | { ok: false; error: WireError };

declare global {
  interface Window {
    yosan?: { call(method: string, args: unknown): Promise<WireResponse> };
  }
}

/** An API error as the UI sees it: `message` is the host's, `code` is stable. */
export class ClientError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ClientError';
  }
}

export type Transport = (method: ApiMethod, args: unknown) => Promise<WireResponse>;

function unwrap(res: unknown): unknown {
  if (res && typeof res === 'object' && 'ok' in res) {
    const r = res as WireResponse;
    if (r.ok === true) return r.result;
    if (r.ok === false) {
      const err = r.error && typeof r.error === 'object' ? r.error : { code: 'internal', message: 'unknown error' };
      throw new ClientError(String(err.code ?? 'internal'), String(err.message ?? 'unknown error'));
    }
  }
  throw new ClientError('bad_response', 'the host sent a malformed response');
}

/** Builds an ApiClient from a transport that returns the wire envelope. */
export function clientFromTransport(transport: Transport): ApiClient {
  const client = {} as Record<ApiMethod, (args: unknown) => Promise<unknown>>;
  for (const method of API_METHODS) {
    client[method] = async (args: unknown) => unwrap(await transport(method, args ?? {}));
  }
  return client as unknown as ApiClient;
}

export const TOKEN_KEY = 'yosan.token';

/** Reads `token=…` from a location hash like `#token=abc`; null if absent. */
export function tokenFromHash(hash: string): string | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  const token = new URLSearchParams(h).get('token');
  return token ? token : null;
}

type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{
  ok: boolean;
  status: number;
  statusText?: string;
  json(): Promise<unknown>;
}>;

/** HTTP transport for the browser host. */
export function httpTransport(fetchFn: FetchLike, token: string | null, endpoint = '/api/call'): Transport {
  return async (method, args) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers['X-Yosan-Token'] = token;
    let res: Awaited<ReturnType<FetchLike>>;
    try {
      res = await fetchFn(endpoint, { method: 'POST', headers, body: JSON.stringify({ method, args }) });
    } catch (e) {
      throw new ClientError('network', e instanceof Error ? e.message : String(e));
    }
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw new ClientError(res.status === 401 || res.status === 403 ? 'unauthorized' : 'bad_response', `HTTP ${res.status} ${res.statusText ?? ''}`.trim());
    }
    return body as WireResponse;
  };
}

/**
 * Takes the session token from the address bar (then removes it from there) or from
 * sessionStorage, so a reload keeps working.
 */
export function takeToken(win: Window): string | null {
  const fromHash = tokenFromHash(win.location.hash);
  if (fromHash) {
    try {
      win.sessionStorage.setItem(TOKEN_KEY, fromHash);
    } catch {
      /* storage unavailable: the token lives for this page only */
    }
    const url = new URL(win.location.href);
    url.hash = '';
    win.history.replaceState(null, '', url.pathname + url.search);
    return fromHash;
  }
  try {
    return win.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** The ApiClient for this window: Electron's bridge if present, else the browser host. */
export function createApiClient(win: Window = window): ApiClient {
  const bridge = win.yosan;
  if (bridge && typeof bridge.call === 'function') {
    return clientFromTransport((method, args) => bridge.call(method, args));
  }
  const token = takeToken(win);
  return clientFromTransport(httpTransport((url, init) => win.fetch(url, init), token));
}

/** Base64 of raw bytes, without data-URL prefix (chunked: safe for large files). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    binary += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(binary);
}
