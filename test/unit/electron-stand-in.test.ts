// The Electron shell, tested without Electron (its binary cannot run here): the built bundles
// are checked for their boundaries, and the built main bundle is run under Node with a
// stand-in for the `electron` module (test/helpers/electron-stand-in.cjs) that records what
// main asks of Electron, fires `ready`, and drives the window's protocol and IPC the way
// Electron would. The store behind it is real: the worker thread and the SQLite file.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { ensureRendererBuilt } from '../e2e/harness';
import { REPO, tmpDir } from '../helpers/tmp';

const requires = (file: string) => [...fs.readFileSync(path.join(REPO, 'dist', 'electron', file), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
const dir = tmpDir();

interface Reply {
  ok: boolean;
  result?: unknown;
  error?: { code: string; message: string };
}

/** Runs the built main bundle under the stand-in; its report, or the process's output on failure. */
function standIn(main: string, args: string[] = [], locale = 'en-US') {
  const home = fs.mkdtempSync(path.join(dir, 'home-'));
  const r = spawnSync(process.execPath, [path.join(REPO, 'test/helpers/electron-stand-in.cjs'), main, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, YOSAN_HOME: home, YOSAN_DB: path.join(home, 'workbench.yosan'), YOSAN_NATIVE_BINDING: '', STAND_IN_LOCALE: locale },
    timeout: 240_000,
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('REPORT '));
  return { code: r.status, stderr: r.stderr, report: line ? JSON.parse(line.slice('REPORT '.length)) : null, home };
}

beforeAll(async () => {
  await ensureRendererBuilt();
  execFileSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: REPO, stdio: 'pipe' });
}, 300_000);

describe('Electron bundles', () => {
  it('the preload requires only electron (a sandboxed preload can load nothing else)', () => {
    expect([...new Set(requires('preload.cjs'))]).toEqual(['electron']);
  });

  it('the preload exposes one invoke and one subscription channel, plain data only', () => {
    const exposed: Record<string, Record<string, (...a: unknown[]) => unknown>> = {};
    const invoked: unknown[][] = [];
    const listening: string[] = [];
    const fake = {
      contextBridge: { exposeInMainWorld: (name: string, api: Record<string, (...a: unknown[]) => unknown>) => (exposed[name] = api) },
      ipcRenderer: {
        invoke: (...a: unknown[]) => (invoked.push(a), Promise.resolve()),
        on: (channel: string, fn: (e: unknown, data: unknown) => void) => (listening.push(channel), fn({ sender: 'electron object' }, { type: 'menu', command: 'open' })),
      },
    };
    const source = fs.readFileSync(path.join(REPO, 'dist/electron/preload.cjs'), 'utf8');
    new Function('require', 'module', 'exports', source)((m: string) => (m === 'electron' ? fake : undefined), { exports: {} }, {});
    expect(Object.keys(exposed)).toEqual(['yosan']);
    expect(Object.keys(exposed.yosan).sort()).toEqual(['call', 'subscribe']);
    void exposed.yosan.call('listDocuments', {});
    expect(invoked).toEqual([['yosan:call', 'listDocuments', {}]]);
    const heard: unknown[] = [];
    exposed.yosan.subscribe((e: unknown) => heard.push(e));
    expect(listening).toEqual(['yosan:event']);
    expect(heard).toEqual([{ type: 'menu', command: 'open' }]); // the event, never Electron's objects
  });

  it('main never loads the database driver (the store has its thread)', () => {
    expect(requires('main.cjs')).not.toContain('better-sqlite3');
    expect(requires('db-worker.cjs')).toContain('better-sqlite3');
  });

  it('every Electron fuse is set as the security checklist asks', () => {
    const yml = fs.readFileSync(path.join(REPO, 'electron-builder.yml'), 'utf8');
    const fuses = Object.fromEntries([...yml.split('electronFuses:')[1].matchAll(/^ {2}(\w+): (true|false)$/gm)].map((m) => [m[1], m[2] === 'true']));
    expect(fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(yml).not.toMatch(/db-worker/); // the worker stays inside the asar
  });
});

describe('main under a stand-in for Electron (not Electron itself)', () => {
  let run: ReturnType<typeof standIn>;
  beforeAll(() => {
    run = standIn(path.join(REPO, 'dist/electron/main.cjs'));
    expect(run.report, run.stderr).not.toBeNull();
  }, 300_000);

  it('creates one window, isolated, sandboxed, without Node, web security on, on the app protocol', () => {
    const { options, url } = run.report.window;
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(options.webPreferences.preload).toBe(path.join(REPO, 'dist/electron/preload.cjs'));
    expect(url).toBe('app://workbench/index.html');
    expect(run.report.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('the app protocol serves the built renderer with its CSP, and nothing outside it', () => {
    const { index, outside, otherHost } = run.report.served;
    expect(index).toMatchObject({ status: 200, hasRoot: true });
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(outside.status).toBe(404);
    expect(otherHost.status).toBe(404);
  });

  it('an IPC call from the app’s origin is answered by the real worker and store', () => {
    const { ours, info, badArgs } = run.report.calls as Record<string, Reply>;
    expect(ours.ok).toBe(true);
    expect((ours.result as { fileName: string }[]).map((d) => d.fileName)).toContain('004_8439e93dcf65bf03.txt');
    expect(info.result).toMatchObject({ host: 'electron', dbPath: path.join(run.home, 'workbench.yosan') });
    expect(fs.statSync(path.join(run.home, 'workbench.yosan')).size).toBeGreaterThan(0);
    expect(badArgs.error?.code).toBe('bad_argument');
  });

  it('an IPC call from another origin, a file: page or no frame is refused', () => {
    for (const r of [run.report.calls.otherOrigin, run.report.calls.fileOrigin, run.report.calls.noFrame, run.report.calls.lookalike] as Reply[]) {
      expect(r).toEqual({ ok: false, error: { code: 'forbidden', message: 'untrusted sender' } });
    }
  });

  it('pushes to the window on one channel: what a write changed, the File menu’s commands', () => {
    const { write, pushed, channelsSent } = run.report;
    expect(write.ok).toBe(true);
    expect(channelsSent).toEqual(['yosan:event']);
    expect(pushed).toContainEqual({ type: 'changed', documents: [{ id: write.document, records: [write.record] }] });
    expect(pushed).toContainEqual({ type: 'menu', command: 'import' });
    expect(pushed.filter((e: { type: string }) => e.type === 'task').every((e: { task: { error: unknown } }) => e.task.error === null)).toBe(true);
  });

  it('navigation away, new windows and webviews are blocked; permissions denied', () => {
    expect(run.report.navigation).toEqual({ away: true, within: false, lookalike: true, newWindow: { action: 'deny' }, webview: true });
    expect(run.report.permission).toBe(false);
    expect(run.report.permissionCheck).toBe(false);
  });

  it('quits when its window closes, the store closed', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.report.errorBoxes).toEqual([]);
  });
});

describe('a file the app is opened with comes from elsewhere', () => {
  it('refused (empty), its reason is shown and the user’s own database opens instead', () => {
    const empty = path.join(dir, 'double-clicked.yosan');
    fs.writeFileSync(empty, '');
    const r = standIn(path.join(REPO, 'dist/electron/main.cjs'), [empty]);
    expect(r.report, r.stderr).not.toBeNull();
    expect(r.report.errorBoxes).toEqual(['double-clicked.yosan was not opened:\ndouble-clicked.yosan is empty (not a Yosan review file)']);
    expect(r.report.calls.info.result).toMatchObject({ dbPath: path.join(r.home, 'workbench.yosan') });
    expect(fs.statSync(empty).size).toBe(0);
  }, 300_000);

  it('on a Japanese system the menu and the reason are in Japanese', () => {
    const empty = path.join(dir, 'ダブルクリック.yosan');
    fs.writeFileSync(empty, '');
    const r = standIn(path.join(REPO, 'dist/electron/main.cjs'), [empty], 'ja-JP');
    expect(r.report, r.stderr).not.toBeNull();
    expect(r.report.menu[0]).toBe('ファイル');
    expect(r.report.fileMenu.slice(0, 5)).toEqual(['文書を取り込む…', 'フォルダーから取り込む…', 'レビューファイルを開く…', 'レビューファイルをマージ…', 'レビューファイルを書き出す…']);
    expect(r.report.errorBoxes[0]).toMatch(/^「ダブルクリック\.yosan」を開けませんでした:\n/u);
  }, 300_000);
});

describe('the store’s worker is the one main was built with', () => {
  it('an altered worker file is refused with its reason; nothing else runs', () => {
    // A copy of the built bundles beside the originals, its worker altered.
    const copy = path.join(REPO, 'dist', `stand-in-${process.pid}`);
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(path.join(REPO, 'dist/electron'), path.join(copy, 'electron'), { recursive: true });
    try {
      fs.appendFileSync(path.join(copy, 'electron/db-worker.cjs'), '\nprocess.stdout.write("injected");\n');
      const r = standIn(path.join(copy, 'electron/main.cjs'));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/main reported: The database could not be opened:\s+\S*db-worker\.cjs is not the store worker this app was built with \(altered\)/);
      expect(r.stderr + r.report).not.toMatch(/injected/);
      expect(fs.existsSync(path.join(r.home, 'workbench.yosan'))).toBe(false);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);
});
