import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailability } from '../support/browser';
import { signInThroughPage, useDemoBrowser } from '../support/demo-browser';
import { TEST_DATABASE_KIND } from '../support/test-database';

const browser = browserAvailability();

/** Screenshots the test run keeps as artifacts (the folder is gitignored). */
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}-${TEST_DATABASE_KIND}.png`, fullPage: true });
}

/** Waits until every chart of the page has drawn its SVG. */
async function chartsDrawn(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid=echart] svg').length >= n,
    count,
    { timeout: 20_000 },
  );
}

async function switchToEnglish(page: Page): Promise<void> {
  await page.click('.locale-switch button[lang=en]');
  await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 10_000 });
}

describe.skipIf(!browser.available)(
  `the dashboard and the ranking in chromium (${TEST_DATABASE_KIND}, demo data)`,
  () => {
    const demo = useDemoBrowser();

    it("shows 石家庄高新区's dashboard with charts, their tables and CSV, in Chinese and English", async () => {
      const page = await demo.context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signInThroughPage(page, demo.server.url, 'manager@demo.test', '/dashboard');

      await page.waitForSelector('[data-testid=dashboard]', { timeout: 30_000 });
      await chartsDrawn(page, 6);
      expect(await page.locator('h1').textContent()).toContain('石家庄高新技术产业开发区');
      expect(await page.locator('[data-testid=metric-tiles] li').count()).toBe(9);
      const signed = await page.locator('[data-testid=metric-SIGNED_INVESTMENT]').textContent();
      expect(signed).toMatch(/[万亿]元/);

      // Every chart's numbers are a table away, and download as CSV.
      await page.click('[data-testid=chart-funnel] summary');
      const funnelRows = page.locator('[data-testid=chart-funnel-table] tbody tr');
      expect(await funnelRows.count()).toBe(5);
      expect(await page.locator('[data-testid=chart-funnel-table] thead').textContent()).toMatch(
        /计划投资（[万亿]元）/,
      );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid=chart-funnel-csv]'),
      ]);
      expect(download.suggestedFilename()).toMatch(/招商漏斗.*\.csv$/);
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv.startsWith('\uFEFF阶段,线索数,计划投资')).toBe(true);
      expect(csv.trim().split('\r\n')).toHaveLength(6);
      await screenshot(page, 'dashboard-zh-CN');

      await switchToEnglish(page);
      await page.waitForFunction(() => document.body.textContent?.includes('Pipeline funnel'), null, {
        timeout: 10_000,
      });
      await chartsDrawn(page, 6);
      expect(await page.locator('[data-testid=metric-SIGNED_INVESTMENT]').textContent()).toContain('CNY');
      expect(await page.locator('[data-testid=chart-funnel-table] thead').textContent()).toContain(
        'CNY million',
      );
      await screenshot(page, 'dashboard-en');
      expect(pageErrors).toEqual([]);
      // Sign out the way a user does, so the next test signs in as someone else.
      await page.getByRole('button', { name: 'Sign out' }).first().click();
      await page.waitForURL(/\/login/);
      await page.close();
    }, 120_000);

    it('ranks the high-tech zones the analyst may see, top and bottom marked, exportable, in both languages', async () => {
      const page = await demo.context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signInThroughPage(page, demo.server.url, 'analyst@demo.test', '/ranking');

      await page.waitForSelector('[data-testid=ranking]', { timeout: 30_000 });
      await chartsDrawn(page, 1);
      const rows = page.locator('[data-testid=ranking-row]');
      // The analyst is granted three high-tech zones: 石家庄, 唐山 and 保定.
      expect(await rows.count()).toBe(3);
      expect(await rows.first().getAttribute('data-highlight')).toBe('TOP');
      expect(await rows.last().getAttribute('data-highlight')).toBe('BOTTOM');
      expect(await page.locator('[data-testid=ranking-table]').textContent()).toContain(
        '石家庄高新技术产业开发区',
      );

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid=export-ranking]'),
      ]);
      expect(download.suggestedFilename()).toMatch(/高新区赛马排名-\d{4}-W\d{2}\.xlsx$/);
      await screenshot(page, 'ranking-zh-CN');

      await page.selectOption('[data-testid=ranking-kind]', 'ECONOMIC');
      await page.waitForURL(/kind=ECONOMIC/);
      await page.waitForFunction(
        () => document.querySelector('[data-testid=ranking-table]')?.textContent?.includes('经济技术开发区'),
        null,
        { timeout: 20_000 },
      );

      await switchToEnglish(page);
      await page.waitForFunction(() => document.body.textContent?.includes('Zone ranking'), null, {
        timeout: 10_000,
      });
      await chartsDrawn(page, 1);
      expect(await page.locator('[data-testid=ranking-table] > thead').textContent()).toContain('Score');
      await screenshot(page, 'ranking-en');
      expect(pageErrors).toEqual([]);
      await page.close();
    }, 120_000);
  },
);
