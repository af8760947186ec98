// The open store of a host, and switching to another database file (File ▸ Open). What the
// open store pushes is passed on to the host's listeners, whichever store is open.
import type { ApiEvent, AppInfo } from '../shared/api';
import type { BootOptions } from './bootstrap';
import type { HostState } from './host-api';
import { startStoreThread, type StoreThread } from './worker-client';

export async function openHostState(boot: BootOptions): Promise<HostState & { close(): Promise<void> }> {
  const listeners = new Set<(e: ApiEvent) => void>();
  const emit = (e: ApiEvent) => {
    for (const l of listeners) l(e);
  };
  let current: StoreThread = await startStoreThread(boot);
  let unsubscribe = current.onEvent(emit);
  return {
    store: () => current,
    async switchTo(dbPath: string, name: string, copy = false, copyOf: string | null = null): Promise<AppInfo> {
      // Open the new one first (checked in full: it comes from elsewhere): if it is refused,
      // the current database stays open.
      const next = await startStoreThread({ ...boot, dbPath, seed: false, fromElsewhere: { name, copy, copyOf } });
      const previous = current;
      unsubscribe();
      current = next;
      unsubscribe = next.onEvent(emit);
      await previous.close();
      emit({ type: 'task', task: next.task() });
      emit({ type: 'changed', documents: [], all: true });
      return next.call('getInfo', {});
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => current.close(),
  };
}
