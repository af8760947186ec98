// End to end, from the keyboard alone: first-start name prompt, open a document, approve,
// correct (refused input first), reject, comment, undo; then reload, restart the host on the
// same database, and find everything still there, with its history and author.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  HAS_CHROMIUM,
  POLL,
  ensureRendererBuilt,
  launchBrowser,
  openPage,
  startHost,
  tempDir,
  teardown,
  waitForSeeding,
  warnIfSkipped,
  type Host,
} from './harness';

warnIfSkipped('test/e2e/review.test.ts');

const DOC = '001_24b64a88380a38ac.txt';
const NAME = '花子';
const SCREENSHOT = path.join(ARTIFACTS, 'review.png');
const CORRECTED = 256_600_000_000; // 2,566億円

interface WireRecord {
  id: string;
  documentId: string;
  text: string;
  yen: number;
  item: string | null;
  start: number;
  end: number;
  status: 'pending' | 'approved' | 'rejected';
  approvedBy: string | null;
  edited: string[];
  comments: { actor: string; text: string }[];
}
interface WireHistory {
  actor: string;
  kind: string;
  field: string | null;
  to: unknown;
  undoOf: string | null;
}

let tmp = '';
let dbFile = '';
let host: Host | null = null;
let browser: Browser | null = null;
let page: Page;
const pageErrors: string[] = [];
let docId = '';
/** The document's records in the grid's order (by position), as first loaded. */
let recs: WireRecord[] = [];
let keyPresses = 0;

const api = <T,>(method: string, args: object = {}) => host!.api<T>(method, args);

/** Every key goes through here: the test touches the page only with the keyboard. */
async function key(k: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(k);
    keyPresses++;
  }
}

async function type(text: string): Promise<void> {
  await page.keyboard.type(text);
  keyPresses += [...text].length;
}

const selectedId = () => page.locator('[data-testid=records-grid] .ag-center-cols-container .ag-row-selected').getAttribute('row-id');
const activeTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);
const rowStatus = (id: string) =>
  page.locator(`[data-testid=records-grid] .ag-pinned-left-cols-container [row-id="${id}"] [data-status]`).getAttribute('data-status');
const openDocFile = () => page.locator('[data-testid=doc-item][aria-current=true]').getAttribute('data-file-name');

async function record(id: string): Promise<WireRecord> {
  const all = await api<WireRecord[]>('listRecords', { documentId: docId });
  return all.find((r) => r.id === id)!;
}

/** Opens DOC with ] / [ (the document list's keys), then waits for its grid. */
async function openDocByKeys(): Promise<void> {
  await page.locator('[data-testid=doc-item][aria-current=true]').waitFor(POLL);
  const names = await page.getByTestId('doc-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-file-name')));
  const target = names.indexOf(DOC);
  const current = names.indexOf(await openDocFile());
  const delta = target - current;
  await key(delta >= 0 ? ']' : '[', Math.abs(delta));
  await expect.poll(openDocFile, POLL).toBe(DOC);
  await page.locator(`[data-testid=records-grid] [row-id="${recs[0].id}"]`).first().waitFor(POLL);
}

/** Moves the selection to record `i` with j/k. */
async function selectByKeys(i: number): Promise<void> {
  const cur = await selectedId();
  if (cur === null) await key('j'); // selects the first
  const at = recs.findIndex((r) => r.id === (cur ?? recs[0].id));
  const d = i - (at < 0 ? 0 : at);
  if (d !== 0) await key(d > 0 ? 'j' : 'k', Math.abs(d));
  await expect.poll(selectedId, POLL).toBe(recs[i].id);
}

/** The history tab's entries of record `i` (selects it and shows the tab with h). */
async function historyOf(i: number): Promise<{ actor: string; text: string; kind: string }[]> {
  await selectByKeys(i);
  if ((await page.getByTestId('tab-history').getAttribute('aria-selected')) !== 'true') await key('h');
  const list = page.getByTestId('history');
  await list.waitFor(POLL);
  // The panel reloads when the record changes: wait until it holds the record's steps.
  await expect.poll(() => list.getByTestId('history-entry').count(), POLL).toBeGreaterThan(1);
  return page.getByTestId('history-entry').evaluateAll((els) =>
    els.map((e) => ({
      actor: e.querySelector('.history-actor')?.textContent ?? '',
      text: e.querySelector('.history-what')?.textContent ?? '',
      kind: e.getAttribute('data-kind') ?? '',
    })),
  );
}

/** Everything done in the first session, checked in the UI and through the API. */
async function expectReviewState(label: string): Promise<void> {
  await openDocByKeys();
  for (const i of [0, 1, 2]) expect(await rowStatus(recs[i].id), `${label}: record ${i} approved`).toBe('approved');
  expect(await rowStatus(recs[3].id), `${label}: corrected record pending`).toBe('pending');
  expect(await rowStatus(recs[4].id), `${label}: rejection undone`).toBe('pending');
  const yenCell = page.locator(`[data-testid=records-grid] .ag-center-cols-container [row-id="${recs[3].id}"] [col-id=yen]`);
  expect((await yenCell.innerText()).trim(), `${label}: corrected amount in the grid`).toBe('2,566億円');
  await expect.poll(async () => (await page.getByTestId('review-progress').innerText()).replace(/\s+/g, ' '), POLL).toContain(
    `確認済み 3 / ${recs.length}`,
  );

  // History of each touched record, step by step, with the author.
  for (const i of [0, 1, 2]) {
    const h = await historyOf(i);
    expect(h.some((e) => e.actor === NAME && e.text.includes('状態') && e.text.includes('承認')), `${label}: approval of ${i} in history`).toBe(true);
  }
  const h3 = await historyOf(3);
  expect(h3.find((e) => e.kind === 'set' && e.text.includes('金額'))).toMatchObject({ actor: NAME });
  expect(h3.find((e) => e.kind === 'set')!.text).toContain('2,566億円');
  expect(h3.find((e) => e.kind === 'set')!.text).toContain('原文の再確認');
  expect(h3.find((e) => e.kind === 'comment')).toMatchObject({ actor: NAME });
  expect(h3.find((e) => e.kind === 'created')).toBeTruthy();
  const h4 = await historyOf(4);
  const steps4 = h4.filter((e) => e.kind === 'set');
  expect(steps4).toHaveLength(2);
  expect(steps4.every((e) => e.actor === NAME)).toBe(true);
  expect(steps4[0].text).toContain('取り消し'); // newest first: the undo step is marked
  expect(steps4[1].text).toContain('却下');

  // The comment thread.
  await selectByKeys(3);
  await key('h'); // back to details
  await page.getByTestId('tab-comments').waitFor();
  const comments = page.getByTestId('record-detail').getByTestId('tab-comments');
  expect(await comments.innerText()).toContain('(1)');

  // Cross-check through the API.
  const rows = await api<WireRecord[]>('listRecords', { documentId: docId });
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const i of [0, 1, 2]) expect(byId.get(recs[i].id)).toMatchObject({ status: 'approved', approvedBy: NAME });
  expect(byId.get(recs[3].id)).toMatchObject({ status: 'pending', yen: CORRECTED, edited: ['yen'] });
  expect(byId.get(recs[3].id)!.comments).toMatchObject([{ actor: NAME, text: '単位を原文で確認' }]);
  expect(byId.get(recs[4].id)!.status).toBe('pending');
  const hist = await api<WireHistory[]>('getHistory', { recordId: recs[4].id });
  expect(hist.filter((e) => e.kind === 'set').map((e) => [e.actor, e.to, !!e.undoOf])).toEqual([
    [NAME, 'rejected', false],
    [NAME, 'pending', true],
  ]);
  expect(await api('getProfile')).toEqual({ name: NAME });
}

describe.skipIf(!HAS_CHROMIUM)('review from the keyboard (host + chromium)', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    await ensureRendererBuilt();
    tmp = tempDir('yosan-review-e2e-');
    dbFile = path.join(tmp, 'review.yosan');
    host = await startHost(tmp, dbFile);
    browser = await launchBrowser();
    page = await openPage(browser, pageErrors);
  }, 120_000);

  afterAll(() => teardown(browser, host, tmp));

  it('asks for the reviewer name on first start and shows it in the toolbar', async () => {
    await page.goto(host!.url);
    const dialog = page.getByTestId('profile-dialog');
    await dialog.waitFor(POLL);
    await expect.poll(activeTestId, POLL).toBe('profile-name');
    await type(NAME);
    await key('Enter');
    await dialog.waitFor({ state: 'detached', ...POLL });
    expect(await page.getByTestId('reviewer').innerText()).toContain(NAME);

    await waitForSeeding(host!);
    const docs = await api<{ id: string; fileName: string }[]>('listDocuments');
    docId = docs.find((d) => d.fileName === DOC)!.id;
    recs = (await api<WireRecord[]>('listRecords', { documentId: docId })).sort((a, b) => a.start - b.start || a.end - b.end);
    expect(recs.length).toBeGreaterThan(6);
    expect(recs[3].yen).not.toBe(CORRECTED);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=doc-item]').length >= 5, undefined, { timeout: 90_000 });
  });

  it('reviews from the keyboard: approve ×3, correct, comment, reject, undo', async () => {
    await openDocByKeys();

    // Opened from the keyboard, the document starts at its first pending record; each a
    // approves and moves on to the next pending one.
    await expect.poll(selectedId, POLL).toBe(recs[0].id);
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid=records-grid]')), POLL).toBe(true);
    const before = keyPresses;
    await key('a');
    await expect.poll(selectedId, POLL).toBe(recs[1].id);
    await key('a');
    await key('a');
    await expect.poll(selectedId, POLL).toBe(recs[3].id);
    const perRecord = (keyPresses - before) / 3;
    console.log(`key presses per approved correct record: ${perRecord.toFixed(2)} (${keyPresses - before} keys for 3 records)`);
    expect(perRecord).toBeLessThanOrEqual(2);
    for (const i of [0, 1, 2]) await expect.poll(() => rowStatus(recs[i].id), POLL).toBe('approved');
    // The source view follows the selection.
    await expect.poll(() => page.locator('[data-testid=source-view] [aria-current="true"]').getAttribute('data-record-id'), POLL).toBe(recs[3].id);

    // Correct the amount of record 3: unreadable input first.
    await key('e');
    await expect.poll(activeTestId, POLL).toBe('edit-yen');
    await key('Control+a');
    await type('12億円abc');
    const error = page.getByTestId('edit-yen-error');
    await error.waitFor(POLL);
    await key('Enter'); // refused in place: the form stays, nothing is sent
    expect(await error.innerText()).toContain('5 文字目の「a」は金額に使えません。'); // worded in the UI's language
    expect(await page.getByTestId('edit-form').count()).toBe(1);
    expect((await record(recs[3].id)).yen).toBe(recs[3].yen);
    await key('Control+a');
    await type('2,566億円');
    await expect.poll(() => error.count(), POLL).toBe(0);
    await key('Tab', 7); // previous, supplementary, fy, stage, flags, parent, reason
    await expect.poll(activeTestId, POLL).toBe('edit-reason');
    await type('原文の再確認');
    await key('Enter');
    await page.getByTestId('edit-form').waitFor({ state: 'detached', ...POLL });
    await expect.poll(async () => (await record(recs[3].id)).yen, POLL).toBe(CORRECTED);
    await expect.poll(() => page.getByTestId('record-detail').locator('dd[data-field=yen]').innerText(), POLL).toBe('2,566億円');
    // Focus is back in the grid.
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid=records-grid]')), POLL).toBe(true);

    // Comment on it: c focuses the box, Enter posts, focus returns to the grid.
    await key('c');
    await expect.poll(activeTestId, POLL).toBe('comment-box');
    await type('単位を原文で確認');
    await key('Enter');
    await expect.poll(() => page.getByTestId('comment').count(), POLL).toBe(1);
    expect(await page.getByTestId('comment').innerText()).toContain(NAME);
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid=records-grid]')), POLL).toBe(true);

    // Reject record 4, then undo the rejection.
    await key('j');
    await expect.poll(selectedId, POLL).toBe(recs[4].id);
    await key('r');
    await expect.poll(() => rowStatus(recs[4].id), POLL).toBe('rejected');
    await expect.poll(selectedId, POLL).toBe(recs[5].id);
    await expect.poll(async () => (await record(recs[4].id)).status, POLL).toBe('rejected');
    await key('Control+z');
    await expect.poll(() => rowStatus(recs[4].id), POLL).toBe('pending');
    const notice = page.getByTestId('notice');
    await expect.poll(() => notice.innerText(), POLL).toMatch(/元に戻しました: 状態: 未確認 → 却下/);
    await expect.poll(selectedId, POLL).toBe(recs[4].id);
    expect((await record(recs[4].id)).status).toBe('pending');

    // The shortcuts overlay opens with ? and closes with Esc.
    await key('?');
    await page.getByTestId('help-overlay').waitFor(POLL);
    await key('Escape');
    await page.getByTestId('help-overlay').waitFor({ state: 'detached', ...POLL });

    await expectReviewState('same session');
  });

  it('keeps everything over a reload', async () => {
    await page.reload();
    await page.getByTestId('doc-item').first().waitFor(POLL);
    expect(await page.getByTestId('profile-dialog').count()).toBe(0);
    await expectReviewState('after reload');
  });

  it('keeps everything over a host restart on the same database', async () => {
    await host!.stop();
    host = await startHost(tmp, dbFile);
    await page.goto(host.url); // the new host has a new launch token
    await page.getByTestId('doc-item').first().waitFor(POLL);
    expect(await page.getByTestId('profile-dialog').count()).toBe(0);
    expect(await page.getByTestId('reviewer').innerText()).toContain(NAME);
    await expectReviewState('after restart');

    // The review view, with the corrected record and its history.
    await selectByKeys(3);
    await key('h');
    await page.getByTestId('history').waitFor(POLL);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    const overflow = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
    expect(overflow.w).toBeLessThanOrEqual(1280);
    expect(overflow.h).toBeLessThanOrEqual(800);
    expect(pageErrors).toEqual([]);
    console.log(`review e2e: ${keyPresses} key presses in all`);
  });
});
