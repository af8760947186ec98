// The window at 1280×800 in Japanese and English: the toolbar fits, the columns a reviewer needs
// are on screen, amounts are never cut, and the column chooser's choice survives a reload.
// Screenshots go to test/artifacts/ (layout-ja.png, layout-en.png).
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, HAS_CHROMIUM, POLL, seededSession, teardown, warnIfSkipped, type Host } from './harness';

warnIfSkipped('test/e2e/layout.test.ts');

// The seed with the widest amounts (兆).
const DOC = '000_3f8ad0e81d82774d.txt';
let tmp = '';
let host: Host | null = null;
let browser: Browser | null = null;
let page: Page;
const pageErrors: string[] = [];

const NEEDED = ['status', 'item', 'yen', 'previous', 'fy', 'stage', 'warnings'];

async function openDoc(): Promise<void> {
  await page.locator(`[data-testid=doc-item][data-file-name="${DOC}"]`).click();
  await page.locator('[data-testid=records-grid] .ag-center-cols-container .ag-row').first().waitFor(POLL);
}

/** Columns whose header lies wholly inside the grid's visible box. */
async function visibleColumns(): Promise<string[]> {
  return page.evaluate(() => {
    const grid = document.querySelector('[data-testid=records-grid] .ag-root-wrapper')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('[data-testid=records-grid] .ag-header-cell[col-id]')]
      .filter((h) => {
        const b = h.getBoundingClientRect();
        return b.width > 0 && b.left >= grid.left - 1 && b.right <= grid.right + 1;
      })
      .map((h) => h.getAttribute('col-id')!);
  });
}

/** Amount cells whose text is wider than the cell (cut). */
async function cutAmounts(): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid=records-grid] .ag-cell[col-id=yen], [data-testid=records-grid] .ag-cell[col-id=previous]')]
      .filter((c) => c.scrollWidth > c.clientWidth + 1)
      .map((c) => c.innerText),
  );
}

async function toolbarOverflow(): Promise<number> {
  return page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('[role=banner]')!;
    const right = bar.getBoundingClientRect().right;
    const overflowing = [...bar.querySelectorAll<HTMLElement>('button, .open-file, .doc-title')].filter((el) => el.getBoundingClientRect().right > right + 1);
    return overflowing.length + (bar.scrollWidth > bar.clientWidth + 1 ? 1 : 0);
  });
}

describe.skipIf(!HAS_CHROMIUM)('the window at 1280×800 (host + chromium)', { timeout: 150_000 }, () => {
  beforeAll(async () => {
    ({ tmp, host, browser, page } = await seededSession('yosan-layout-e2e-', pageErrors, 'w.yosan'));
    await page.goto(host!.url);
    await page.getByTestId('doc-item').first().waitFor(POLL);
  }, 150_000);

  afterAll(() => teardown(browser, host, tmp));

  for (const lang of ['ja', 'en'] as const) {
    it(`${lang}: the toolbar fits, the needed columns show, no amount is cut (screenshot)`, async () => {
      await page.getByTestId(`lang-${lang}`).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang), POLL).toBe(lang);
      await openDoc();
      await page.waitForTimeout(300); // the grid sizes its columns after the rows arrive
      await page.screenshot({ path: path.join(ARTIFACTS, `layout-${lang}.png`) });
      expect(await toolbarOverflow()).toBe(0);
      const shown = await visibleColumns();
      for (const c of NEEDED) expect(shown, `column ${c} on screen`).toContain(c);
      expect(await cutAmounts()).toEqual([]);
    });
  }

  it('the column chooser shows a hidden column, and the choice and a width survive a reload', async () => {
    await page.getByTestId('column-chooser-button').click();
    await page.getByTestId('column-chooser').waitFor(POLL);
    expect(await page.locator('[data-testid=column-chooser] input[data-column=yen]').isDisabled()).toBe(true);
    expect(await page.locator('[data-testid=records-grid] .ag-header-cell[col-id=confidence]').count()).toBe(0);
    await page.locator('[data-testid=column-chooser] input[data-column=confidence]').check();
    await page.locator('[data-testid=records-grid] .ag-header-cell[col-id=confidence]').waitFor(POLL);
    await page.keyboard.press('Escape');
    await page.getByTestId('column-chooser').waitFor({ state: 'detached', ...POLL });
    await page.reload();
    await page.getByTestId('doc-item').first().waitFor(POLL);
    await openDoc();
    await page.locator('[data-testid=records-grid] .ag-header-cell[col-id=confidence]').waitFor(POLL);
    expect(pageErrors).toEqual([]);
  });
});
