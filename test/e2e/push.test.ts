// Pushed updates and refusal reasons in the real browser: the browser host as a process, its
// page in Debian's chromium. A review made through the CLI on the same database file shows up
// in the open grid and the progress counts without any action in the page; the page asks for
// the task once and never polls; a damaged file offered to Open is refused with its reason
// worded in the UI's language.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yosan } from '../helpers/cli';
import { ARTIFACTS, HAS_CHROMIUM, POLL, answerProfile, ensureRendererBuilt, launchBrowser, openPage, startHost, teardown, tempDir, warnIfSkipped, type Host } from './harness';

warnIfSkipped('test/e2e/push.test.ts');

const DOC = '004_8439e93dcf65bf03.txt';

let tmp = '';
let host: Host | null = null;
let browser: Browser | null = null;
let page: Page;
const pageErrors: string[] = [];
/** API methods the page called, in order. */
const called: string[] = [];

const rowStatus = (id: string) =>
  page.locator(`[data-testid=records-grid] .ag-pinned-left-cols-container [row-id="${id}"] [data-status]`).getAttribute('data-status');
const progressText = async () => (await page.getByTestId('review-progress').innerText()).replace(/\s+/g, ' ');

describe.skipIf(!HAS_CHROMIUM)('pushed updates and refusals in the browser (host + chromium)', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    await ensureRendererBuilt();
    tmp = tempDir('yosan-push-e2e-');
    host = await startHost(tmp, path.join(tmp, 'mine.yosan'));
    browser = await launchBrowser();
    page = await openPage(browser, pageErrors);
    page.on('request', (req) => {
      if (req.url().endsWith('/api/call')) called.push((JSON.parse(req.postData() ?? '{}') as { method?: string }).method ?? '');
    });
    page.on('filechooser', () => {});
  }, 180_000);

  afterAll(() => teardown(browser, host, tmp));

  it('opened during first-start seeding, the page shows every document as it lands, asking for the task once per start', async () => {
    await page.goto(host!.url); // the host seeds as it starts: the page may see it under way or done
    await answerProfile(page, host!, '花子', 'fill');
    await expect.poll(() => page.getByTestId('doc-item').count(), POLL).toBe(5);
    await page.getByTestId('task-progress').waitFor({ state: 'detached', ...POLL });
    // Once per start of the app (React's strict mode starts it twice), beside getInfo: never polled.
    const count = (m: string) => called.filter((c) => c === m).length;
    expect(count('getTask'), called.join(' ')).toBe(count('getInfo'));
    expect(count('getTask')).toBeLessThanOrEqual(2);
  });

  it('a review made through the CLI on the same file shows up in the open grid and the counts', async () => {
    await page.locator(`[data-testid=doc-item][data-file-name="${DOC}"]`).click();
    const docs = await host!.api<{ id: string; fileName: string }[]>('listDocuments');
    const documentId = docs.find((d) => d.fileName === DOC)!.id;
    const records = await host!.api<{ id: string; status: string }[]>('listRecords', { documentId });
    const target = records.filter((r) => r.status === 'pending')[1];
    await expect.poll(() => rowStatus(target.id), POLL).toBe('pending');
    await expect.poll(progressText, POLL).toContain('確認済み 0 /');
    const before = called.length;
    const r = yosan(['review', '--db', path.join(tmp, 'mine.yosan'), '--as', '次郎', 'approve', target.id], { YOSAN_HOME: tmp });
    expect(r.code, r.stderr).toBe(0);
    await expect.poll(() => rowStatus(target.id), POLL).toBe('approved');
    await expect.poll(progressText, POLL).toContain('確認済み 1 /');
    // Only what the push named was asked for: the changed row, the counts, the sign-off state, and
    // the open document's candidates and checks (nothing over every document: no listDocuments).
    const after = called.slice(before);
    expect(after).toEqual(expect.arrayContaining(['getProgress', 'listRecords', 'listSignoffs']));
    expect(after.filter((m) => !['getProgress', 'listRecords', 'listSignoffs', 'listCandidates', 'listChecks'].includes(m))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('a damaged file offered to Open is refused with its reason in the UI’s language; the database stays open', async () => {
    const damaged = Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4000, 0x5a)]);
    await page.getByTestId('open-input').setInputFiles({ name: '壊れた.yosan', mimeType: 'application/octet-stream', buffer: damaged });
    const notice = page.getByTestId('notice');
    await expect.poll(() => notice.getAttribute('data-code'), POLL).toBe('refused_file');
    await expect.poll(() => notice.innerText(), POLL).toContain('「壊れた.yosan」を受け付けませんでした。開いているデータベースは変わっていません。理由: ファイルが壊れています。');
    expect(await notice.innerText()).not.toMatch(/internal|damaged/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'open-refused.png') });
    await page.getByTestId('lang-en').click();
    await expect.poll(() => notice.innerText(), POLL).toContain('壊れた.yosan was refused; the open database is unchanged. Reason: the file is damaged.');
    await page.getByTestId('lang-ja').click();
    expect(await page.title()).toBe('mine.yosan — 予算ワークベンチ');
    expect(pageErrors).toEqual([]);
  });
});
