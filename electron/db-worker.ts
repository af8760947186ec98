// The store's own thread: opens the database and answers API calls, so a long import or
// merge never freezes the window (Electron) or the HTTP server (browser host).
import { parentPort, workerData } from 'node:worker_threads';
import { dispatch, toWireError, type TaskStatus, type WireError } from '../shared/api';
import { openWorkbench, type BootOptions } from './bootstrap';
import type { InternalCall } from '../db/service';

export type WorkerMessage =
  | { type: 'ready'; dbPath: string }
  | { type: 'fatal'; code: string; message: string }
  | { type: 'task'; task: TaskStatus }
  | { type: 'reply'; id: number; ok: true; result: unknown }
  | { type: 'reply'; id: number; ok: false; error: WireError };

/** From the host only: API calls to validate, and path-based work the host resolved itself. */
export type HostMessage = { id: number; method: unknown; args: unknown } | ({ id: number } & InternalCall) | { type: 'close' };

const port = parentPort!;
const post = (m: WorkerMessage) => port.postMessage(m);

try {
  const { workbench, dbPath } = openWorkbench(workerData as BootOptions);
  // Progress of background work is pushed, so the host answers getTask without waiting
  // behind the work itself.
  let last = '';
  const pushTask = () => {
    const task = workbench.handlers.getTask({}) as TaskStatus;
    const s = JSON.stringify(task);
    if (s !== last) {
      last = s;
      post({ type: 'task', task });
    }
  };
  const timer = setInterval(pushTask, 100);
  pushTask();
  workbench.onTask = pushTask; // long synchronous work reports as it goes
  port.on('message', async (m: HostMessage) => {
    if ('type' in m) {
      clearInterval(timer);
      workbench.dropPreparedMerge();
      workbench.db.close();
      process.exit(0);
    }
    try {
      const result = 'internal' in m ? await workbench.internal(m) : await dispatch(workbench.handlers, m.method, m.args);
      post({ type: 'reply', id: m.id, ok: true, result });
    } catch (e) {
      post({ type: 'reply', id: m.id, ok: false, error: toWireError(e) });
    }
    pushTask();
  });
  post({ type: 'ready', dbPath });
} catch (e) {
  post({ type: 'fatal', ...toWireError(e) });
}
