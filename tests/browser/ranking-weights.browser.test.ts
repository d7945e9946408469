import { describe, expect, it } from 'vitest';
import { browserAvailability } from '../support/browser';
import { signInThroughPage, useDemoBrowser } from '../support/demo-browser';
import { TEST_DATABASE_KIND } from '../support/test-database';

const browser = browserAvailability();

describe.skipIf(!browser.available)(
  `ranking weights edited by an administrator in chromium (${TEST_DATABASE_KIND})`,
  () => {
    const demo = useDemoBrowser();

    it('checks, saves and resets the weights of a kind, the ranking reloading each time', async () => {
      const page = await demo.context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signInThroughPage(page, demo.server.url, 'admin@demo.test', '/ranking');
      await page.selectOption('[data-testid=ranking-kind]', 'ECONOMIC');
      const form = page.locator('[data-testid=ranking-weights-form]');
      await form.waitFor({ timeout: 30_000 });
      expect(await form.textContent()).toContain('默认权重');

      await page.click('[data-testid=ranking-weights-edit]');
      await page.fill('[data-testid=ranking-weight-SIGNED_INVESTMENT]', '101');
      await page.click('[data-testid=ranking-weights-save]');
      expect(await form.textContent()).toContain('请输入 0 至 100 之间的数字');

      await page.fill('[data-testid=ranking-weight-SIGNED_INVESTMENT]', '100');
      await page.click('[data-testid=ranking-weights-save]');
      await page.waitForFunction(
        () =>
          document
            .querySelector('[data-testid=ranking-weights-form]')
            ?.textContent?.includes('管理员设置的权重'),
        null,
        { timeout: 10_000 },
      );
      expect(await page.locator('#ranking-weights-title + ul').textContent()).toContain('100');

      await page.click('[data-testid=ranking-weights-edit]');
      await page.click('[data-testid=ranking-weights-reset]');
      await page.waitForFunction(
        () => document.querySelector('[data-testid=ranking-weights-form]')?.textContent?.includes('默认权重'),
        null,
        { timeout: 10_000 },
      );
      expect(pageErrors).toEqual([]);
    }, 120_000);
  },
);
