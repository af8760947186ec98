// The host table: the API methods a host serves itself (HOST_METHODS): dialogs, uploads and
// handles. The renderer names a file only by a handle the host gave it for a file the user
// picked; the host resolves the handle to a path, then calls the store's path-taking method.
// `serveCall` is the one request path of both window hosts: validate at the edge, then the
// host table or the store table.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError, isHostMethod, validateCall, type ApiEvent, type ApiHandlers, type AppInfo, type ExportedFile, type HostMethod, type PickedFile } from '../shared/api';
import type { StoreMethod } from '../db/service';
import type { StoreThread } from './worker-client';
import { readPublicKeyFile } from './identity';
import { LIMITS } from '../shared/limits';
import { readRegular } from '../db/regular-file';
import { appHome } from './paths';
import { readRecent } from './recent-files';

const today = () => new Date().toISOString().slice(0, 10);

export class PickedFiles {
  private files = new Map<string, { path: string; name: string; bytes: number }>();

  add(file: string, bytes: number, name = path.basename(file)): PickedFile {
    const handle = randomBytes(18).toString('base64url');
    this.files.set(handle, { path: file, name, bytes });
    return { handle, name, bytes };
  }

  get(handle: string): { path: string; name: string } {
    const f = this.files.get(handle);
    if (!f) throw new ApiError('not_found', 'that file is no longer available; pick it again');
    return f;
  }
}

export interface FileHost {
  /** Shows the host's file picker; null when cancelled or when the host has none (browser: upload). */
  pick(purpose: 'import' | 'merge' | 'open' | 'key'): Promise<PickedFile | null>;
  /** Several documents, or the documents of a folder; null when cancelled or the host has no dialog. */
  pickDocuments(folder: boolean): Promise<PickedFile[] | null>;
  /**
   * Lets `write` create a file (and files beside it, whose paths it returns) where the host puts
   * exports: Electron asks with a save dialog, the browser host offers downloads. Null when cancelled.
   */
  save(suggestedName: string, write: (file: string) => Promise<string[]>): Promise<ExportedFile | null>;
  /** Whether Open keeps a copy of the picked file (the browser host: an upload is temporary) rather than the file itself. */
  opensCopy: boolean;
}

export interface HostState {
  store(): StoreThread;
  /**
   * Switches the working database to a file from elsewhere (`name`: what the user calls it),
   * checked in full; on refusal the previous one stays open and the reason is thrown.
   */
  switchTo(dbPath: string, name: string, copy?: boolean, copyOf?: string | null): Promise<AppInfo>;
  /** What the open store pushes (and `changed` with `all` on a switch); returns the unsubscribe function. */
  onEvent(listener: (e: ApiEvent) => void): () => void;
}

export type HostHandlers = ApiHandlers<HostMethod>;

/**
 * Serves one call from outside (IPC or HTTP): validated here, once, then answered by the host
 * table or by the open store's table in its worker. Errors keep their code.
 */
export function serveCall(state: HostState, host: HostHandlers): (method: unknown, args: unknown) => Promise<unknown> {
  return async (method, args) => {
    const call = validateCall(method, args);
    if (isHostMethod(call.method)) return (host[call.method] as (a: unknown) => unknown)(call.args);
    return state.store().call(call.method as StoreMethod, call.args as never);
  };
}

/** The host table. Store work goes to whichever store is open now (opening a file switches it). */
export function hostHandlers(state: HostState, files: PickedFiles, host: FileHost): HostHandlers {
  const store = () => state.store();
  return {
    getTask: () => store().task(),
    pickFile: ({ purpose }) => host.pick(purpose),
    importPicked: ({ handle }) => {
      const f = files.get(handle);
      return store().call('importPath', { path: f.path, name: f.name });
    },
    pickFiles: ({ folder }) => host.pickDocuments(folder),
    importFiles: ({ handles }) => {
      const picked = handles.map((h) => files.get(h));
      return store().call('importPaths', { files: picked.map((f) => ({ path: f.path, name: f.name })) });
    },
    mergePreview: ({ handle }) => {
      const f = files.get(handle);
      return namingFile(f.name, store().call('mergePath', { path: f.path, name: f.name, dryRun: true }));
    },
    mergeApply: ({ handle }) => {
      const f = files.get(handle);
      return namingFile(f.name, store().call('mergePath', { path: f.path, name: f.name, dryRun: false }));
    },
    exportReviewFile: async ({ saveBack }) => {
      // saving a copy back: offered under the name of the user's file it was copied from
      const copyOf = saveBack ? (await store().call('getInfo', {})).copyOf : null;
      return host.save(copyOf ?? `review-${today()}.yosan`, async (file) => [(await store().call('exportReviewTo', { path: file })).path]);
    },
    listRecent: () => readRecent(appHome()).map((r, index) => ({ index, name: r.name, path: r.path, copyOf: r.copyOf })),
    openRecent: ({ index }) => {
      const r = readRecent(appHome())[index];
      if (!r) throw new ApiError('file_gone', 'that file is no longer in the list of recent files');
      return namingFile(r.name, state.switchTo(r.path, r.name, false, r.copyOf));
    },
    openReviewFile: ({ handle }) => {
      const f = files.get(handle);
      return namingFile(f.name, state.switchTo(f.path, f.name, host.opensCopy));
    },
    exportPublicKey: () => host.save('public-key.yosankey', async (file) => [(await store().call('writePublicKey', { path: file })).path]),
    keyPreview: ({ handle }) => {
      const f = files.get(handle);
      const { name, fingerprint } = readPublicKeyFile(readRegular(f.path, f.name, LIMITS.keyFileBytes, true).toString('utf8'));
      return { name, fingerprint };
    },
    trustKey: ({ handle }) => {
      const f = files.get(handle);
      return store().call('trustKeyFile', { path: f.path, name: f.name });
    },
    exportDataset: ({ documentId, format, lang }) =>
      host.save(`dataset-${today()}.${format}`, async (file) => {
        const r = await store().call('exportDatasetTo', { documentId, format, lang: lang ?? 'ja', path: file });
        return [r.path, r.manifest];
      }),
  };
}

/** A refusal names the file as the user knows it (never the host's copy or upload handle). */
async function namingFile<T>(name: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof ApiError && e.code === 'refused_file' && !e.params?.file) throw new ApiError(e.code, e.message, { ...e.params, file: name });
    throw e;
  }
}
