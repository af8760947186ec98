// Documents at scale, end to end: a folder of 60 invented documents, ten of them in a subfolder
// (and four files that are not imported) imported through File ▸ Import folder…, then the document list searched,
// sorted and walked by keyboard, its rows rendered only where visible.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, HAS_CHROMIUM, POLL, SEEDS, seededSession, teardown, warnIfSkipped, type Host } from './harness';

warnIfSkipped('test/e2e/documents-at-scale.test.ts');

const FOLDER_DOCS = 60;
const TOPICS = ['海洋調査', '宇宙開発', 'ＡＩ研究', '防災対策', '学校施設', 'かがく振興'];

/** The i-th invented document (1-based): a title line and a few amounts. */
function invented(i: number): string {
  const topic = TOPICS[i % TOPICS.length];
  return `${topic}事業の概要 第${i}号\n\n令和7年度予算額 ${100 + i}億円（前年度 ${80 + i}億円）\n${topic}推進費 ${i * 3 + 1},200百万円\n`;
}

let tmp = '';
let host: Host | null = null;
let browser: Browser | null = null;
let page: Page;
const pageErrors: string[] = [];

const count = () => page.getByTestId('doc-count').innerText();
const rendered = () => page.getByTestId('doc-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-file-name')!));
const openFile = () => page.locator('[data-testid=doc-item][aria-current=true]').getAttribute('data-file-name');
const toTop = () => page.getByTestId('doc-list').evaluate((el) => (el.scrollTop = 0));
const cursorFile = () => page.locator('[data-testid=doc-item][aria-selected=true]').getAttribute('data-file-name');

describe.skipIf(!HAS_CHROMIUM)('a folder of documents and the list at scale (host + chromium)', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    ({ tmp, host, browser, page } = await seededSession('yosan-e2e-scale-', pageErrors));
  }, 180_000);

  afterAll(() => teardown(browser, host, tmp));

  it('imports a folder through File ▸ Import folder…, naming each refused file and why', async () => {
    const folder = path.join(tmp, 'year');
    fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
    for (let i = 1; i <= FOLDER_DOCS; i++) {
      const sub = i > 50 ? 'sub' : '';
      fs.writeFileSync(path.join(folder, sub, `doc-${String(i).padStart(2, '0')}.txt`), invented(i));
    }
    fs.writeFileSync(path.join(folder, 'later-copy-of-7.txt'), invented(7)); // the same text again (after doc-07.txt in the folder's order)
    fs.writeFileSync(path.join(folder, 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
    fs.writeFileSync(path.join(folder, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47])); // not a document: left out
    fs.writeFileSync(path.join(folder, '.hidden.txt'), invented(999)); // hidden: left out

    await page.goto(host!.url);
    await page.getByTestId('doc-item').first().waitFor(POLL);
    await expect.poll(count, POLL).toBe(`${SEEDS.length} / ${SEEDS.length} 件`);

    await page.getByTestId('file-menu-button').click();
    await expect.poll(() => page.getByTestId('file-importFolder').innerText(), POLL).toBe('フォルダーから取り込む…');
    await page.keyboard.press('Escape');
    await page.getByTestId('importFolder-input').setInputFiles(folder);

    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 120_000 });
    const counts = page.getByTestId('import-summary-counts');
    expect(await counts.getAttribute('data-imported')).toBe(String(FOLDER_DOCS));
    expect(await counts.getAttribute('data-refused')).toBe('2');
    expect(await counts.innerText()).toContain(`${FOLDER_DOCS} 件の文書を取り込みました`);
    const refused = page.getByTestId('import-refused');
    expect(await refused.locator('li[data-file="broken.txt"]').innerText()).toContain('「broken.txt」はテキストではありません(バイナリファイル)。');
    expect(await refused.locator('li[data-file="later-copy-of-7.txt"]').innerText()).toContain('「later-copy-of-7.txt」はすでに取り込まれています(「doc-07.txt」として)。');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'import-summary.png') });
    await page.keyboard.press('Escape');
    await summary.waitFor({ state: 'detached' });

    const total = SEEDS.length + FOLDER_DOCS;
    await expect.poll(count, POLL).toBe(`${total} / ${total} 件`);
    const docs = await host!.api<{ fileName: string }[]>('listDocuments');
    expect(docs.filter((d) => d.fileName.startsWith('doc-'))).toHaveLength(FOLDER_DOCS);
  });

  it('renders only the rows in view', async () => {
    const list = page.getByTestId('doc-list');
    expect(await list.getAttribute('data-rows')).toBe(String(SEEDS.length + FOLDER_DOCS));
    const shown = (await rendered()).length;
    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(30);
    // scrolled to the end, the last document is rendered and the first is not
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(async () => (await rendered()).includes('doc-60.txt'), POLL).toBe(true);
    expect(await rendered()).not.toContain(SEEDS[0]);
  });

  it('searches title and file name whatever the width and case typed, then opens a match by keyboard', async () => {
    await page.getByTestId('doc-list').focus();
    await page.keyboard.press('Shift+D'); // the documents' search
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), POLL).toBe('doc-search');
    await page.keyboard.type('ai研究'); // the titles say ＡＩ研究 (full width)
    const aiDocs = Array.from({ length: FOLDER_DOCS }, (_, k) => k + 1).filter((i) => i % TOPICS.length === 2);
    await expect.poll(count, POLL).toBe(`${aiDocs.length} / ${SEEDS.length + FOLDER_DOCS} 件`);
    for (const f of await rendered()) expect(aiDocs.map((i) => `doc-${String(i).padStart(2, '0')}.txt`)).toContain(f);

    await page.getByTestId('doc-search').fill('ＤＯＣ-5'); // file names doc-50…doc-59, typed in full width and upper case
    await expect.poll(count, POLL).toBe(`10 / ${SEEDS.length + FOLDER_DOCS} 件`);

    // ↓ from the search goes to the list, onto its first row; End, ↑, Enter open a document
    await page.keyboard.press('ArrowDown');
    await expect.poll(cursorFile, POLL).toBe('doc-50.txt');
    await page.keyboard.press('End');
    await expect.poll(cursorFile, POLL).toBe('doc-59.txt');
    await page.keyboard.press('ArrowUp');
    await expect.poll(cursorFile, POLL).toBe('doc-58.txt');
    await page.keyboard.press('Enter');
    await expect.poll(openFile, POLL).toBe('doc-58.txt');
    await expect.poll(() => page.locator('[data-testid=records-grid] .ag-center-cols-container .ag-row').count(), POLL).toBeGreaterThan(0);
    await page.keyboard.press('Home');
    await expect.poll(cursorFile, POLL).toBe('doc-50.txt');
    expect(await openFile()).toBe('doc-58.txt'); // moving the cursor opens nothing
  });

  it('sorts by file (both ways), title and progress; ] follows the list as shown', async () => {
    await page.getByTestId('doc-search').fill('');
    await expect.poll(count, POLL).toBe(`${SEEDS.length + FOLDER_DOCS} / ${SEEDS.length + FOLDER_DOCS} 件`);
    await page.getByTestId('doc-sort-file').click(); // file was the sort: now descending
    expect(await page.getByTestId('doc-sort-file').getAttribute('data-dir')).toBe('desc');
    await toTop();
    await expect.poll(async () => (await rendered())[0], POLL).toBe('doc-60.txt');

    await page.getByTestId('doc-sort-title').click();
    const titles = await page.locator('[data-testid=doc-item] .doc-item-title').allInnerTexts();
    const sorted = [...titles].sort(new Intl.Collator('ja', { numeric: true, sensitivity: 'base' }).compare);
    expect(titles).toEqual(sorted);

    // review one record of a document: it rises to the top when sorted by progress
    const docs = await host!.api<{ id: string; fileName: string }[]>('listDocuments');
    const target = docs.find((d) => d.fileName === 'doc-33.txt')!;
    const recs = await host!.api<{ id: string }[]>('listRecords', { documentId: target.id });
    for (const r of recs) await host!.api('setStatus', { recordId: r.id, status: 'approved' });
    await page.reload();
    await page.getByTestId('doc-item').first().waitFor(POLL);
    await page.getByTestId('doc-sort-progress').click();
    expect(await page.getByTestId('doc-sort-progress').getAttribute('data-dir')).toBe('desc');
    await toTop();
    await expect.poll(async () => (await rendered())[0], POLL).toBe('doc-33.txt');
    await page.locator('[data-testid=doc-item][data-file-name="doc-33.txt"]').click();
    await expect.poll(openFile, POLL).toBe('doc-33.txt');
    await page.getByTestId('doc-list').focus();
    await page.keyboard.press(']');
    await expect.poll(openFile, POLL).toBe((await rendered())[1]);
  });

  it('is readable at 1280×800 with many documents (screenshot) and raised no page errors', async () => {
    await page.getByTestId('doc-sort-file').click();
    await page.getByTestId('doc-search').fill('宇宙');
    await page.getByTestId('doc-list').focus();
    await page.keyboard.press('ArrowDown');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'documents-at-scale.png') });
    expect(pageErrors).toEqual([]);
  });
});
