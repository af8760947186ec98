// End to end: the real browser host (electron/web.ts) as a process, Debian's chromium driven by
// playwright-core, the built renderer. Skipped only when /usr/bin/chromium is missing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
const SCREENSHOT = path.join(ROOT, 'test/artifacts/workbench.png');
const SEEDS = [
  '000_3f8ad0e81d82774d.txt',
  '001_24b64a88380a38ac.txt',
  '002_486e34976f171ce8.txt',
  '003_57911e9c0807c863.txt',
  '004_8439e93dcf65bf03.txt',
];
const DOC = '001_24b64a88380a38ac.txt';
/** How long a UI change may take to show (a slow CI machine). */
const POLL = { timeout: 15_000 };

if (!HAS_CHROMIUM) {
  console.warn(`SKIPPED test/e2e/workbench.test.ts: ${CHROMIUM} not found (install it with: apt-get install -y chromium)`);
}

interface WireRecord {
  id: string;
  text: string;
  item: string | null;
  start: number;
}

let tmp = '';
let host: ChildProcess | null = null;
let hostLog = '';
let url = '';
let browser: Browser | null = null;
let kakenId = '';
let page: Page;
const pageErrors: string[] = [];

function ensureRendererBuilt(): void {
  if (fs.existsSync(path.join(ROOT, 'dist/renderer/index.html'))) return;
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`renderer build failed:\n${r.stdout}\n${r.stderr}`);
}

function startHost(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web.ts'], {
      cwd: ROOT,
      env: { ...process.env, YOSAN_DB: path.join(tmp, 'w.db'), YOSAN_HOME: tmp, YOSAN_LOCALE: 'ja' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    host = child;
    const timer = setTimeout(() => reject(new Error(`the host printed no URL within 60 s:\n${hostLog}`)), 60_000);
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stdout!.on('data', (d: string) => {
      hostLog += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_\-.~%]+/.exec(hostLog);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    child.stderr!.on('data', (d: string) => (hostLog += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host exited (${code}) before printing its URL:\n${hostLog}`));
    });
  });
}

/** Calls the host's API directly, with the launch token from the URL. */
async function api<T>(method: string, args: object = {}): Promise<T> {
  const u = new URL(url);
  const token = new URLSearchParams(u.hash.slice(1)).get('token')!;
  const res = await fetch(`${u.origin}/api/call`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Yosan-Token': token },
    body: JSON.stringify({ method, args }),
  });
  const body = (await res.json()) as { ok: boolean; result: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.result;
}

/** Whether `inner`'s box lies within `outer`'s visible box (vertically only, for grid rows
 * that are wider than the grid's viewport). */
async function isWithin(inner: Locator, outer: Locator, verticalOnly = false): Promise<boolean> {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (!a || !b) return false;
  const y = a.y >= b.y - 1 && a.y + a.height <= b.y + b.height + 1;
  return verticalOnly ? y : y && a.x >= b.x - 1 && a.x + a.width <= b.x + b.width + 1;
}

/** The grid renders only visible rows: scroll its viewport until the row exists. */
async function gridRow(rowId: string): Promise<Locator> {
  const row = page.locator(`[data-testid=records-grid] .ag-center-cols-container [row-id="${rowId}"]`);
  const viewport = page.locator('[data-testid=records-grid] .ag-body-viewport');
  await viewport.evaluate((el) => (el.scrollTop = 0));
  for (let i = 0; i < 200 && (await row.count()) === 0; i++) {
    const atEnd = await viewport.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop += el.clientHeight * 0.8;
      return el.scrollTop === before;
    });
    await page.waitForTimeout(50);
    if (atEnd && (await row.count()) === 0) break;
  }
  expect(await row.count(), `grid row ${rowId}`).toBe(1);
  return row;
}

const selectedGridRowId = () =>
  page.locator('[data-testid=records-grid] .ag-center-cols-container .ag-row-selected').getAttribute('row-id');

describe.skipIf(!HAS_CHROMIUM)('workbench in a browser (host + chromium)', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    ensureRendererBuilt();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yosan-e2e-'));
    url = await startHost();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP' });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      // Not errors of the page: meta-delivered CSP cannot carry frame-ancestors (the header
      // does), and a refused import answers with an HTTP 4xx that Chromium logs.
      const text = m.text();
      if (m.type() === 'error' && !text.includes('frame-ancestors') && !text.startsWith('Failed to load resource')) {
        pageErrors.push(text);
      }
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close().catch(() => {});
    if (host && host.exitCode === null) {
      const exited = new Promise((r) => host!.once('exit', r));
      host.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (host.exitCode === null) host.kill('SIGKILL');
    }
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('lists the five sample documents once seeding is done', async () => {
    await page.goto(url);
    // The token leaves the address bar (it stays in sessionStorage for reloads).
    await page.waitForFunction(() => !location.hash.includes('token'));
    const items = page.getByTestId('doc-item');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=doc-item]').length >= n, SEEDS.length, { timeout: 90_000 });
    await page.getByTestId('task-progress').waitFor({ state: 'detached', timeout: 90_000 });
    const names = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-file-name')));
    expect([...names].sort()).toEqual(SEEDS);
    // Each entry shows its record count.
    const text = await page.locator(`[data-testid=doc-item][data-file-name="${DOC}"]`).innerText();
    expect(text).toMatch(/金額 \d+ 件/);
  });

  it('selecting a grid row marks and reveals its amount in the source', async () => {
    const docs = await api<{ id: string; fileName: string }[]>('listDocuments');
    const doc = docs.find((d) => d.fileName === DOC);
    expect(doc, DOC).toBeTruthy();
    const records = await api<WireRecord[]>('listRecords', { documentId: doc!.id });
    const kaken = records.find((r) => r.text === '2,379億円' && (r.item ?? '').includes('科学研究費助成事業'));
    expect(kaken, 'a record for 科学研究費助成事業 2,379億円').toBeTruthy();
    kakenId = kaken!.id;

    await page.locator(`[data-testid=doc-item][data-file-name="${DOC}"]`).click();
    await page.locator(`[data-testid=doc-item][data-file-name="${DOC}"][aria-current=true]`).waitFor();
    await page.locator('[data-testid=source-view] [data-record-id]').first().waitFor();

    const row = await gridRow(kaken!.id);
    await row.locator('[col-id=text]').click();
    await expect.poll(selectedGridRowId, POLL).toBe(kaken!.id);

    const marked = page.locator('[data-testid=source-view] [aria-current="true"]');
    await marked.waitFor();
    expect(await marked.count()).toBe(1);
    expect(await marked.textContent()).toBe('2,379億円');
    expect(await marked.getAttribute('data-record-id')).toBe(kaken!.id);
    await expect.poll(() => isWithin(marked, page.getByTestId('source-view')), POLL).toBe(true);
    // The detail strip shows the record.
    expect(await page.getByTestId('record-detail').innerText()).toContain('科学研究費助成事業');

    // ↓ in the grid moves the selection, and the source follows.
    const next = records.filter((r) => r.start > kaken!.start).sort((a, b) => a.start - b.start)[0];
    await page.keyboard.press('ArrowDown');
    await expect.poll(selectedGridRowId, POLL).toBe(next.id);
    await expect.poll(() => marked.getAttribute('data-record-id'), POLL).toBe(next.id);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => marked.getAttribute('data-record-id'), POLL).toBe(kaken!.id);
  });

  it('clicking a highlighted amount in the source selects its row in the grid', async () => {
    const source = page.getByTestId('source-view');
    const candidates = source.locator('[data-record-id]:not([aria-current="true"])');
    let target: Locator | null = null;
    for (let i = 0; i < (await candidates.count()); i++) {
      const c = candidates.nth(i);
      if (await isWithin(c, source)) {
        target = c;
        break;
      }
    }
    expect(target, 'another highlighted amount in view').not.toBeNull();
    const id = (await target!.getAttribute('data-record-id'))!;
    await target!.click();
    await expect.poll(selectedGridRowId, POLL).toBe(id);
    expect(await source.locator(`[data-record-id="${id}"]`).getAttribute('aria-current')).toBe('true');
    expect(await source.locator('[aria-current="true"]').count()).toBe(1);
    const row = page.locator(`[data-testid=records-grid] .ag-center-cols-container [row-id="${id}"]`);
    await expect.poll(() => isWithin(row, page.locator('[data-testid=records-grid] .ag-body-viewport'), true), POLL).toBe(true);
  });

  it('switches the UI language and remembers the choice', async () => {
    const heading = page.locator('.doc-list .panel-heading');
    const statusHeader = page.locator('[data-testid=records-grid] .ag-header-cell[col-id=status]');
    expect(await heading.textContent()).toBe('文書');
    expect((await statusHeader.innerText()).trim()).toBe('状態');

    await page.getByTestId('lang-en').click();
    await expect.poll(() => heading.textContent(), POLL).toBe('Documents');
    await expect.poll(async () => (await statusHeader.innerText()).trim(), POLL).toBe('Status');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByTestId('lang-en').getAttribute('aria-pressed')).toBe('true');

    // A reload keeps the language (localStorage) and the session (token in sessionStorage).
    await page.reload();
    await page.getByTestId('doc-item').first().waitFor();
    await expect.poll(() => heading.textContent(), POLL).toBe('Documents');

    await page.getByTestId('lang-ja').click();
    await expect.poll(() => heading.textContent(), POLL).toBe('文書');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
  });

  it('shows the host’s message when an import is refused', async () => {
    await page.getByTestId('import-input').setInputFiles({
      name: 'binary.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    });
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-kind')).toBe('error');
    expect(await notice.getAttribute('data-code')).toBeTruthy();
    expect(await notice.innerText()).toMatch(/取り込みに失敗しました: \S+/);
    await notice.getByRole('button').click();
    await notice.waitFor({ state: 'detached' });
  });

  it('is readable at 1280×800 (screenshot) and raised no page errors', async () => {
    await page.locator(`[data-testid=doc-item][data-file-name="${DOC}"]`).click();
    await page.locator(`[data-testid=doc-item][data-file-name="${DOC}"][aria-current=true]`).waitFor();
    await page.locator('[data-testid=source-view] [data-record-id]').first().waitFor();
    expect(kakenId, 'set by an earlier test').not.toBe('');
    await (await gridRow(kakenId)).locator('[col-id=text]').click();
    await page.locator(`[data-testid=source-view] [aria-current="true"][data-record-id="${kakenId}"]`).waitFor();
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    // Nothing of the layout spills out of the window.
    const overflow = await page.evaluate(() => ({
      w: document.documentElement.scrollWidth,
      h: document.documentElement.scrollHeight,
    }));
    expect(overflow.w).toBeLessThanOrEqual(1280);
    expect(overflow.h).toBeLessThanOrEqual(800);
    expect(pageErrors).toEqual([]);
  });
});
