// Exchange end to end: a colleague's review file (made with the CLI) is merged through the UI
// of the browser host after a concurrent change of the same amount here: preview, confirm,
// summary, conflicts filter, choose a side; a refused file leaves everything as it was; the
// exported review file merges cleanly with the CLI.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yosan } from '../helpers/cli';
import { ARTIFACTS, HAS_CHROMIUM, POLL, ROOT, answerProfile, ensureRendererBuilt, launchBrowser, openPage, startHost, teardown, tempDir, warnIfSkipped, type Host } from './harness';

warnIfSkipped('test/e2e/exchange.test.ts');

const DOC = '004_8439e93dcf65bf03.txt';
const NAME = '花子';
const COLLEAGUE = '太郎';
const SCREENSHOT = path.join(ARTIFACTS, 'exchange.png');

interface WireRecord {
  id: string;
  documentId: string;
  text: string;
  yen: number;
  item: string | null;
  start: number;
  status: string;
  conflicts: { field: string; sides: { eventId: string; value: unknown; actor: string }[] }[];
}

let tmp = '';
let host: Host | null = null;
let browser: Browser | null = null;
let page: Page;
const pageErrors: string[] = [];
let colleagueDb = '';
let colleagueFile = '';
let recordId = '';
let docId = '';

const api = <T,>(method: string, args: object = {}) => host!.api<T>(method, args);
const selectedId = () => page.locator('[data-testid=records-grid] .ag-center-cols-container .ag-row-selected').getAttribute('row-id');
const openDocFile = () => page.locator('[data-testid=doc-item][aria-current=true]').getAttribute('data-file-name');
const record = async () => (await api<WireRecord[]>('listRecords', { documentId: docId })).find((r) => r.id === recordId)!;

describe.skipIf(!HAS_CHROMIUM)('merge a colleague’s review file (host + chromium)', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    await ensureRendererBuilt();
    tmp = tempDir('yosan-exchange-e2e-');
    // The colleague's file: the document imported and one amount corrected by 太郎.
    colleagueDb = path.join(tmp, 'colleague.yosan');
    colleagueFile = path.join(tmp, 'from-taro.yosan');
    const env = { YOSAN_HOME: path.join(tmp, 'colleague-home') };
    expect(yosan(['import', '--db', colleagueDb, path.join(ROOT, 'seeds', DOC)], env).code).toBe(0);
    const listed = yosan(['records', '--db', colleagueDb], env);
    expect(listed.code).toBe(0);
    const rows = listed.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
    expect(rows).toHaveLength(7);
    recordId = rows.find((r) => r.text === '5,000億円')!.id;
    const set = yosan(['review', '--db', colleagueDb, '--as', COLLEAGUE, 'set', recordId, 'yen', '5,001億円'], env);
    expect(set.code, set.stderr).toBe(0);
    const exported = yosan(['export', '--db', colleagueDb, '--out', colleagueFile], env);
    expect(exported.code, exported.stderr).toBe(0);

    host = await startHost(tmp, path.join(tmp, 'mine.yosan'));
    browser = await launchBrowser();
    page = await openPage(browser, pageErrors);
    // Keep file-chooser interception on from the start (enabling it on the first waitForEvent
    // races with the key press that opens the chooser).
    page.on('filechooser', () => {});
  }, 180_000);

  afterAll(() => teardown(browser, host, tmp));

  it('changes the same amount here first', async () => {
    await page.goto(host!.url);
    await answerProfile(page, host!, NAME, 'fill');
    const docs = await api<{ id: string; fileName: string }[]>('listDocuments');
    docId = docs.find((d) => d.fileName === DOC)!.id;
    await page.locator(`[data-testid=doc-item][data-file-name="${DOC}"]`).click();
    await expect.poll(openDocFile, POLL).toBe(DOC);
    const row = page.locator(`[data-testid=records-grid] .ag-center-cols-container [row-id="${recordId}"]`);
    await row.waitFor(POLL);
    // The grid settles after the document's rows arrive (its focused cell may move once).
    await page.waitForTimeout(500);
    await row.click();
    await expect.poll(selectedId, POLL).toBe(recordId);
    await expect.poll(() => page.getByTestId('record-detail').locator('.detail-item').innerText(), POLL).toBe('K program');
    await page.keyboard.press('e');
    await page.getByTestId('edit-yen').fill('5,002億円');
    expect(await page.getByTestId('record-detail').locator('.detail-item').innerText()).toBe('K program');
    await page.keyboard.press('Enter');
    await page.getByTestId('edit-form').waitFor({ state: 'detached', ...POLL });
    await expect.poll(async () => (await record()).yen, POLL).toBe(500_200_000_000);
  });

  it('refuses a file that is not a review file, and nothing changes', async () => {
    const before = await api<{ reviewed: number; total: number }>('getProgress');
    await page.getByTestId('merge-input').setInputFiles({ name: 'notes.yosan', mimeType: 'application/octet-stream', buffer: Buffer.from('not a database at all') });
    const error = page.getByTestId('merge-error');
    await error.waitFor(POLL);
    expect(await error.getAttribute('data-code')).toBe('refused_file');
    expect(await page.getByTestId('merge-dialog').innerText()).toContain('変更されていません');
    await page.keyboard.press('Escape');
    await page.getByTestId('merge-dialog').waitFor({ state: 'detached', ...POLL });
    expect(await api('getProgress')).toEqual(before);
    expect((await record()).yen).toBe(500_200_000_000);
  });

  it('merges through the File menu: preview, Enter, summary, conflicts', async () => {
    // F opens the File menu; ↓↓↓ (past Import documents…, Import folder…, Open…) to "Merge review
    // file…"; Enter opens the browser's file chooser.
    await page.locator('body').click({ position: { x: 5, y: 790 } });
    await page.keyboard.press('f');
    await page.getByTestId('file-menu').waitFor(POLL);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), POLL).toBe('file-merge');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', POLL), page.keyboard.press('Enter')]);
    await chooser.setFiles(colleagueFile);

    const preview = page.getByTestId('merge-preview');
    await preview.waitFor(POLL);
    const num = async (prefix: string, key: string) => Number(await page.getByTestId(`${prefix}-${key}`).innerText());
    expect(await num('merge-preview', 'documents')).toBe(0); // the same document is already here
    expect(await num('merge-preview', 'records')).toBe(1);
    expect(await num('merge-preview', 'conflicts')).toBe(1);
    expect(await num('merge-preview', 'events')).toBeGreaterThanOrEqual(1);
    const previewEvents = await num('merge-preview', 'events');
    // Nothing has changed yet.
    expect((await record()).conflicts).toEqual([]);

    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), POLL).toBe('merge-confirm');
    await page.keyboard.press('Enter');
    const result = page.getByTestId('merge-result');
    await result.waitFor(POLL);
    expect(await num('merge-result', 'conflicts')).toBe(1);
    expect(await num('merge-result', 'events')).toBe(previewEvents);
    expect(await page.getByTestId('merge-dialog').innerText()).toContain('統合しました');

    // Show conflicts (focused): the filter is on, the record selected.
    await page.keyboard.press('Enter');
    await page.getByTestId('merge-dialog').waitFor({ state: 'detached', ...POLL });
    expect(await page.getByTestId('filter-conflicts').isChecked()).toBe(true);
    expect(await page.getByTestId('conflict-count').getAttribute('data-count')).toBe('1');
    await expect.poll(() => page.locator('[data-testid=records-grid] .ag-center-cols-container .ag-row').count(), POLL).toBe(1);
    await expect.poll(selectedId, POLL).toBe(recordId);
    const sides = page.getByTestId('conflict-side');
    expect(await sides.count()).toBe(2);
    const texts = await sides.allInnerTexts();
    expect(texts.join('\n')).toContain('5,001億円');
    expect(texts.join('\n')).toContain('5,002億円');
    expect(texts.join('\n')).toContain(COLLEAGUE);
    expect(texts.join('\n')).toContain(NAME);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    // Choose 太郎's value with its number key.
    const taro = texts.findIndex((t) => t.includes(COLLEAGUE)) + 1;
    await page.getByTestId('records-grid').locator('.ag-row-selected').first().click();
    await page.keyboard.press(String(taro));
    await expect.poll(async () => (await record()).conflicts.length, POLL).toBe(0);
    expect((await record()).yen).toBe(500_100_000_000);
    await expect.poll(() => page.getByTestId('conflict-count').getAttribute('data-count'), POLL).toBe('0');
    expect(await page.getByTestId('notice').innerText()).toContain('5,001億円');
  });

  it('exports the review file as a download that merges cleanly with the CLI', async () => {
    await page.getByTestId('file-menu-button').click();
    const [download] = await Promise.all([page.waitForEvent('download', POLL), page.getByTestId('file-export').click()]);
    const saved = path.join(tmp, download.suggestedFilename());
    await download.saveAs(saved);
    expect(saved).toMatch(/\.yosan$/);
    await expect.poll(() => page.getByTestId('notice').innerText(), POLL).toContain('.yosan');

    const merged = yosan(['merge', '--db', colleagueDb, saved], { YOSAN_HOME: path.join(tmp, 'colleague-home') });
    expect(merged.code, merged.stderr).toBe(0);
    const summary = JSON.parse(merged.stdout.trim()) as { conflicts: number; events: number; documents: number };
    expect(summary.documents).toBe(4); // the other seeds
    expect(summary.events).toBeGreaterThan(0);
    // The colleague now holds the resolution too: the amount is 太郎's, no conflict left.
    const rows = yosan(['records', '--db', colleagueDb], { YOSAN_HOME: path.join(tmp, 'colleague-home') })
      .stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; yen: number; conflicts?: unknown[] });
    const r = rows.find((x) => x.id === recordId)!;
    expect(r.yen).toBe(500_100_000_000);
    const overflow = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
    expect(overflow.w).toBeLessThanOrEqual(1280);
    expect(overflow.h).toBeLessThanOrEqual(800);
    expect(pageErrors).toEqual([]);
  });

  it('Open: the window title and the toolbar name the opened file, and say it is a copy', async () => {
    expect(await page.title()).toBe('mine.yosan — 予算ワークベンチ');
    await page.getByTestId('open-input').setInputFiles({ name: '太郎の確認.yosan', mimeType: 'application/octet-stream', buffer: fs.readFileSync(colleagueFile) });
    await expect.poll(() => page.title(), POLL).toBe('太郎の確認.yosan — 予算ワークベンチ');
    const open = page.getByTestId('open-file');
    expect(await open.innerText()).toContain('太郎の確認.yosan');
    await page.getByTestId('open-file-copy').waitFor(POLL);
    const detail = await open.getAttribute('title');
    expect(detail).toContain('「太郎の確認.yosan」は書き込めないため');
    expect(detail).toContain(path.join('opened', '')); // where the copy is
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.title(), POLL).toBe('太郎の確認.yosan — Yosan Workbench');
    await page.getByTestId('lang-ja').click();
  });

  it('File ▸ save back offers the copy under the name of the file it was copied from', async () => {
    await page.getByTestId('file-menu-button').click();
    const item = page.getByTestId('file-save-back');
    expect(await item.innerText()).toBe('「太郎の確認.yosan」として保存し直す…');
    const [download] = await Promise.all([page.waitForEvent('download', POLL), item.click()]);
    expect(download.suggestedFilename()).toBe('太郎の確認.yosan');
    const saved = path.join(tmp, 'saved-back.yosan');
    await download.saveAs(saved);
    // what comes back is the database as worked on: the CLI reads its records
    expect(yosan(['records', '--db', saved], { YOSAN_HOME: path.join(tmp, 'colleague-home') }).code).toBe(0);
  });

  it('File ▸ recent files reopens the database worked on before', async () => {
    await page.getByTestId('file-menu-button').click();
    const recent = page.getByTestId('file-recent');
    await recent.first().waitFor(POLL);
    expect(await recent.allInnerTexts()).toEqual(['mine.yosan']);
    await recent.first().click();
    await expect.poll(() => page.title(), POLL).toBe('mine.yosan — 予算ワークベンチ');
    expect(await page.getByTestId('open-file-copy').count()).toBe(0);
    expect((await record()).yen).toBe(500_100_000_000); // the merged correction, still here
  });
});
