// The renderer's only way to the store: an ApiClient over Electron IPC (the preload's
// window.yosan.call) or over HTTP to the browser host (POST /api/call with the session token).
import type { ApiClient, ApiMethod, PickedFile, WireError } from '../shared/api';
import { API_METHODS } from '../shared/api';

export type WireResponse = { ok: true; result: unknown } | { ok: false; error: WireError };

declare global {
  interface Window {
    yosan?: {
      call(method: string, args: unknown): Promise<WireResponse>;
      /** Electron only: File menu commands ('import' | 'open' | 'merge' | 'export'). */
      onMenu?(listener: (command: string) => void): void;
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

export interface Connection {
  api: ApiClient;
  /** Null in Electron: files are picked and saved by the main process's dialogs. */
  files: FileTransport | null;
  /** Electron's File menu, when there is one. */
  onMenu: ((listener: (command: string) => void) => void) | null;
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
      onMenu: typeof bridge.onMenu === 'function' ? (l) => bridge.onMenu!(l) : null,
      missingToken: false,
    };
  }
  const token = takeToken(win);
  return {
    missingToken: !token,
    api: clientFromTransport(httpTransport((url, init) => win.fetch(url, init), token)),
    files: httpFileTransport((url, init) => win.fetch(url, init as RequestInit), token),
    onMenu: null,
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
