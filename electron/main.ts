// The Electron host: one hardened window on the app:// protocol; the renderer reaches the
// store only through the narrow preload bridge, and every IPC call is checked and validated.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dispatch, toWireError } from '../shared/api';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { startStoreThread, type StoreThread } from './worker-client';
import { rendererDir } from './paths';
import { resolveStatic } from './static-files';

const SCHEME = 'app';
const ORIGIN = `${SCHEME}://workbench`;

protocol.registerSchemesAsPrivileged([
  { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function isOurs(url: string | undefined): boolean {
  try {
    return !!url && new URL(url).origin === ORIGIN;
  } catch {
    return false;
  }
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    title: 'Yosan Workbench',
    webPreferences: {
      preload: path.join(import.meta.dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.webContents.on('will-navigate', (e, url) => {
    if (!isOurs(url)) e.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void win.loadURL(`${ORIGIN}/index.html`);
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  const nativeBinding = process.env.YOSAN_NATIVE_BINDING || undefined;
  let store: StoreThread;
  try {
    store = await startStoreThread({ host: 'electron', nativeBinding });
  } catch (e) {
    dialog.showErrorBox('Yosan Workbench', `The database could not be opened:\n${(e as Error).message}`);
    app.exit(1);
    return;
  }

  const root = rendererDir();
  protocol.handle(SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'workbench' ? resolveStatic(root, url.pathname) : null;
    if (!file) return new Response('not found', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(res.body, { status: res.status, headers });
  });

  session.defaultSession.setPermissionRequestHandler((_wc, _perm, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  ipcMain.handle('yosan:call', async (event, method: unknown, args: unknown) => {
    if (!isOurs(event.senderFrame?.url)) return { ok: false, error: { code: 'forbidden', message: 'untrusted sender' } };
    try {
      return { ok: true, result: await dispatch(store.handlers, method, args) };
    } catch (e) {
      return { ok: false, error: toWireError(e) };
    }
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      { role: 'fileMenu' },
      { role: 'editMenu' },
      { role: 'viewMenu' },
      { role: 'windowMenu' },
    ]),
  );

  createWindow();
  app.on('window-all-closed', () => {
    void store.close().then(() => app.quit());
  });
}

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (e) => e.preventDefault());
});

void start();
