// End to end: the real browser host (electron/web.ts) as a process, Debian's chromium driven by
// playwright-core, the built renderer. Skipped only when /usr/bin/chromium is missing.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  HAS_CHROMIUM,
  POLL,
  SEEDS,
  ensureRendererBuilt,
  launchBrowser,
  openPage,
  startHost,
  tempDir,
  teardown,
  warnIfSkipped,
  type Host,
} from './harness';

const SCREENSHOT = path.join(ARTIFACTS, 'workbench.png');
const DOC = '001_24b64a88380a38ac.txt';
const ROOT_SEEDS = path.resolve(import.meta.dirname, '../../seeds');

warnIfSkipped('test/e2e/workbench.test.ts');

interface WireRecord {
  id: string;
  text: string;
  item: string | null;
  start: number;
}

let tmp = '';
let host: Host | null = null;
let browser: Browser | null = null;
let kakenId = '';
let page: Page;
const pageErrors: string[] = [];

const api = <T,>(method: string, args: object = {}) => host!.api<T>(method, args);

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
    await ensureRendererBuilt();
    tmp = tempDir('yosan-e2e-');
    host = await startHost(tmp, path.join(tmp, 'w.db'));
    // This file is about the window, not the first-start name prompt (review.test.ts is).
    await host.api('setProfile', { name: 'e2e' });
    browser = await launchBrowser();
    page = await openPage(browser, pageErrors);
  }, 120_000);

  afterAll(() => teardown(browser, host, tmp));

  it('lists the five sample documents once seeding is done', async () => {
    await page.goto(host!.url);
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
    await row.locator('[col-id=yen]').click();
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
    expect(await notice.innerText()).toContain('取り込みに失敗しました: 「binary.txt」はテキストではありません(バイナリファイル)。');
    await notice.getByRole('button').click();
    await notice.waitFor({ state: 'detached' });
  });

  it('words a refused import in Japanese and, after a language switch, in English, naming the user’s files', async () => {
    await page.getByTestId('import-input').setInputFiles({
      name: 'コピー.txt',
      mimeType: 'text/plain',
      buffer: fs.readFileSync(path.join(ROOT_SEEDS, DOC)),
    });
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-code')).toBe('duplicate');
    await expect.poll(() => notice.innerText(), POLL).toContain(`「コピー.txt」はすでに取り込まれています(「${DOC}」として)。`);
    await page.getByTestId('lang-en').click();
    await expect.poll(() => notice.innerText(), POLL).toContain(`コピー.txt is already imported (as ${DOC}).`);
    expect(await notice.innerText()).not.toMatch(/[ぁ-ん]/);
    await page.getByTestId('lang-ja').click();
    await expect.poll(() => notice.innerText(), POLL).toContain('すでに取り込まれています');
    await notice.getByRole('button').click();
    await notice.waitFor({ state: 'detached' });
  });

  it('is readable at 1280×800 (screenshot) and raised no page errors', async () => {
    await page.locator(`[data-testid=doc-item][data-file-name="${DOC}"]`).click();
    await page.locator(`[data-testid=doc-item][data-file-name="${DOC}"][aria-current=true]`).waitFor();
    await page.locator('[data-testid=source-view] [data-record-id]').first().waitFor();
    expect(kakenId, 'set by an earlier test').not.toBe('');
    await (await gridRow(kakenId)).locator('[col-id=yen]').click();
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
