import { describe, expect, it } from 'vitest';
import { browserAvailability } from '../support/browser';
import { signInThroughPage, useDemoBrowser } from '../support/demo-browser';
import { TEST_DATABASE_KIND } from '../support/test-database';

const browser = browserAvailability();

describe.skipIf(!browser.available)(`the chain map in chromium (${TEST_DATABASE_KIND}, demo data)`, () => {
  const demo = useDemoBrowser();

  it('opens a missing segment, turns a candidate into a lead, and finds the lead in the leads list', async () => {
    const page = await demo.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await signInThroughPage(page, demo.server.url, 'officer@demo.test', '/chain-map');

    // The officer's own zone is preselected; the demo data leaves some NEV segments MISSING there.
    const missing = page.locator('[data-testid=segment-box][data-status=MISSING]');
    await missing.first().waitFor({ timeout: 20_000 });
    expect(await missing.count()).toBeGreaterThan(0);
    await missing.first().click();
    const panel = page.locator('[data-testid=segment-panel]');
    await panel.waitFor();

    // The best candidate not already chased by a lead of the zone.
    const offered = panel
      .locator('[data-testid=candidate]', { has: page.locator('[data-testid=make-lead]') })
      .first();
    // Pinned by firm: once its button opens the form, the row no longer "has a make-lead button".
    const firmId = await offered.getAttribute('data-firm-id');
    const candidate = panel.locator(`[data-testid=candidate][data-firm-id="${firmId}"]`);
    const firmName = (await candidate.locator('.firm-name').textContent())?.trim() ?? '';
    expect(firmName).toContain('示例');
    await candidate.locator('[data-testid=make-lead]').click();
    await candidate.locator('[data-testid=make-lead-submit]').click();
    await candidate.locator('[data-testid=lead-outcome]').waitFor({ timeout: 15_000 });

    await page.goto(`${demo.server.url}/leads?view=table`);
    await page.locator('[data-testid=lead-row]').first().waitFor({ timeout: 15_000 });
    // Newest first: the lead just made leads the list.
    expect(await page.locator('[data-testid=lead-row]').first().textContent()).toContain(firmName);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 90_000);

  it("opens an anchor's supply network from the chain map", async () => {
    const page = await demo.context.newPage(); // still signed in from the test above
    await page.goto(`${demo.server.url}/chain-map`);
    const anchored = page.locator('[data-testid=segment-box]', { hasText: '动力电池' }).first();
    await anchored.waitFor({ timeout: 20_000 });
    await anchored.click();
    const link = page.locator('[data-testid=segment-panel] [data-testid=supply-network-link]').first();
    await link.waitFor();
    await link.click();
    await page.waitForURL(/\/supply-network\/\d+/);
    await page.locator('[data-testid=supplier-row]').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid=supply-network]').count()).toBe(1);
    expect(await page.locator('[data-testid=supplier-row]').count()).toBeGreaterThan(0);
    await page.close();
  }, 60_000);
});
