// The renderer's only way to the store: an ApiClient over Electron IPC (the preload's
// window.yosan.call) or over HTTP to the browser host (POST /api/call with the session token),
// and what the host pushes (the preload's window.yosan.subscribe, or the browser host's
// event stream, GET /api/events with the token).
import type { ApiClient, ApiMethod, PickedFile, WireError } from '../shared/api';
import { API_METHODS } from '../shared/api';

export type WireResponse = { ok: true; result: unknown } | { ok: false; error: WireError };

declare global {
  interface Window {
    yosan?: {
      call(method: string, args: unknown): Promise<WireResponse>;
      /** What the host pushes (task progress, records changed, File menu commands). */
      subscribe?(listener: (event: unknown) => void): void;
    };
  }
}

/** An API error as the UI sees it: `message` is the host's, `code` is stable. */
export class ClientError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    /** The parameters the UI words a known code with (see renderer/logic/errors.ts). */
    public readonly params?: Record<string, string | number>,
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
      const params = err.params && typeof err.params === 'object' ? (err.params as Record<string, string | number>) : undefined;
      throw new ClientError(String(err.code ?? 'internal'), String(err.message ?? 'unknown error'), params);
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

/**
 * Files to and from the browser host: a file the user chose goes up as an upload and comes
 * back as a handle (what pickFile gives in Electron); an export comes down by its one-time id.
 */
export interface FileTransport {
  upload(name: string, body: Blob | Uint8Array): Promise<PickedFile>;
  download(id: string): Promise<Blob>;
}

type FileFetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: Blob | Uint8Array },
) => Promise<{ ok: boolean; status: number; statusText?: string; json(): Promise<unknown>; blob(): Promise<Blob> }>;

export const uploadUrl = (name: string): string => `/api/upload?name=${encodeURIComponent(name)}`;
export const downloadUrl = (id: string): string => `/api/download/${encodeURIComponent(id)}`;

/** Upload and download over HTTP with the session token (the browser host). */
export function httpFileTransport(fetchFn: FileFetch, token: string | null): FileTransport {
  const auth = (): Record<string, string> => (token ? { 'X-Yosan-Token': token } : {});
  const send = async (url: string, init: Parameters<FileFetch>[1]) => {
    try {
      return await fetchFn(url, init);
    } catch (e) {
      throw new ClientError('network', e instanceof Error ? e.message : String(e));
    }
  };
  return {
    async upload(name, body) {
      const res = await send(uploadUrl(name), { method: 'POST', headers: { ...auth(), 'Content-Type': 'application/octet-stream' }, body });
      let wire: unknown;
      try {
        wire = await res.json();
      } catch {
        throw new ClientError(res.status === 401 || res.status === 403 ? 'unauthorized' : 'bad_response', `HTTP ${res.status} ${res.statusText ?? ''}`.trim());
      }
      const picked = unwrap(wire) as PickedFile;
      if (!picked || typeof picked.handle !== 'string') throw new ClientError('bad_response', 'the host sent a malformed response');
      return picked;
    },
    async download(id) {
      const res = await send(downloadUrl(id), { method: 'GET', headers: auth() });
      if (!res.ok) {
        let wire: unknown = null;
        try {
          wire = await res.json();
        } catch {
          /* not JSON */
        }
        if (wire && typeof wire === 'object' && 'ok' in wire) unwrap(wire);
        throw new ClientError(res.status === 404 ? 'not_found' : 'bad_response', `HTTP ${res.status} ${res.statusText ?? ''}`.trim());
      }
      return res.blob();
    },
  };
}

type StreamFetch = (url: string, init: { method: string; headers: Record<string, string> }) => Promise<{
  ok: boolean;
  status: number;
  body: ReadableStream<Uint8Array> | null;
}>;

/** Waits before connecting the event stream again after it dropped (ms): grows, then stays. */
export const RECONNECT_MS = [500, 1000, 2000, 5000] as const;

/**
 * The browser host's pushed events: a Server-Sent Events stream read with fetch (so the token
 * travels in its header, as with every call), each `data:` line handed to `listener` parsed.
 * A dropped stream is opened again after a pause; `onOpen` runs on every (re)connection, since
 * changes made while it was down were not pushed. A refused token ends it. Returns a stop function.
 */
export function httpEvents(
  fetchFn: StreamFetch,
  token: string | null,
  listener: (event: unknown) => void,
  opts: { onOpen?: (again: boolean) => void; wait?: (ms: number) => Promise<void> } = {},
): () => void {
  let stopped = false;
  const wait = opts.wait ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const headers: Record<string, string> = token ? { 'X-Yosan-Token': token, Accept: 'text/event-stream' } : { Accept: 'text/event-stream' };
  void (async () => {
    for (let attempt = 0; !stopped; attempt++) {
      try {
        const res = await fetchFn('/api/events', { method: 'GET', headers });
        if (res.status === 401 || res.status === 403) return;
        if (res.ok && res.body) {
          opts.onOpen?.(attempt > 0);
          attempt = 0;
          await readEvents(res.body, listener, () => stopped);
        }
      } catch {
        /* dropped: connect again below */
      }
      if (!stopped) await wait(RECONNECT_MS[Math.min(attempt, RECONNECT_MS.length - 1)]);
    }
  })();
  return () => {
    stopped = true;
  };
}

/** Reads `data:` lines of an event stream until it ends. */
export async function readEvents(body: ReadableStream<Uint8Array>, listener: (event: unknown) => void, stopped: () => boolean = () => false): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done || stopped()) return;
    buffered += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffered.indexOf('\n\n')) >= 0) {
      const block = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const data = block
        .split('\n')
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trimStart())
        .join('\n');
      if (!data) continue;
      try {
        listener(JSON.parse(data));
      } catch {
        /* not JSON: not ours */
      }
    }
  }
}

export interface Connection {
  api: ApiClient;
  /** Null in Electron: files are picked and saved by the main process's dialogs. */
  files: FileTransport | null;
  /**
   * Hears what the host pushes; `onOpen(again)` runs when the browser host's stream opens
   * (again: after a drop, when what changed meanwhile must be asked for).
   */
  subscribe(listener: (event: unknown) => void, onOpen?: (again: boolean) => void): void;
  /** The browser host's page was opened without its token: nothing can be asked of the host. */
  missingToken?: boolean;
}

/** The API and file transfer for this window: Electron's bridge if present, else the browser host. */
export function createConnection(win: Window = window): Connection {
  const bridge = win.yosan;
  if (bridge && typeof bridge.call === 'function') {
    return {
      api: clientFromTransport((method, args) => bridge.call(method, args)),
      files: null,
      subscribe: (l) => bridge.subscribe?.(l),
      missingToken: false,
    };
  }
  const token = takeToken(win);
  return {
    missingToken: !token,
    api: clientFromTransport(httpTransport((url, init) => win.fetch(url, init), token)),
    files: httpFileTransport((url, init) => win.fetch(url, init as RequestInit), token),
    subscribe: (l, onOpen) => {
      if (token) httpEvents((url, init) => win.fetch(url, init), token, l, { onOpen });
    },
  };
}

/** The ApiClient for this window: Electron's bridge if present, else the browser host. */
export function createApiClient(win: Window = window): ApiClient {
  return createConnection(win).api;
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
