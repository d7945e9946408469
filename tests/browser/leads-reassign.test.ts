import { beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability } from '../support/browser';
import { signInThroughPage, useDemoBrowser } from '../support/demo-browser';
import { TEST_DATABASE_KIND } from '../support/test-database';

const browser = browserAvailability();

describe.skipIf(!browser.available)(
  `reassigning leads from the table in chromium (${TEST_DATABASE_KIND}, demo data)`,
  () => {
    const demo = useDemoBrowser();
    const marker = `转交测试${Date.now().toString(36)}`;
    let leadIds: string[] = [];
    let officer: { id: number; display_name: string };
    let newOwner: { id: number; display_name: string };

    async function owners(): Promise<number[]> {
      const rows = await demo.server.db
        .selectFrom('lead')
        .select('owner_id')
        .where('id', 'in', leadIds.map(Number))
        .orderBy('id')
        .execute();
      return rows.map((row) => row.owner_id ?? 0);
    }

    beforeAll(async () => {
      // Two leads of the demo zone 130171, owned by officer@demo.test, found by a marker in their firm names.
      const db = demo.server.db;
      const zone = await db
        .selectFrom('zone')
        .select('id')
        .where('code', '=', '130171')
        .executeTakeFirstOrThrow();
      officer = await db
        .selectFrom('app_user')
        .select(['id', 'display_name'])
        .where('email', '=', 'officer@demo.test')
        .executeTakeFirstOrThrow();
      newOwner = await db
        .selectFrom('app_user')
        .select(['id', 'display_name'])
        .where('email', '=', 'officer2@demo.test')
        .executeTakeFirstOrThrow();
      for (const n of ['甲', '乙']) {
        const firm = await db
          .insertInto('firm')
          .values({ name: `${marker}企业${n}`, province: '河北省' })
          .returning('id')
          .executeTakeFirstOrThrow();
        const lead = await db
          .insertInto('lead')
          .values({ zone_id: zone.id, firm_id: firm.id, title: `${marker}项目${n}`, owner_id: officer.id })
          .returning('id')
          .executeTakeFirstOrThrow();
        leadIds.push(String(lead.id));
      }
      leadIds = leadIds.sort((a, b) => Number(a) - Number(b));
    });

    it('lets the manager tick two leads, reassign them to an officer, and see the new owner in the rows', async () => {
      const page = await demo.context.newPage();
      await signInThroughPage(page, demo.server.url, 'manager@demo.test', '/leads');
      await page.goto(`${demo.server.url}/leads?view=table&search=${encodeURIComponent(marker)}`);
      const rows = page.locator('[data-testid=lead-row]');
      await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(2);
      for (const id of leadIds) {
        expect(await page.locator(`[data-lead-id="${id}"] [data-testid=lead-owner]`).textContent()).toBe(
          officer.display_name,
        );
      }

      // One row ticked from the keyboard (Space on the focused checkbox), the other by a click.
      const first = page.locator(`[data-lead-id="${leadIds[0]}"] [data-testid=select-lead]`);
      await first.focus();
      await page.keyboard.press('Space');
      expect(await first.isChecked()).toBe(true);
      const selectAll = page.locator('[data-testid=select-all-leads]');
      expect(await selectAll.evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(true);
      await page.locator(`[data-lead-id="${leadIds[1]}"] [data-testid=select-lead]`).click();
      expect(await selectAll.isChecked()).toBe(true);

      // The new owner is picked from the zone's people; nothing is written before the confirmation.
      const bar = page.locator('[data-testid=reassign-bar]');
      await bar.waitFor();
      expect(await bar.textContent()).toContain('已选 2 条线索');
      const select = page.locator('[data-testid=reassign-owner]');
      await select
        .locator('option', { hasText: newOwner.display_name })
        .waitFor({ state: 'attached', timeout: 15_000 });
      await select.selectOption({ label: newOwner.display_name });
      await page.click('[data-testid=reassign-submit]');
      const dialog = page.locator('dialog[open]');
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(newOwner.display_name);
      expect(await owners()).toEqual([officer.id, officer.id]);
      await dialog.locator('.button.danger').click();

      await page.locator('[data-testid=reassign-done]').waitFor({ timeout: 15_000 });
      for (const id of leadIds) {
        await page
          .locator(`[data-lead-id="${id}"] [data-testid=lead-owner]`, { hasText: newOwner.display_name })
          .waitFor({ timeout: 15_000 });
      }
      expect(await owners()).toEqual([newOwner.id, newOwner.id]);
      // The selection is gone with the reassignment.
      expect(await page.locator('[data-testid=reassign-bar]').count()).toBe(0);
      expect(await page.locator('[data-testid=select-lead]:checked').count()).toBe(0);
      await page.close();
    }, 120_000);

    it('lets the manager give a lead to another owner from its edit form', async () => {
      const page = await demo.context.newPage();
      // Signed in as the manager by the previous test (the same browser context).
      await page.goto(`${demo.server.url}/leads/${leadIds[0]}`);
      await page.locator('[data-testid=lead-edit]').click({ timeout: 20_000 });
      const select = page.locator('[data-testid=lead-field-owner]');
      await select
        .locator('option', { hasText: officer.display_name })
        .waitFor({ state: 'attached', timeout: 15_000 });
      await select.selectOption({ label: officer.display_name });
      await page.click('[data-testid=lead-save]');
      await page
        .locator('[data-testid=lead-owner-value]', { hasText: officer.display_name })
        .waitFor({ timeout: 15_000 });
      expect(await owners()).toEqual([officer.id, newOwner.id]);
      await page.close();
    }, 120_000);
  },
);
