// Runs the store in a worker thread and gives the host ApiHandlers that forward to it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { API_METHODS, ApiError, type ApiHandlers, type MergeSummary, type TaskStatus } from '../shared/api';
import type { BootOptions } from './bootstrap';
import type { HostMessage, WorkerMessage } from './db-worker';
import type { InternalCall } from '../db/service';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface StoreThread {
  handlers: ApiHandlers;
  dbPath: string;
  merge(path: string, opts: { dryRun: boolean; name: string }): Promise<MergeSummary>;
  exportTo(path: string): Promise<{ path: string; bytes: number }>;
  internal<T = unknown>(call: InternalCall): Promise<T>;
  close(): Promise<void>;
}

/** The worker's SHA-256, compiled into the bundled hosts by scripts/build-electron.mjs. */
declare const __YOSAN_WORKER_SHA256__: string | undefined;

/**
 * The worker: the bundled file when built; the TypeScript source through tsx when run from
 * source. A bundled worker is read by this thread (packaged: from inside the asar, which asar
 * integrity covers), checked against the hash the host was built with, and run from the bytes
 * checked. It resolves its modules from the unpacked folder beside the asar (a worker thread
 * cannot read inside the asar; better-sqlite3 is unpacked there).
 */
function createWorker(opts: BootOptions): Worker {
  const here = import.meta.filename ?? __filename;
  if (!here.endsWith('.ts')) {
    const file = path.join(path.dirname(here), 'db-worker.cjs');
    const source = fs.readFileSync(file, 'utf8');
    const expected = typeof __YOSAN_WORKER_SHA256__ === 'string' ? __YOSAN_WORKER_SHA256__ : null;
    if (expected && createHash('sha256').update(source).digest('hex') !== expected) {
      throw new ApiError('worker_altered', `${file} is not the store worker this app was built with (altered): reinstall Yosan Workbench`);
    }
    const resolveFrom = file.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
    const boot = `const { createRequire } = require('node:module');
      const file = ${JSON.stringify(resolveFrom)};
      const module = { exports: {} };
      new Function('require', 'module', 'exports', '__filename', '__dirname', ${JSON.stringify(source)})(
        createRequire(file), module, module.exports, file, require('node:path').dirname(file));`;
    return new Worker(boot, { eval: true, workerData: opts });
  }
  const src = pathToFileURL(path.join(path.dirname(here), 'db-worker.ts')).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(src)}); })`;
  return new Worker(boot, { eval: true, workerData: opts });
}

export function startStoreThread(opts: BootOptions): Promise<StoreThread> {
  const worker = createWorker(opts);
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let task: TaskStatus = { running: false, kind: null, detail: null, done: 0, total: 0, error: null };

  return new Promise((resolveStart, rejectStart) => {
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'task') task = m.task;
      else if (m.type === 'fatal') rejectStart(new ApiError(m.code, m.message));
      else if (m.type === 'reply') {
        const p = pending.get(m.id);
        pending.delete(m.id);
        if (!p) return;
        if (m.ok) p.resolve(m.result);
        else p.reject(new ApiError(m.error.code, m.error.message, m.error.params));
      } else if (m.type === 'ready') {
        const send = <T>(msg: DistributiveOmit<Exclude<HostMessage, { type: 'close' }>, 'id'>) =>
          new Promise<T>((resolve, reject) => {
            const id = nextId++;
            pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
            worker.postMessage({ id, ...msg });
          });
        const handlers = {} as Record<string, (args: unknown) => unknown>;
        for (const method of API_METHODS) handlers[method] = (args: unknown) => send({ method, args });
        handlers.getTask = () => ({ ...task });
        resolveStart({
          handlers: handlers as unknown as ApiHandlers,
          dbPath: m.dbPath,
          merge: (path, o) => send<MergeSummary>({ internal: 'merge', path, ...o }),
          exportTo: (path) => send<{ path: string; bytes: number }>({ internal: 'export', path }),
          internal: <T>(call: InternalCall) => send<T>(call),
          close: () =>
            new Promise<void>((r) => {
              worker.once('exit', () => r());
              worker.postMessage({ type: 'close' });
            }),
        });
      }
    });
    worker.on('error', (e) => {
      rejectStart(e);
      for (const p of pending.values()) p.reject(new ApiError('internal', `the store stopped: ${e.message}`));
      pending.clear();
    });
  });
}
