// The only bridge between the sandboxed renderer and the app: one invoke channel for calls and
// one subscription channel for what the host pushes (task progress, records changed, File
// menu commands); plain data only, never Electron objects.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('yosan', {
  call: (method: string, args: unknown): Promise<unknown> => ipcRenderer.invoke('yosan:call', String(method), args),
  subscribe: (listener: (event: unknown) => void): void => {
    ipcRenderer.on('yosan:event', (_event, data: unknown) => listener(data));
  },
});
