// The Electron host: one hardened window on the app:// protocol; the renderer reaches the
// store only through the narrow preload bridge, and every IPC call is checked and validated.
import { DOCUMENT_EXTENSIONS, isDocumentFile, sortDocumentPaths } from '../shared/document-files';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toWireError } from '../shared/api';
import fs from 'node:fs';
import type { ApiEvent, ExportedFile, PickedFile } from '../shared/api';
import { hostHandlers, PickedFiles, serveCall, type FileHost } from './host-api';
import { nativeLocale, nativeWords, type NativeWords } from './native-words';
import { openHostState } from './host-state';
import { rendererDir } from './paths';
import { resolveStatic, SECURITY_HEADERS } from './static-files';

const SCHEME = 'app';
const ORIGIN = `${SCHEME}://workbench`; // what the window loads; see isOurs

protocol.registerSchemesAsPrivileged([
  { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

/**
 * Whether a URL is on the app's own origin. Compared by scheme and host: Node's URL (which
 * main runs on) gives a custom scheme the origin "null", whatever Chromium registered.
 */
function isOurs(url: string | undefined): boolean {
  try {
    const u = url ? new URL(url) : null;
    return !!u && u.protocol === `${SCHEME}:` && u.host === 'workbench' && !u.username && !u.password && !u.port;
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

/** A .yosan file given on the command line (double-click once packaged opens the app with it). */
function fileFromArgv(argv: string[]): string | undefined {
  return argv.slice(1).find((a) => a.endsWith('.yosan') && fs.existsSync(a));
}

/** The documents in a folder and its subfolders (links are not followed). */
function documentsIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && !e.name.startsWith('.')) walk(p);
      else if (e.isFile() && isDocumentFile(path.relative(dir, p))) out.push(p);
    }
  };
  walk(dir);
  return sortDocumentPaths(out);
}

/** Files through native dialogs; the renderer only ever sees handles. */
function dialogFiles(picked: PickedFiles, window: () => BrowserWindow | null, words: NativeWords): FileHost {
  const filters = [{ name: words.reviewFile, extensions: ['yosan'] }];
  return {
    async pick(purpose): Promise<PickedFile | null> {
      const win = window();
      const titles = { import: words.pickImport, merge: words.pickMerge, open: words.pickOpen, key: words.pickKey };
      const byPurpose = {
        import: [{ name: words.textOrPdf, extensions: ['txt', 'csv', 'tsv', 'md', 'pdf'] }, { name: words.allFiles, extensions: ['*'] }],
        key: [{ name: words.publicKey, extensions: ['yosankey', 'json'] }],
        merge: filters,
        open: filters,
      };
      const opts = { title: titles[purpose], filters: byPurpose[purpose], properties: ['openFile' as const] };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      if (r.canceled || !r.filePaths[0]) return null;
      return picked.add(r.filePaths[0], fs.statSync(r.filePaths[0]).size);
    },
    async pickDocuments(folder): Promise<PickedFile[] | null> {
      const win = window();
      const opts = folder
        ? { title: words.pickFolder, properties: ['openDirectory' as const] }
        : {
            title: words.pickImport,
            filters: [{ name: words.textOrPdf, extensions: [...DOCUMENT_EXTENSIONS] }, { name: words.allFiles, extensions: ['*'] }],
            properties: ['openFile' as const, 'multiSelections' as const],
          };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      if (r.canceled || !r.filePaths.length) return null;
      const chosen = folder ? documentsIn(r.filePaths[0]) : r.filePaths;
      return chosen.map((f) => picked.add(f, fs.statSync(f).size));
    },
    async save(suggestedName, write): Promise<ExportedFile | null> {
      const win = window();
      const ext = path.extname(suggestedName).slice(1);
      const opts = { title: words.save, defaultPath: suggestedName, filters: [{ name: ext.toUpperCase(), extensions: [ext] }] };
      const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      if (r.canceled || !r.filePath) return null;
      const written = await write(r.filePath);
      return { files: written.map((f) => ({ name: path.basename(f), bytes: fs.statSync(f).size, path: f })) };
    },
    opensCopy: false,
  };
}

async function start(): Promise<void> {
  await app.whenReady();
  const words = nativeWords(nativeLocale(app.getLocale?.() ?? 'en'));
  // From source (unpackaged), npm start passes the Electron-ABI build it made. Packaged, the
  // environment is never asked for native code (what the runAsNode and NODE_OPTIONS fuses are
  // off for): the addon rebuilt into the package sits unpacked beside the asar.
  const nativeBinding = app.isPackaged
    ? path.join(process.resourcesPath, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
    : process.env.YOSAN_NATIVE_BINDING || undefined;
  let state: Awaited<ReturnType<typeof openHostState>>;
  try {
    // A file the app was opened with comes from elsewhere: checked in full. Refused, the
    // reason is shown and the app opens the user's own database instead.
    const opened = fileFromArgv(process.argv);
    state = await openHostState({ host: 'electron', nativeBinding, dbPath: opened, fromElsewhere: opened ? { name: path.basename(opened) } : undefined }).catch(
      (e: Error) => {
        if (!opened) throw e;
        dialog.showErrorBox('Yosan Workbench', words.notOpened(path.basename(opened), e.message));
        return openHostState({ host: 'electron', nativeBinding });
      },
    );
  } catch (e) {
    dialog.showErrorBox('Yosan Workbench', words.dbNotOpened((e as Error).message));
    app.exit(1);
    return;
  }
  let mainWindow: BrowserWindow | null = null;
  const picked = new PickedFiles();
  const serve = serveCall(state, hostHandlers(state, picked, dialogFiles(picked, () => mainWindow, words)));
  // Pushed to the window on its one subscription channel (the preload's `subscribe`).
  const push = (e: ApiEvent) => mainWindow?.webContents.send('yosan:event', e);
  state.onEvent(push);

  const root = rendererDir();
  protocol.handle(SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'workbench' ? resolveStatic(root, url.pathname) : null;
    if (!file) return new Response('not found', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
    return new Response(res.body, { status: res.status, headers });
  });

  session.defaultSession.setPermissionRequestHandler((_wc, _perm, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  ipcMain.handle('yosan:call', async (event, method: unknown, args: unknown) => {
    if (!isOurs(event.senderFrame?.url)) return { ok: false, error: { code: 'forbidden', message: 'untrusted sender' } };
    try {
      return { ok: true, result: await serve(method, args) };
    } catch (e) {
      return { ok: false, error: toWireError(e) };
    }
  });

  // File commands run in the renderer (previews, confirmations, progress): the menu asks it.
  const command = (name: string) => () => push({ type: 'menu', command: name });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      {
        label: words.file,
        submenu: [
          { label: words.import, accelerator: 'CmdOrCtrl+I', click: command('import') },
          { label: words.importFolder, click: command('importFolder') },
          { label: words.open, accelerator: 'CmdOrCtrl+O', click: command('open') },
          { label: words.merge, accelerator: 'CmdOrCtrl+M', click: command('merge') },
          { label: words.export, accelerator: 'CmdOrCtrl+E', click: command('export') },
          { type: 'separator' },
          { role: 'quit' },
        ],
      },
      { role: 'editMenu' },
      { role: 'viewMenu' },
      { role: 'windowMenu' },
    ]),
  );

  mainWindow = createWindow();
  app.on('window-all-closed', () => {
    void state.close().then(() => app.quit());
  });

  // A .yosan file opened while the app runs (double-click: a second instance on Windows and
  // Linux, 'open-file' on macOS) switches to it; a refused file leaves the current one open.
  const openFile = (file: string) => {
    state.switchTo(file, path.basename(file)).then(
      () => mainWindow?.webContents.reload(),
      (e: Error) => dialog.showErrorBox('Yosan Workbench', words.notOpened(path.basename(file), e.message)),
    );
  };
  app.on('second-instance', (_e, argv) => {
    const file = fileFromArgv(argv);
    if (file) openFile(file);
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  pendingOpen = openFile;
  for (const file of earlyFiles.splice(0)) openFile(file);
}

// macOS delivers files before 'ready' as well as after: keep early ones until the store is open.
const earlyFiles: string[] = [];
let pendingOpen: ((file: string) => void) | null = null;
app.on('open-file', (e, file) => {
  e.preventDefault();
  if (pendingOpen) pendingOpen(file);
  else earlyFiles.push(file);
});


app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (e) => e.preventDefault());
});

// One instance: a second launch hands its file to the first ('second-instance') and quits.
if (!app.requestSingleInstanceLock()) app.quit();
else void start();
