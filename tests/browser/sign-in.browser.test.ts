import { describe, expect, it } from 'vitest';
import { browserAvailability } from '../support/browser';
import { useDemoBrowser } from '../support/demo-browser';
import { TEST_DATABASE_KIND } from '../support/test-database';

const browser = browserAvailability();

describe.skipIf(!browser.available)(`the web app in chromium (${TEST_DATABASE_KIND}, demo data)`, () => {
  const demo = useDemoBrowser();

  it('sends a visitor to the login page, signs the officer in, and shows the 23 zones', async () => {
    const page = await demo.context.newPage();
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    await page.goto(`${demo.server.url}/zones`);
    await page.waitForURL(/\/login/);
    await page.fill('input[type=email]', 'officer@demo.test');
    await page.fill('input[type=password]', 'wrong password');
    await page.press('input[type=password]', 'Enter');
    // Password checks are deliberately slow (scrypt), more so while other test files load the CPU.
    const alert = await page.waitForSelector('[role=alert]', { timeout: 20_000 });
    expect(await alert.textContent()).toBeTruthy();
    expect(page.url()).toMatch(/\/login/);

    await page.fill('input[type=password]', 'lianzhao-demo');
    await page.press('input[type=password]', 'Enter');
    await page.waitForURL(/\/zones/);
    await page.waitForSelector('[data-testid=zone-row]');
    expect(await page.locator('[data-testid=zone-row]').count()).toBe(23);
    expect(await page.locator('[data-testid=zones-table]').textContent()).toContain(
      '石家庄高新技术产业开发区',
    );
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('keeps GraphQL closed to a browser without a session', async () => {
    await demo.context.clearCookies();
    const response = await demo.context.request.post(`${demo.server.url}/graphql`, {
      data: { query: '{ zones { id name } }' },
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status()).toBe(401);
    expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
