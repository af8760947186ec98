// Runs the store in a worker thread: the host calls its store table (db/service.ts) by method
// name, and hears what the worker pushes (task progress, records changed).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiError, type ApiEvent, type TaskStatus, type WireError } from '../shared/api';
import type { BootOptions } from './bootstrap';
import type { HostMessage, WorkerMessage } from './db-worker';
import type { StoreArgs, StoreMethod, StoreResult } from '../db/service';

export interface StoreThread {
  dbPath: string;
  /** Calls a method of the store table; its refusal arrives as an ApiError with its code. */
  call<M extends StoreMethod>(method: M, args: StoreArgs<M>): Promise<StoreResult<M>>;
  /** The background task as last pushed. */
  task(): TaskStatus;
  /** Hears what the worker pushes; returns the unsubscribe function. */
  onEvent(listener: (e: ApiEvent) => void): () => void;
  close(): Promise<void>;
}

const fromWire = (e: WireError) => new ApiError(e.code, e.message, e.params);

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
  const listeners = new Set<(e: ApiEvent) => void>();
  let nextId = 1;
  let task: TaskStatus = { running: false, kind: null, detail: null, done: 0, total: 0, error: null };
  let stopped: ApiError | null = null;
  let closing = false;

  /** The store is gone: every waiting call and every later one gets the reason, with its code. */
  const stop = (error: ApiError) => {
    stopped ??= error;
    for (const p of pending.values()) p.reject(stopped);
    pending.clear();
    task = { ...task, running: false, error: { code: stopped.code, message: stopped.message } };
    for (const l of listeners) l({ type: 'task', task });
  };

  return new Promise((resolveStart, rejectStart) => {
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'event') {
        if (m.event.type === 'task') task = m.event.task;
        for (const l of listeners) l(m.event);
      } else if (m.type === 'fatal') {
        const error = fromWire(m.error);
        rejectStart(error);
        stop(error);
      } else if (m.type === 'reply') {
        const p = pending.get(m.id);
        pending.delete(m.id);
        if (!p) return;
        if (m.ok) p.resolve(m.result);
        else p.reject(fromWire(m.error));
      } else if (m.type === 'ready') {
        resolveStart({
          dbPath: m.dbPath,
          call: <M extends StoreMethod>(method: M, args: StoreArgs<M>) =>
            new Promise<StoreResult<M>>((resolve, reject) => {
              if (stopped) return reject(stopped);
              const id = nextId++;
              pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
              worker.postMessage({ type: 'call', id, method, args } satisfies HostMessage);
            }),
          task: () => ({ ...task }),
          onEvent(listener) {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
          close: () =>
            new Promise<void>((r) => {
              closing = true;
              stopped ??= new ApiError('store_closed', 'this database was closed (another one is open now)');
              if (stopped && worker.threadId < 0) return r();
              worker.once('exit', () => r());
              worker.postMessage({ type: 'close' } satisfies HostMessage);
            }),
        });
      }
    });
    worker.on('error', (e) => {
      const error = new ApiError('store_failed', `the store stopped: ${e.message}`);
      rejectStart(error);
      stop(error);
    });
    worker.on('exit', (code) => {
      if (closing) return;
      const error = new ApiError('store_failed', `the store stopped (exit code ${code})`);
      rejectStart(error);
      stop(error);
    });
  });
}
