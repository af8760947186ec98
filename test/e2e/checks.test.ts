// Nothing slips past review, end to end: on an invented document with a figure the extractor
// did not take and a table whose parts do not add up to its 計 row, dismiss the candidate from
// the keyboard with a reason, see the failed sum check with its numbers, accept it with a
// reason, approve the records and sign off (refused before, allowed after; the summary counts
// the total once and lists the accepted check).
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, HAS_CHROMIUM, POLL, answerProfile, ensureRendererBuilt, launchBrowser, openPage, startHost, teardown, tempDir, warnIfSkipped, type Host } from './harness';

warnIfSkipped('test/e2e/checks.test.ts');

const NAME = '確認 次郎';
const FILE = 'harbour-r9.txt';
// invented: 1,200 + 845 = 2,045 but the 計 row says 2,054; 物流対策費 310億円増 is a figure no record takes
const TEXT = '令和9年度 港湾局予算\n(単位:億円)\n事項\t令和9年度\t令和8年度\n岸壁整備\t1,200\t1,150\n航路浚渫\t845\t820\n計\t2,054\t1,970\n\n前年度比較 84億円増\n\n物流対策費 310億円増\n';
const REASON = '計の欄は原資料の誤植(内訳が正しい)';

interface WireRecord { id: string; text: string; status: string; start: number; parent: string | null }
interface WireCandidate { id: string; text: string; status: string; reason: string | null }
interface WireCheck { kind: string; status: string; record: string; expected: number; actual: number }

let tmp = '';
let host: Host | null = null;
let browser: Browser | null = null;
let page: Page;
const pageErrors: string[] = [];
let docId = '';

const api = <T,>(method: string, args: object = {}) => host!.api<T>(method, args);
const records = async () => (await api<WireRecord[]>('listRecords', { documentId: docId })).sort((a, b) => a.start - b.start);

describe.skipIf(!HAS_CHROMIUM)('candidates and checks (host + chromium)', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    await ensureRendererBuilt();
    tmp = tempDir('yosan-checks-e2e-');
    host = await startHost(tmp, path.join(tmp, 'review.yosan'));
    browser = await launchBrowser();
    page = await openPage(browser, pageErrors);
  }, 240_000);

  afterAll(() => teardown(browser, host, tmp));

  it('shows the candidate, dashed in the source and counted, and dismisses it from the keyboard', async () => {
    await page.goto(host!.url);
    await answerProfile(page, host!, NAME);
    const imported = await api<{ document: { id: string } }>('importDocument', { fileName: FILE, dataBase64: Buffer.from(TEXT).toString('base64') });
    docId = imported.document.id;
    await page.reload();
    const item = page.locator(`[data-testid=doc-item][data-file-name="${FILE}"]`);
    await item.waitFor(POLL);
    await expect.poll(() => item.getByTestId('doc-review-counts').getAttribute('data-candidates'), POLL).toBe('1');
    await item.click();
    const mark = page.locator('[data-candidate-id]');
    await mark.waitFor(POLL);
    expect(await mark.innerText()).toBe('310億円');
    expect(await mark.getAttribute('data-candidate-status')).toBe('open');
    await expect.poll(() => page.getByTestId('toolbar-review-counts').getAttribute('data-candidates'), POLL).toBe('1');
    await expect.poll(() => page.getByTestId('toolbar-review-counts').getAttribute('data-failed'), POLL).toBe('1');

    // sign-off is refused while the candidate is undecided and the sum check failed
    const preview = await api<{ blockers: string[] }>('signoffPreview', { documentId: docId });
    expect(preview.blockers.join('; ')).toMatch(/1 figure\(s\) nobody reviewed.*1 failed check/);

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('g'); // next candidate
    await page.getByTestId('candidate-detail').waitFor(POLL);
    await page.screenshot({ path: path.join(ARTIFACTS, 'checks-candidate.png') });
    await page.keyboard.press('d'); // dismiss: the reasons
    await page.getByTestId('dismiss-dialog').waitFor(POLL);
    await page.keyboard.press('3'); // a duplicate
    await page.keyboard.press('Enter');
    await page.getByTestId('dismiss-dialog').waitFor({ state: 'detached', ...POLL });
    await expect.poll(async () => (await api<WireCandidate[]>('listCandidates', { documentId: docId }))[0], POLL).toMatchObject({ text: '310億円', status: 'dismissed', reason: 'duplicate' });
    await expect.poll(() => mark.getAttribute('data-candidate-status'), POLL).toBe('dismissed');
    await expect.poll(() => page.getByTestId('toolbar-review-counts').getAttribute('data-candidates'), POLL).toBe('0');
  });

  it('shows the failed sum check with its numbers and accepts it with a reason', async () => {
    const recs = await records();
    const total = recs.find((r) => r.text === '2,054')!;
    expect(recs.filter((r) => r.parent === total.id).map((r) => r.text)).toEqual(['1,200', '845']);
    await page.getByTestId('filter-checks').check();
    const row = page.locator(`[data-testid=records-grid] .ag-center-cols-container [row-id="${total.id}"]`);
    await row.waitFor(POLL);
    await row.click();
    const check = page.locator('[data-testid=check][data-kind=sum]');
    await check.waitFor(POLL);
    expect(await check.getAttribute('data-status')).toBe('fail');
    expect(await check.getByTestId('check-text').innerText()).toBe('内訳の合計は 2,045億円、合計欄は 2,054億円: 差 9億円');
    await page.screenshot({ path: path.join(ARTIFACTS, 'checks-record.png') });
    await page.keyboard.press('x');
    await page.getByTestId('accept-dialog').waitFor(POLL);
    await page.keyboard.type(REASON);
    await page.keyboard.press('Enter');
    await page.getByTestId('accept-dialog').waitFor({ state: 'detached', ...POLL });
    await expect.poll(() => check.getAttribute('data-status'), POLL).toBe('accepted');
    expect(await check.innerText()).toContain(REASON);
    const checks = await api<WireCheck[]>('listChecks', { documentId: docId });
    expect(checks.find((c) => c.kind === 'sum')).toMatchObject({ status: 'accepted', record: total.id, expected: 205_400_000_000, actual: 204_500_000_000 });
    await page.getByTestId('filter-checks').uncheck();
  });

  it('signs off: the total counted once, the accepted check listed', async () => {
    const recs = await records();
    const first = page.locator(`[data-testid=records-grid] .ag-center-cols-container [row-id="${recs[0].id}"]`);
    await first.click();
    for (let i = 0; i < recs.length; i++) await page.keyboard.press('a');
    await expect.poll(async () => (await records()).every((r) => r.status === 'approved'), POLL).toBe(true);
    await page.keyboard.press('Shift+S');
    await page.getByTestId('signoff-dialog').waitFor(POLL);
    await expect.poll(() => page.getByTestId('signoff-by-stage').innerText(), POLL).toContain('2,054億円');
    expect(await page.getByTestId('signoff-parts').innerText()).toContain('2');
    expect(await page.getByTestId('signoff-accepted').innerText()).toContain(REASON);
    expect(await page.getByTestId('signoff-blockers').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'checks-signoff.png') });
    await page.getByTestId('signoff-sign').click();
    await expect.poll(() => page.getByTestId('signoff-badge').getAttribute('data-state'), POLL).toBe('valid');
    expect(pageErrors).toEqual([]);
  });
});
