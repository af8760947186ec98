// End to end with a PDF: import it through the page's file picker, see page 1 with every
// record's box, click a box and its row is selected, select a row whose figure is on page 2
// and the page view scrolls there. The screenshot is kept in test/artifacts/pdf-page-view.png.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, HAS_CHROMIUM, POLL, ROOT, seededSession, teardown, warnIfSkipped, type Host } from './harness';

warnIfSkipped('test/e2e/pdf.test.ts');

interface WireRecord {
  id: string;
  text: string;
  page: number | null;
  box: [number, number, number, number] | null;
}

let tmp = '';
let host: Host | null = null;
let browser: Browser | null = null;
let page: Page;
const pageErrors: string[] = [];
let records: WireRecord[] = [];

const selectedGridRowId = () => page.locator('[data-testid=records-grid] .ag-center-cols-container .ag-row-selected').getAttribute('row-id');

/** Whether the element's box lies within the page view's visible area (both ways). */
async function inView(selector: string): Promise<boolean> {
  const a = await page.locator(selector).boundingBox();
  const b = await page.getByTestId('page-view').boundingBox();
  return !!a && !!b && a.y >= b.y - 1 && a.y + a.height <= b.y + b.height + 1 && a.x >= b.x - 1 && a.x + a.width <= b.x + b.width + 1;
}

describe.skipIf(!HAS_CHROMIUM)('a PDF in the page view (host + chromium)', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    ({ tmp, host, browser, page } = await seededSession('yosan-e2e-pdf-', pageErrors));
  }, 180_000);

  afterAll(() => teardown(browser, host, tmp));

  it('imports a PDF and shows page 1 with a box over every figure on it', async () => {
    await page.goto(host!.url);
    await page.getByTestId('doc-item').first().waitFor({ timeout: 90_000 });
    await page.getByTestId('import-input').setInputFiles({
      name: 'budget-note.pdf',
      mimeType: 'application/pdf',
      buffer: fs.readFileSync(path.join(ROOT, 'test/fixtures/pdf/budget-note.pdf')),
    });
    const item = page.locator('[data-testid=doc-item][data-file-name="budget-note.pdf"]');
    await item.waitFor({ timeout: 60_000 });
    await item.click();
    const docs = await host!.api<{ id: string; fileName: string }[]>('listDocuments');
    const doc = docs.find((d) => d.fileName === 'budget-note.pdf')!;
    records = await host!.api<WireRecord[]>('listRecords', { documentId: doc.id });
    expect(records.length).toBeGreaterThan(5);
    expect(records.every((r) => r.page && r.box)).toBe(true);

    await page.locator('.pdf-page[data-page="1"] canvas[data-drawn=true]').waitFor({ timeout: 60_000 });
    const onPage1 = records.filter((r) => r.page === 1);
    await expect.poll(() => page.locator('.pdf-page[data-page="1"] .page-box').count(), POLL).toBe(onPage1.length);
    // The page is drawn: the canvas holds more than white.
    const inked = await page.locator('.pdf-page[data-page="1"] canvas').evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] < 128) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(1000);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });

  it('clicking a box selects its row', async () => {
    const target = records.find((r) => r.text === '325億円')!;
    expect(target.page).toBe(1);
    await page.locator(`.page-box[data-record="${target.id}"]`).click();
    await expect.poll(selectedGridRowId, POLL).toBe(target.id);
    await expect.poll(() => page.locator(`.page-box[data-record="${target.id}"]`).getAttribute('class'), POLL).toContain('selected');
    await page.screenshot({ path: path.join(ARTIFACTS, 'pdf-page-view.png') });
  });

  it('zooms with keys and fits to width again, the boxes following the page', async () => {
    const target = records.find((r) => r.text === '325億円')!;
    const box = page.locator(`.page-box[data-record="${target.id}"]`);
    const zoom = page.locator('.page-zoom');
    const fitted = Number((await zoom.innerText()).replace('%', ''));
    const before = (await box.boundingBox())!.width;
    await page.getByTestId('page-view').focus();
    for (let i = 0; i < 8 && (await zoom.innerText()) !== '150%'; i++) await page.keyboard.press('+');
    await expect.poll(() => zoom.innerText(), POLL).toBe('150%');
    await expect.poll(async () => (await box.boundingBox())!.width / before, POLL).toBeCloseTo(150 / fitted, 1);
    await page.keyboard.press('w');
    await expect.poll(async () => Math.round((await box.boundingBox())!.width), POLL).toBe(Math.round(before));
  });

  it('selecting a row whose figure is on page 2 scrolls the page view there', async () => {
    const target = records.find((r) => r.text === '64億円')!;
    expect(target.page).toBe(2);
    // At 150% and on page 1, page 2 is out of view.
    await page.getByTestId('page-view').focus();
    for (let i = 0; i < 8 && (await page.locator('.page-zoom').innerText()) !== '150%'; i++) await page.keyboard.press('+');
    await page.getByTestId('page-view').evaluate((el) => el.scrollTo({ top: 0 }));
    await expect.poll(() => inView(`.page-box[data-record="${target.id}"]`), POLL).toBe(false);
    // Keyboard-first: the grid's own keys walk to the row (↓ from the selected one).
    await page.locator('[data-testid=records-grid] .ag-row-selected [col-id=yen]').click();
    for (let i = 0; i < 20 && (await selectedGridRowId()) !== target.id; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(selectedGridRowId, POLL).toBe(target.id);
    await expect.poll(() => inView(`.page-box[data-record="${target.id}"].selected`), POLL).toBe(true);
    await expect.poll(() => page.getByTestId('page-count').innerText(), POLL).toMatch(/2 \/ 2/);
    await page.locator('.pdf-page[data-page="2"] canvas[data-drawn=true]').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'pdf-page-view-2.png') });
    expect(pageErrors).toEqual([]);
  });

});
