// One bad record never blanks the window: a record whose stored projection is damaged (flags
// not a list, as a file merged by an earlier version could leave it) shows a reason in place of
// the part that cannot render it, and the rest of the workbench keeps working.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yosan } from '../helpers/cli';
import { HAS_CHROMIUM, POLL, ROOT, ensureRendererBuilt, launchBrowser, openPage, startHost, tempDir, teardown, warnIfSkipped, type Host } from './harness';

warnIfSkipped('test/e2e/error-boundary.test.ts');

const BAD_DOC = '004_8439e93dcf65bf03.txt';
const GOOD_DOC = '002_486e34976f171ce8.txt';
let tmp = '';
let host: Host | null = null;
let browser: Browser | null = null;
let page: Page;
const pageErrors: string[] = [];

describe.skipIf(!HAS_CHROMIUM)('a bad record does not blank the window (host + chromium)', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    await ensureRendererBuilt();
    tmp = tempDir('yosan-boundary-e2e-');
    const db = path.join(tmp, 'mine.yosan');
    const imported = yosan(['import', '--db', db, path.join(ROOT, 'seeds', BAD_DOC), path.join(ROOT, 'seeds', GOOD_DOC)], { YOSAN_HOME: tmp });
    expect(imported.code, imported.stderr).toBe(0);
    const raw = new Database(db);
    const bad = raw.prepare('SELECT r.id FROM records r JOIN documents d ON d.id = r.document_id WHERE d.file_name = ? ORDER BY r.start LIMIT 1').pluck().get(BAD_DOC);
    raw.prepare("UPDATE records SET data = json_set(data, '$.flags', 'new') WHERE id = ?").run(bad);
    raw.close();
    fs.writeFileSync(path.join(tmp, 'profile.json'), JSON.stringify({ name: '花子' }));
    host = await startHost(tmp, db);
    browser = await launchBrowser();
    page = await openPage(browser, pageErrors);
    await page.goto(host.url);
  });
  afterAll(() => teardown(browser, host, tmp));

  it('shows the reason in place of the record, and the other document still works', async () => {
    await page.locator(`[data-testid=doc-item][data-file-name="${BAD_DOC}"]`).click();
    // The records grid cannot show the damaged record: it says so in its place, with the reason.
    const error = page.locator('[data-testid=panel-error]').first();
    await error.waitFor(POLL);
    expect(await error.textContent()).toMatch(/金額一覧を表示できません: .*is not a function/);
    // The rest of the window is there: the source text of the document, the document list.
    await page.locator('text=第6期基本計画の総仕上げとしての取組の推進').first().waitFor(POLL);
    // The window is not blank: the document list is there and another document opens.
    await page.locator(`[data-testid=doc-item][data-file-name="${GOOD_DOC}"]`).click();
    await page.locator('[data-testid=records-grid] .ag-row').first().waitFor(POLL);
    await page.locator('[data-testid=records-grid] .ag-row').first().click();
    await page.locator('[data-testid=detail-status]').waitFor(POLL);
    expect(await page.locator('[data-testid=panel-error]').count()).toBe(0);
  });
});
