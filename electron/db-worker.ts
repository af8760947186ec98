// The store's own thread: opens the database, serves the store table (db/service.ts) to its
// host, and pushes what the window shows as it happens: task progress, and which documents
// and records changed (after every call, during long work, and when another process such as
// the CLI commits to the same file). Calls arrive validated at the host's edge.
import { parentPort, workerData } from 'node:worker_threads';
import { ApiError, toWireError, type ApiEvent, type WireError } from '../shared/api';
import { changeMark, changesSince } from '../db/changes';
import type { StoreMethod } from '../db/service';
import { openWorkbench, type BootOptions } from './bootstrap';

export type WorkerMessage =
  | { type: 'ready'; dbPath: string }
  /** The store could not open or stopped: its reason as a code, as every error. */
  | { type: 'fatal'; error: WireError }
  | { type: 'event'; event: ApiEvent }
  | { type: 'reply'; id: number; ok: true; result: unknown }
  | { type: 'reply'; id: number; ok: false; error: WireError };

/** From the host only (never the renderer): a store-table call, already validated. */
export type HostMessage = { type: 'call'; id: number; method: StoreMethod; args: unknown } | { type: 'close' };

/** How often the worker looks whether another process committed to its file (one cheap pragma). */
const EXTERNAL_CHECK_MS = 500;
// Counting steps: short enough that a call waits at most about this long behind one.
const COUNT_STEP_MS = 40;
const COUNT_RETRY_MS = 250;

const port = parentPort!;
const post = (m: WorkerMessage) => port.postMessage(m);

try {
  const { workbench, dbPath } = openWorkbench(workerData as BootOptions);
  const { db } = workbench;
  let mark = changeMark(db);
  const pushChanges = () => {
    // Inside a transaction (a merge reporting progress) rows are not committed yet, and a
    // preview rolls them back: only committed changes are pushed.
    if (db.inTransaction) return;
    const c = changesSince(db, mark);
    mark = c.mark;
    if (c.documents.length) {
      post({ type: 'event', event: { type: 'changed', documents: c.documents } });
      countSoon();
    }
  };
  // The document list's review counts (open candidates, failed checks) are worked out here in
  // short steps after the store opens and after every change, between calls, and pushed when
  // they differ from what was pushed: the list never waits for a year of documents to be counted.
  const pushedCounts = new Map<string, string>();
  let counting: ReturnType<typeof setTimeout> | null = null;
  const countStep = () => {
    counting = null;
    if (db.inTransaction || workbench.taskStatus().running) { counting = setTimeout(countStep, COUNT_RETRY_MS); return; }
    const { done, changed } = workbench.reviewCounts(COUNT_STEP_MS, pushedCounts);
    if (changed.length) post({ type: 'event', event: { type: 'counts', documents: changed } });
    if (!done) counting = setTimeout(countStep, 0);
  };
  const countSoon = () => { if (counting === null) counting = setTimeout(countStep, 0); };
  let lastTask = '';
  const pushTask = () => {
    const task = workbench.taskStatus();
    const s = JSON.stringify(task);
    if (s === lastTask) return;
    lastTask = s;
    post({ type: 'event', event: { type: 'task', task } });
    pushChanges(); // a seeded or imported document shows up as it lands
  };
  workbench.onTask = pushTask;
  pushTask();
  countSoon();
  // Another process (the CLI, a second app on the same file) changes the file: SQLite's
  // data_version moves only for commits of other connections.
  let version = db.pragma('data_version', { simple: true });
  const external = setInterval(() => {
    const v = db.pragma('data_version', { simple: true });
    if (v !== version) {
      version = v;
      pushChanges();
    }
  }, EXTERNAL_CHECK_MS);
  port.on('message', async (m: HostMessage) => {
    if (m.type === 'close') {
      clearInterval(external);
      if (counting) clearTimeout(counting);
      workbench.dropPreparedMerge();
      db.close();
      process.exit(0);
    }
    try {
      const fn = workbench.handlers[m.method] as ((a: unknown) => unknown) | undefined;
      if (typeof fn !== 'function' || !Object.hasOwn(workbench.handlers, m.method)) throw new ApiError('bad_method', `the store has no method ${String(m.method)}`);
      post({ type: 'reply', id: m.id, ok: true, result: await fn(m.args) });
    } catch (e) {
      post({ type: 'reply', id: m.id, ok: false, error: toWireError(e) });
    }
    pushChanges();
  });
  post({ type: 'ready', dbPath });
} catch (e) {
  post({ type: 'fatal', error: toWireError(e) });
}
