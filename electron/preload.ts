// The only bridge between the sandboxed renderer and the app: one function, no Electron objects.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('yosan', {
  call: (method: string, args: unknown): Promise<unknown> => ipcRenderer.invoke('yosan:call', String(method), args),
  /** File menu commands (import, open, merge, export): the name only, never Electron objects. */
  onMenu: (listener: (command: string) => void): void => {
    ipcRenderer.on('yosan:menu', (_event, command: unknown) => listener(String(command)));
  },
});
