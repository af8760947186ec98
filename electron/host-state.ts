// The open store of a host, and switching to another database file (File ▸ Open).
import type { AppInfo } from '../shared/api';
import type { BootOptions } from './bootstrap';
import type { HostState } from './host-api';
import { startStoreThread, type StoreThread } from './worker-client';

export async function openHostState(boot: BootOptions): Promise<HostState & { close(): Promise<void> }> {
  let current: StoreThread = await startStoreThread(boot);
  return {
    store: () => current,
    async switchTo(dbPath: string, name: string, copy = false, copyOf: string | null = null): Promise<AppInfo> {
      // Open the new one first (checked in full: it comes from elsewhere): if it is refused,
      // the current database stays open.
      const next = await startStoreThread({ ...boot, dbPath, seed: false, fromElsewhere: { name, copy, copyOf } });
      const previous = current;
      current = next;
      await previous.close();
      return (await next.handlers.getInfo({})) as AppInfo;
    },
    close: () => current.close(),
  };
}
