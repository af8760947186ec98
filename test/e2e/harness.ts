// Shared start-up for the browser end-to-end tests: the built renderer, the real browser host
// (electron/web.ts) as a process on a temporary database, and Debian's chromium driven by
// playwright-core.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
export const ARTIFACTS = path.join(ROOT, 'test/artifacts');
export const SEEDS = [
  '000_3f8ad0e81d82774d.txt',
  '001_24b64a88380a38ac.txt',
  '002_486e34976f171ce8.txt',
  '003_57911e9c0807c863.txt',
  '004_8439e93dcf65bf03.txt',
];
/** How long a UI change may take to show (a slow CI machine). */
export const POLL = { timeout: 15_000 };

export function warnIfSkipped(file: string): void {
  if (!HAS_CHROMIUM) console.warn(`SKIPPED ${file}: ${CHROMIUM} not found (install it with: apt-get install -y chromium)`);
}

function newestMtime(dir: string): number {
  let max = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) max = Math.max(max, newestMtime(p));
    else max = Math.max(max, fs.statSync(p).mtimeMs);
  }
  return max;
}

/** Builds dist/renderer when it is missing or older than the renderer's or shared sources.
 * Test files run in parallel: a lock directory keeps two builds from overlapping. */
export async function ensureRendererBuilt(): Promise<void> {
  const index = path.join(ROOT, 'dist/renderer/index.html');
  const lock = path.join(ROOT, 'dist/.renderer-build.lock');
  const stale = () =>
    !fs.existsSync(index) ||
    fs.statSync(index).mtimeMs < Math.max(newestMtime(path.join(ROOT, 'renderer')), newestMtime(path.join(ROOT, 'shared')));
  if (!stale()) return;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (let i = 0; ; i++) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Another file builds; a lock older than 3 minutes is left over from a killed run.
      if (fs.existsSync(lock) && Date.now() - fs.statSync(lock).mtimeMs > 180_000) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
      if (i > 1000) throw new Error('timed out waiting for the renderer build lock');
    }
  }
  try {
    if (!stale()) return;
    const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
    const r = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`renderer build failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface Host {
  url: string; // with #token=…
  proc: ChildProcess;
  log: () => string;
  /** Calls the host's API directly with the launch token; throws the host's message on failure. */
  api<T>(method: string, args?: object): Promise<T>;
  stop(): Promise<void>;
}

/** Starts electron/web.ts on `dbFile` (YOSAN_HOME = `home`) and waits for its URL. */
export function startHost(home: string, dbFile: string, locale = 'ja'): Promise<Host> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'electron/web.ts'], {
      cwd: ROOT,
      env: { ...process.env, YOSAN_DB: dbFile, YOSAN_HOME: home, YOSAN_LOCALE: locale },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const timer = setTimeout(() => reject(new Error(`the host printed no URL within 60 s:\n${log}`)), 60_000);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`the host exited (${code}) before printing its URL:\n${log}`));
    };
    proc.stdout!.setEncoding('utf8');
    proc.stderr!.setEncoding('utf8');
    proc.stderr!.on('data', (d: string) => (log += d));
    proc.on('exit', onExit);
    proc.stdout!.on('data', (d: string) => {
      log += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_\-.~%]+/.exec(log);
      if (!m) return;
      clearTimeout(timer);
      proc.off('exit', onExit);
      const url = m[0];
      const u = new URL(url);
      const token = new URLSearchParams(u.hash.slice(1)).get('token')!;
      resolve({
        url,
        proc,
        log: () => log,
        async api<T>(method: string, args: object = {}): Promise<T> {
          const res = await fetch(`${u.origin}/api/call`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Yosan-Token': token },
            body: JSON.stringify({ method, args }),
          });
          const body = (await res.json()) as { ok: boolean; result: T; error?: { code: string; message: string } };
          if (!body.ok) throw Object.assign(new Error(`${method}: ${body.error?.message}`), { code: body.error?.code });
          return body.result;
        },
        stop: () => stopProcess(proc),
      });
    });
  });
}

export async function stopProcess(proc: ChildProcess | null): Promise<void> {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (proc.exitCode === null && proc.signalCode === null) {
    proc.kill('SIGKILL');
    await exited;
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A 1280×800 page that collects page errors (console errors that are real ones) into `errors`. */
export async function openPage(browser: Browser, errors: string[], locale = 'ja-JP'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // Not errors of the page: meta-delivered CSP cannot carry frame-ancestors (the header
    // does), and a refused API call or import answers with an HTTP 4xx that Chromium logs.
    const text = m.text();
    if (m.type() === 'error' && !text.includes('frame-ancestors') && !text.startsWith('Failed to load resource')) errors.push(text);
  });
  return page;
}

/** Closes what a browser test opened: the browser, the host process and its temporary folder. */
export async function teardown(browser: Browser | null, host: Host | null, tmp: string): Promise<void> {
  await browser?.close().catch(() => {});
  await host?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Waits until seeding is done (the task stops running). */
export async function waitForSeeding(host: Host, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const task = await host.api<{ running: boolean }>('getTask');
    if (!task.running) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('seeding did not finish');
}

/** A host on a fresh database with the profile set and the seeds in, and a page in a browser beside it. */
export async function seededSession(prefix: string, errors: string[], dbName = 'w.db'): Promise<{ tmp: string; host: Host; browser: Browser; page: Page }> {
  await ensureRendererBuilt();
  const tmp = tempDir(prefix);
  const host = await startHost(tmp, path.join(tmp, dbName));
  await host.api('setProfile', { name: 'e2e' });
  await waitForSeeding(host);
  const browser = await launchBrowser();
  return { tmp, host, browser, page: await openPage(browser, errors) };
}

/** Answers the first-start name prompt (typed into its focused field, or filled in) and waits for the seeds. */
export async function answerProfile(page: Page, host: Host, name: string, how: 'type' | 'fill' = 'type'): Promise<void> {
  await page.getByTestId('profile-dialog').waitFor(POLL);
  if (how === 'type') await page.keyboard.type(name);
  else await page.getByTestId('profile-name').fill(name);
  await page.keyboard.press('Enter');
  await page.getByTestId('profile-dialog').waitFor({ state: 'detached', ...POLL });
  await waitForSeeding(host);
}
