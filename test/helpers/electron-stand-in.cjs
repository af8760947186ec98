// A stand-in for the `electron` module, not Electron: it records what the built main bundle
// asks of Electron (windows and their webPreferences, protocol handlers, IPC handlers,
// permission handlers, session settings), fires `ready`, then drives what it recorded the way
// Electron would (a request to the app protocol, IPC calls from the app's origin and from
// another) and prints one line `REPORT <json>`. Run as a process:
//   node electron-stand-in.cjs MAIN [FILE.yosan]   (a file the app is opened with, as Electron passes it)
'use strict';
const Module = require('node:module');
const { EventEmitter } = require('node:events');
const fs = require('node:fs');
const { fileURLToPath } = require('node:url');

const rec = { schemes: [], protocols: {}, ipc: {}, windows: [], permissionRequest: null, permissionCheck: null, menu: null, errors: [], quit: false, sessionHeaders: [] };

class WebContents extends EventEmitter {
  constructor() {
    super();
    this.openHandler = null;
    this.sent = [];
  }
  setWindowOpenHandler(fn) { this.openHandler = fn; }
  send(channel, ...args) { this.sent.push([channel, ...args]); }
  reload() {}
}

class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.webContents = new WebContents();
    this.url = null;
    rec.windows.push(this);
  }
  loadURL(url) { this.url = url; return Promise.resolve(); }
  isMinimized() { return false; }
  restore() {}
  focus() {}
}

const app = new EventEmitter();
let ready;
const whenReady = new Promise((r) => (ready = r));
Object.assign(app, {
  isPackaged: false,
  // the system's language, as Electron reports it (the test sets it)
  getLocale: () => process.env.STAND_IN_LOCALE || 'en-US',
  whenReady: () => whenReady,
  requestSingleInstanceLock: () => true,
  quit: () => { rec.quit = true; },
  exit: (code) => { rec.exitCode = code; },
});

const session = {
  defaultSession: {
    setPermissionRequestHandler: (fn) => { rec.permissionRequest = fn; },
    setPermissionCheckHandler: (fn) => { rec.permissionCheck = fn; },
    webRequest: { onHeadersReceived: (fn) => rec.sessionHeaders.push(fn) },
  },
};

const electron = {
  app,
  BrowserWindow,
  session,
  ipcMain: { handle: (channel, fn) => { rec.ipc[channel] = fn; } },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => rec.schemes.push(...schemes),
    handle: (scheme, fn) => { rec.protocols[scheme] = fn; },
  },
  // Electron's net.fetch of a file: URL, as main uses it to read the built renderer.
  net: {
    fetch: async (url) => {
      const body = fs.readFileSync(fileURLToPath(url));
      const type = url.endsWith('.html') ? 'text/html' : url.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
      return new Response(body, { status: 200, headers: { 'Content-Type': type } });
    },
  },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu: (m) => { rec.menu = m; } },
  dialog: {
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showSaveDialog: async () => ({ canceled: true }),
    showErrorBox: (title, text) => rec.errors.push(text),
  },
  shell: { openExternal: async () => {} },
};

const load = Module._load;
Module._load = function (request, parent, isMain) {
  return request === 'electron' ? electron : load.call(this, request, parent, isMain);
};

const until = async (what, cond, ms = 120_000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; errors: ${rec.errors.join(' | ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

async function main() {
  require(process.argv[2]);
  app.emit('ready');
  ready();
  await until('the window', () => rec.windows.length > 0 || rec.exitCode !== undefined);
  if (!rec.windows.length) throw new Error(`main reported: ${rec.errors.join(' | ')}`);
  const win = rec.windows[0];
  const call = rec.ipc['yosan:call'];
  const frame = (url) => ({ senderFrame: url === null ? null : { url } });
  const ours = 'app://workbench/index.html';
  // Let first-start seeding finish, so the store answers with the sample documents.
  for (let i = 0; i < 2400; i++) {
    const task = await call(frame(ours), 'getTask', {});
    if (task.ok && !task.result.running) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  // A write through IPC: the worker pushes what changed to the window on its one channel.
  const docs = await call(frame(ours), 'listDocuments', {});
  const rows = await call(frame(ours), 'listRecords', { documentId: docs.result[0].id });
  await call(frame(ours), 'setProfile', { name: 'stand-in' });
  const target = rows.result.find((r) => r.status === 'pending');
  const written = await call(frame(ours), 'setStatus', { recordId: target.id, status: 'approved' });
  const pushedFor = (id) => win.webContents.sent.some(([ch, e]) => ch === 'yosan:event' && e.type === 'changed' && e.documents.some((d) => d.records && d.records.includes(id)));
  await until('the pushed change', () => pushedFor(target.id), 60_000);
  rec.menu?.[0]?.submenu?.[0]?.click?.();
  const serve = async (url) => {
    const res = await rec.protocols.app(new Request(url));
    const text = await res.text();
    return { status: res.status, headers: Object.fromEntries(res.headers), hasRoot: text.includes('id="root"'), length: text.length };
  };
  const prevented = (emit) => {
    let p = false;
    emit({ preventDefault: () => (p = true) });
    return p;
  };
  const contents = new WebContents();
  app.emit('web-contents-created', {}, contents);
  const permission = await new Promise((r) => rec.permissionRequest(null, 'geolocation', r));
  const report = {
    schemes: rec.schemes,
    window: { options: win.options, url: win.url },
    protocols: Object.keys(rec.protocols),
    ipcChannels: Object.keys(rec.ipc),
    sessionHeaders: rec.sessionHeaders.length,
    served: {
      index: await serve('app://workbench/index.html'),
      outside: await serve('app://workbench/..%2f..%2fpackage.json'),
      otherHost: await serve('app://elsewhere/index.html'),
    },
    calls: {
      ours: await call(frame(ours), 'listDocuments', {}),
      info: await call(frame(ours), 'getInfo', {}),
      badArgs: await call(frame(ours), 'getDocument', { id: 'x' }),
      otherOrigin: await call(frame('https://evil.example/'), 'listDocuments', {}),
      fileOrigin: await call(frame('file:///etc/passwd'), 'listDocuments', {}),
      noFrame: await call(frame(null), 'listDocuments', {}),
      lookalike: await call(frame('app://workbench.evil/index.html'), 'listDocuments', {}),
    },
    navigation: {
      away: prevented((e) => win.webContents.emit('will-navigate', e, 'https://evil.example/')),
      within: prevented((e) => win.webContents.emit('will-navigate', e, 'app://workbench/index.html')),
      lookalike: prevented((e) => win.webContents.emit('will-navigate', e, 'app://workbench.evil/index.html')),
      newWindow: win.webContents.openHandler({ url: 'https://example.com/' }),
      webview: prevented((e) => contents.emit('will-attach-webview', e)),
    },
    write: { ok: written.ok, record: target.id, document: docs.result[0].id },
    pushed: win.webContents.sent.filter(([ch]) => ch === 'yosan:event').map(([, e]) => e),
    channelsSent: [...new Set(win.webContents.sent.map(([ch]) => ch))],
    errorBoxes: rec.errors,
    permission,
    permissionCheck: rec.permissionCheck(null, 'clipboard-read'),
    menu: (rec.menu ?? []).map((m) => m.label ?? m.role),
    fileMenu: ((rec.menu ?? [])[0]?.submenu ?? []).map((m) => m.label ?? m.role ?? m.type),
  };
  process.stdout.write(`REPORT ${JSON.stringify(report)}\n`);
  app.emit('window-all-closed');
  await until('quit', () => rec.quit, 30_000);
  process.exit(0);
}

main().catch((e) => {
  process.stderr.write(`stand-in: ${e.stack || e.message}\n`);
  process.exit(1);
});
