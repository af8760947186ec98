// Sign-off end to end: approve a whole document from the keyboard, sign it off with a note in
// the Sign-off dialog, see the badge say valid, export the signed CSV (data + manifest) as
// downloads and verify them with the CLI; then correct one record and see the badge turn
// stale, naming that record.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yosan } from '../helpers/cli';
import { ARTIFACTS, HAS_CHROMIUM, POLL, answerProfile, ensureRendererBuilt, launchBrowser, openPage, startHost, teardown, tempDir, warnIfSkipped, type Host } from './harness';

warnIfSkipped('test/e2e/signoff.test.ts');

const DOC = '004_8439e93dcf65bf03.txt';
const NAME = '監督 花子';
const NOTE = '2025年度分として確認済み';
const SCREENSHOT = path.join(ARTIFACTS, 'signoff.png');

interface WireRecord {
  id: string;
  item: string | null;
  text: string;
  yen: number;
  start: number;
  end: number;
  status: string;
}

let tmp = '';
let host: Host | null = null;
let browser: Browser | null = null;
let page: Page;
const pageErrors: string[] = [];
let docId = '';
let recs: WireRecord[] = [];
const downloads: Download[] = [];

const api = <T,>(method: string, args: object = {}) => host!.api<T>(method, args);
const records = () => api<WireRecord[]>('listRecords', { documentId: docId });
const selectedId = () => page.locator('[data-testid=records-grid] .ag-center-cols-container .ag-row-selected').getAttribute('row-id');
const badge = () => page.getByTestId('signoff-badge').getAttribute('data-state');
const docBadge = () => page.locator(`[data-testid=doc-item][data-file-name="${DOC}"] [data-testid=doc-signoff]`).getAttribute('data-state');

describe.skipIf(!HAS_CHROMIUM)('sign off a reviewed document (host + chromium)', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    await ensureRendererBuilt();
    tmp = tempDir('yosan-signoff-e2e-');
    host = await startHost(tmp, path.join(tmp, 'supervisor.yosan'));
    browser = await launchBrowser();
    page = await openPage(browser, pageErrors);
    page.on('download', (d) => downloads.push(d));
  }, 180_000);

  afterAll(() => teardown(browser, host, tmp));

  it('approves every record of the document from the keyboard', async () => {
    await page.goto(host!.url);
    await answerProfile(page, host!, NAME);
    docId = (await api<{ id: string; fileName: string }[]>('listDocuments')).find((d) => d.fileName === DOC)!.id;
    recs = (await records()).sort((a, b) => a.start - b.start || a.end - b.end);
    expect(recs).toHaveLength(7);

    await page.locator(`[data-testid=doc-item][data-file-name="${DOC}"]`).click();
    const first = page.locator(`[data-testid=records-grid] .ag-center-cols-container [row-id="${recs[0].id}"]`);
    await first.waitFor(POLL);
    await page.waitForTimeout(500);
    // Not signed yet.
    expect(await badge()).toBe('none');
    await first.click(); // the keyboard goes to the grid, on the first record
    await expect.poll(selectedId, POLL).toBe(recs[0].id);
    // a approves and moves on to the next pending record.
    for (let i = 0; i < recs.length; i++) {
      await page.keyboard.press('a');
      if (i + 1 < recs.length) await expect.poll(selectedId, POLL).toBe(recs[i + 1].id);
    }
    await expect.poll(async () => (await records()).every((r) => r.status === 'approved'), POLL).toBe(true);
    await expect.poll(() => page.getByTestId('review-progress').innerText(), POLL).toContain('7 / 7');
  });

  it('signs off with a note: summary, Enter, badge valid', async () => {
    await page.keyboard.press('Shift+S');
    const dialog = page.getByTestId('signoff-dialog');
    await dialog.waitFor(POLL);
    await expect.poll(() => page.getByTestId('signoff-counts').innerText(), POLL).toBe('金額 7 件: 承認 7 件、却下 0 件');
    expect(await page.getByTestId('signoff-by-stage').innerText()).toMatch(/億円|兆円/);
    expect(await page.getByTestId('signoff-approvers').innerText()).toContain(NAME);
    expect(await page.getByTestId('signoff-blockers').count()).toBe(0);
    expect(await page.getByTestId('signoff-sign').isEnabled()).toBe(true);
    // Export needs a sign-off first.
    expect(await page.getByTestId('export-csv').isDisabled()).toBe(true);

    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), POLL).toBe('signoff-note');
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Enter');
    await expect.poll(badge, POLL).toBe('valid');
    await expect.poll(docBadge, POLL).toBe('valid');
    const latest = page.getByTestId('signoff-latest');
    await latest.waitFor(POLL);
    expect(await latest.getAttribute('data-state')).toBe('valid');
    expect(await latest.innerText()).toContain(NOTE);
    expect(await page.getByTestId('signoff-badge').innerText()).toContain('有効');
    const views = await api<{ state: string; note: string; records: number }[]>('listSignoffs', { documentId: docId });
    expect(views).toMatchObject([{ state: 'valid', note: NOTE, records: 7 }]);
  });

  it('exports the signed CSV (data + manifest) and the CLI verifies it', async () => {
    await expect.poll(() => page.getByTestId('export-csv').isEnabled(), POLL).toBe(true);
    await page.getByTestId('export-csv').click();
    await expect.poll(() => downloads.length, POLL).toBe(2);
    const out = path.join(tmp, 'export');
    fs.mkdirSync(out);
    for (const d of downloads) await d.saveAs(path.join(out, d.suggestedFilename()));
    const names = fs.readdirSync(out).sort();
    const manifest = names.find((n) => n.endsWith('.manifest.json'));
    expect(manifest, names.join(', ')).toBeTruthy();
    expect(names.some((n) => n.endsWith('.csv'))).toBe(true);
    await expect.poll(() => page.getByTestId('notice').innerText(), POLL).toContain('.manifest.json');

    const v = yosan(['verify', path.join(out, manifest!)], { YOSAN_HOME: tmp });
    expect(v.code, v.stderr + v.stdout).toBe(0);
    expect(v.stdout).toMatch(/^valid /);
    await page.keyboard.press('Escape');
    await page.getByTestId('signoff-dialog').waitFor({ state: 'detached', ...POLL });
  });

  it('turns stale after one record changes, and names that record', async () => {
    const target = recs[2];
    const row = page.locator(`[data-testid=records-grid] .ag-center-cols-container [row-id="${target.id}"]`);
    await row.click();
    await expect.poll(selectedId, POLL).toBe(target.id);
    await page.keyboard.press('e');
    const input = page.getByTestId('edit-yen');
    await input.waitFor(POLL);
    await input.fill('999億円');
    await page.keyboard.press('Enter');
    await page.getByTestId('edit-form').waitFor({ state: 'detached', ...POLL });
    await expect.poll(async () => (await records()).find((r) => r.id === target.id)!.yen, POLL).toBe(99_900_000_000);

    await expect.poll(badge, POLL).toBe('stale');
    await expect.poll(docBadge, POLL).toBe('stale');
    expect(await page.getByTestId('signoff-badge').innerText()).toContain('1 件変更');

    await page.keyboard.press('Shift+S');
    await page.getByTestId('signoff-dialog').waitFor(POLL);
    const changed = page.getByTestId('signoff-changed');
    await changed.waitFor(POLL);
    expect(await changed.innerText()).toContain(target.item ?? target.text);
    expect(await page.getByTestId('signoff-latest').getAttribute('data-state')).toBe('stale');
    // Signing again is blocked until the record is reviewed again.
    await page.getByTestId('signoff-blockers').waitFor(POLL);
    expect(await page.getByTestId('signoff-blockers').innerText()).toContain('承認が無効になった金額が 1 件あります');
    expect(await page.getByTestId('signoff-sign').isDisabled()).toBe(true);
    expect(await page.getByTestId('export-csv').isDisabled()).toBe(true);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    // Choosing the record goes to it.
    await changed.locator(`[data-record-id="${target.id}"]`).click();
    await page.getByTestId('signoff-dialog').waitFor({ state: 'detached', ...POLL });
    await expect.poll(selectedId, POLL).toBe(target.id);
    const views = await api<{ state: string; changed: string[] }[]>('listSignoffs', { documentId: docId });
    expect(views).toMatchObject([{ state: 'stale', changed: [target.id] }]);
    const overflow = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
    expect(overflow.w).toBeLessThanOrEqual(1280);
    expect(overflow.h).toBeLessThanOrEqual(800);
    expect(pageErrors).toEqual([]);
  });
});
