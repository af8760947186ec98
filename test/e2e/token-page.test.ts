// The browser host's address without its token: a page saying to use the address printed in
// the terminal, in the reader's language first, and nothing of the workbench.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, POLL, ensureRendererBuilt, launchBrowser, openPage, startHost, tempDir, teardown, warnIfSkipped, type Host } from './harness';

warnIfSkipped('test/e2e/token-page.test.ts');

let tmp = '';
let host: Host | null = null;
let browser: Browser | null = null;

describe.skipIf(!HAS_CHROMIUM)('the address without its token (host + chromium)', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    await ensureRendererBuilt();
    tmp = tempDir('yosan-token-e2e-');
    host = await startHost(tmp, path.join(tmp, 'w.yosan'));
    browser = await launchBrowser();
  }, 120_000);

  afterAll(() => teardown(browser, host, tmp));

  for (const [locale, heading, printed] of [
    ['ja-JP', 'このアドレスでは開けません', '端末に表示されたアドレス'],
    ['en-US', 'This address cannot open the workbench', 'the address printed in the terminal'],
  ] as const) {
    it(`says to use the printed address (${locale}), and shows nothing else`, async () => {
      const errors: string[] = [];
      const page = await openPage(browser!, errors, locale);
      await page.goto(new URL(host!.url).origin + '/');
      const tokenPage = page.getByTestId('token-page');
      await tokenPage.waitFor(POLL);
      expect(await page.locator('h1').first().innerText()).toBe(heading);
      expect(await tokenPage.innerText()).toContain(printed);
      expect(await page.locator('[role=banner], [data-testid=doc-item], [data-testid=records-grid]').count()).toBe(0);
      expect(errors).toEqual([]);
      // The right address still opens the workbench.
      await page.goto(host!.url);
      await page.reload(); // the same page with a hash added is not loaded again by itself
      await page.locator('[role=banner]').waitFor(POLL);
      expect(await page.getByTestId('token-page').count()).toBe(0);
      await page.close();
    });
  }
});
