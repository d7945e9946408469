import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launchBrowser } from '../support/browser';
import { signInThroughPage, useDemoBrowser } from '../support/demo-browser';
import { TEST_DATABASE_KIND } from '../support/test-database';

const browser = browserAvailability();
const PASSWORD = 'lianzhao-demo';

/** Signs in over HTTP, as the page would, and returns the session cookie. */
async function sessionCookie(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function graphql<T>(baseUrl: string, cookie: string, query: string, variables: object): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describe.skipIf(!browser.available)(
  `the leads pipeline in chromium (${TEST_DATABASE_KIND}, demo data)`,
  () => {
    const demo = useDemoBrowser();
    const suffix = Date.now().toString(36);
    const firmName = `浏览器测试隔膜企业${suffix}`;
    let leadId: string;
    /** A second lead, to lose, delete and restore. */
    let otherLeadId: string;

    /** The lead's stage as stored. */
    async function storedLead() {
      return demo.server.db
        .selectFrom('lead')
        .select(['stage', 'title', 'priority', 'planned_investment', 'version'])
        .where('id', '=', Number(leadId))
        .executeTakeFirstOrThrow();
    }

    beforeAll(async () => {
      // A firm of its own and a fresh lead for it, opened by the officer through the API as the chain map would.
      const zone = await demo.server.db
        .selectFrom('zone')
        .select('id')
        .where('code', '=', '130171')
        .executeTakeFirstOrThrow();
      const firm = await demo.server.db
        .insertInto('firm')
        .values({ name: firmName, province: '河北省', zone_id: null, uscc: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      const cookie = await sessionCookie(demo.server.url, 'officer@demo.test');
      const created = await graphql<{ createLead: { id: string } }>(
        demo.server.url,
        cookie,
        'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
        {
          input: {
            zoneId: String(zone.id),
            firmId: String(firm.id),
            title: `${firmName}落地项目`,
            plannedInvestment: 12_000,
          },
        },
      );
      leadId = created.createLead.id;
      const otherFirm = await demo.server.db
        .insertInto('firm')
        .values({ name: `${firmName}乙`, province: '河北省', zone_id: null, uscc: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      const other = await graphql<{ createLead: { id: string } }>(
        demo.server.url,
        cookie,
        'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
        { input: { zoneId: String(zone.id), firmId: String(otherFirm.id), title: `${firmName}乙项目` } },
      );
      otherLeadId = other.createLead.id;
    });

    async function boardPage(): Promise<Page> {
      const page = await demo.context.newPage();
      const next = '/leads';
      await signInThroughPage(page, demo.server.url, 'officer@demo.test', next);
      await page.goto(`${demo.server.url}/leads?view=board&search=${encodeURIComponent(firmName)}`);
      return page;
    }

    it('moves a card by drag and drop and from the keyboard, then logs a visit and sees both on the lead', async () => {
      const page = await boardPage();
      const card = page.locator(`[data-testid=lead-card][data-lead-id="${leadId}"]`);
      await card.waitFor({ timeout: 20_000 });
      expect(await card.getAttribute('data-stage')).toBe('LEAD');

      // A move the rules forbid (nobody signs a firm they never visited): the API's message, the card back.
      await card.locator('[data-testid=lead-move-button]').click();
      await page.click('[data-testid=lead-move-to-SIGNED]');
      await page.click('[data-testid=move-confirm]');
      await page.locator('[data-testid=move-error]').waitFor({ timeout: 15_000 });
      await page
        .locator(`[data-testid=board-column][data-stage=LEAD] [data-lead-id="${leadId}"]`)
        .waitFor({ timeout: 15_000 });
      expect((await storedLead()).stage).toBe('LEAD');

      // Drag and drop: LEAD → CONTACTED.
      await card.dragTo(page.locator('[data-testid=board-column][data-stage=CONTACTED]'));
      await page
        .locator(`[data-testid=board-column][data-stage=CONTACTED] [data-lead-id="${leadId}"]`)
        .waitFor({ timeout: 15_000 });
      await expect.poll(async () => (await storedLead()).stage, { timeout: 15_000 }).toBe('CONTACTED');

      // Keyboard: "Move to…" on the card, arrow down to VISITED, Enter.
      const moved = page.locator(`[data-testid=lead-card][data-lead-id="${leadId}"]`);
      await moved.locator('[data-testid=lead-move-button]').focus();
      await page.keyboard.press('Enter');
      await page.locator('[data-testid=lead-move-to-LEAD]').waitFor();
      await page.keyboard.press('ArrowDown');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('lead-move-to-VISITED');
      await page.keyboard.press('Enter');
      await page
        .locator(`[data-testid=board-column][data-stage=VISITED] [data-lead-id="${leadId}"]`)
        .waitFor({ timeout: 15_000 });
      await expect.poll(async () => (await storedLead()).stage, { timeout: 15_000 }).toBe('VISITED');
      // The announcement follows the server's answer, which may land after the card has moved.
      await expect
        .poll(() => page.locator('[data-testid=move-announcement]').textContent(), { timeout: 15_000 })
        .toContain('考察');

      // Open the lead and log a visit from the keyboard: Alt+V picks VISIT, Enter logs it.
      await page.locator(`[data-testid=lead-card][data-lead-id="${leadId}"] a`).first().click();
      await page.waitForURL((url) => url.pathname === `/leads/${leadId}`);
      const summary = page.locator('[data-testid=activity-summary]');
      await summary.waitFor({ timeout: 15_000 });
      await summary.click();
      await page.keyboard.press('Alt+KeyV');
      expect(await page.locator('[data-testid=activity-kind-VISIT]').getAttribute('aria-checked')).toBe(
        'true',
      );
      await summary.fill('实地考察厂房，<b>对方</b>希望年内签约');
      await summary.press('Enter');

      const activity = page.locator('[data-testid=lead-activity][data-kind=VISIT]');
      await activity.first().waitFor({ timeout: 15_000 });
      // Shown as text, never as HTML.
      expect(await activity.first().locator('.summary').textContent()).toBe(
        '实地考察厂房，<b>对方</b>希望年内签约',
      );
      expect(await page.locator('[data-testid=lead-activities] b').count()).toBe(0);

      const stages = await page
        .locator('[data-testid=stage-change]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-to')));
      expect(stages).toEqual(expect.arrayContaining(['CONTACTED', 'VISITED']));
      expect(await page.locator('[data-testid=lead-stage]').getAttribute('data-stage')).toBe('VISITED');
      await page.close();
    }, 120_000);

    it('shows the conflict to the second of two sessions editing the lead, and loses neither edit', async () => {
      const second = await launchBrowser();
      try {
        const first = await demo.context.newPage();
        const other = await second.context.newPage();
        // The shared context is signed in as the officer already (first test); the second is a fresh browser.
        await first.goto(`${demo.server.url}/leads/${leadId}`);
        await signInThroughPage(other, demo.server.url, 'manager@demo.test', `/leads/${leadId}`);
        for (const page of [first, other]) {
          await page.locator('[data-testid=lead-edit]').click({ timeout: 20_000 });
          await page.locator('[data-testid=lead-form]').waitFor();
        }

        // The first session renames the lead and saves.
        const newTitle = `${firmName}落地项目（二期）`;
        await first.fill('[data-testid=lead-field-title]', newTitle);
        await first.click('[data-testid=lead-save]');
        await first
          .locator('[data-testid=lead-title-value]', { hasText: '二期' })
          .waitFor({ timeout: 15_000 });

        // The second, still on the old version, raises the priority and the amount: CONFLICT, shown.
        await other.selectOption('[data-testid=lead-field-priority]', 'HIGH');
        await other.fill('[data-testid=lead-field-plannedInvestment]', '20000');
        await other.click('[data-testid=lead-save]');
        const conflict = other.locator('[data-testid=lead-conflict]');
        await conflict.waitFor({ timeout: 15_000 });
        expect(
          await conflict
            .locator('[data-testid=conflict-row]')
            .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-field'))),
        ).toEqual(['priority', 'plannedInvestment']);
        // Nothing of the second edit was written, the first edit stands.
        let stored = await storedLead();
        expect(stored.title).toBe(newTitle);
        expect(stored.priority).not.toBe('HIGH');

        // Reapplying puts the second edit on top of the first.
        await other.click('[data-testid=conflict-reapply]');
        await other
          .locator('[data-testid=lead-priority-value]', { hasText: '高' })
          .waitFor({ timeout: 15_000 });
        stored = await storedLead();
        expect(stored).toMatchObject({ title: newTitle, priority: 'HIGH' });
        expect(Number(stored.planned_investment)).toBe(20_000);
        await first.close();
        await other.close();
      } finally {
        await second.close();
      }
    }, 120_000);

    it('signs the lead from its page after confirming, and links to the project it created', async () => {
      const page = await demo.context.newPage();
      await page.goto(`${demo.server.url}/leads/${leadId}`);
      await page.selectOption('[data-testid=stage-select]', 'SIGNED', { timeout: 20_000 });
      await page.click('[data-testid=stage-move]');
      await page.click('[data-testid=move-confirm]');
      const link = page.locator('[data-testid=signed-project-link]');
      await link.waitFor({ timeout: 15_000 });
      await link.click();
      await page.waitForURL((url) => url.pathname.startsWith('/projects/'));
      const projectId = Number(new URL(page.url()).pathname.split('/').at(-1));
      const project = await demo.server.db
        .selectFrom('project')
        .select(['lead_id', 'name'])
        .where('id', '=', projectId)
        .executeTakeFirstOrThrow();
      expect(String(project.lead_id)).toBe(leadId);
      expect((await storedLead()).stage).toBe('SIGNED');
      await page.close();
    }, 120_000);

    it('asks the reason before a lead is lost, then deletes it, and a manager restores it from the bin', async () => {
      const page = await demo.context.newPage();
      await page.goto(`${demo.server.url}/leads/${otherLeadId}`);
      await page.selectOption('[data-testid=stage-select]', 'LOST', { timeout: 20_000 });
      await page.click('[data-testid=stage-move]');
      await page.click('[data-testid=move-confirm]');
      // No reason, no move.
      await page.locator('[data-testid=move-dialog] [role=alert]').waitFor();
      await page.fill('[data-testid=lost-reason]', '对方<script>alert(1)</script>决定留在深圳');
      await page.click('[data-testid=move-confirm]');
      await page.locator('[data-testid=lead-stage][data-stage=LOST]').waitFor({ timeout: 15_000 });
      const lost = await demo.server.db
        .selectFrom('lead')
        .select(['stage', 'lost_reason'])
        .where('id', '=', Number(otherLeadId))
        .executeTakeFirstOrThrow();
      expect(lost).toEqual({ stage: 'LOST', lost_reason: '对方<script>alert(1)</script>决定留在深圳' });

      await page.click('[data-testid=lead-delete]');
      await page.locator('dialog[open] .button.danger').click();
      await page.waitForURL((url) => url.pathname === '/leads');
      await page.close();

      const manager = await launchBrowser();
      try {
        const bin = await manager.context.newPage();
        await signInThroughPage(bin, demo.server.url, 'manager@demo.test', '/leads/bin');
        const row = bin.locator(`[data-testid=bin-row][data-lead-id="${otherLeadId}"]`);
        await row.waitFor({ timeout: 20_000 });
        await row.locator('[data-testid=bin-restore]').click();
        await row.waitFor({ state: 'detached', timeout: 15_000 });
        const restored = await demo.server.db
          .selectFrom('lead')
          .select('deleted_at')
          .where('id', '=', Number(otherLeadId))
          .executeTakeFirstOrThrow();
        expect(restored.deleted_at).toBeNull();
      } finally {
        await manager.close();
      }
    }, 120_000);

    it('keeps only the visible rows of the table in the page, loads more on scroll, and saves a view', async () => {
      const page = await demo.context.newPage();
      await page.goto(`${demo.server.url}/leads?view=table`);
      const count = page.locator('[data-testid=leads-count]');
      await count.waitFor({ timeout: 20_000 });
      const stored = await demo.server.db
        .selectFrom('lead')
        .innerJoin('zone', 'zone.id', 'lead.zone_id')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('zone.code', '=', '130171')
        .where('lead.deleted_at', 'is', null)
        .executeTakeFirstOrThrow();
      const zoneLeads = Number(stored.n);
      expect(zoneLeads).toBeGreaterThan(100);
      expect(await count.textContent()).toContain('已显示 100 条');
      // Virtualised: far fewer rows in the page than loaded.
      expect(await page.locator('[data-testid=lead-row]').count()).toBeLessThan(60);

      const scroller = page.locator('[data-testid=leads-table-scroller]');
      await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight));
      await expect
        .poll(async () => count.textContent(), { timeout: 15_000 })
        .toContain(`已显示 ${Math.min(zoneLeads, 200)} 条`);

      // Sort by firm name, save the view, and pick it again later.
      await page.click('[data-testid=sort-FIRM_NAME]');
      await page.waitForURL((url) => url.searchParams.get('sort') === 'FIRM_NAME.DESC');
      await page.fill('[data-testid=saved-view-name]', '按企业名称');
      await page.click('[data-testid=saved-view-save]');
      await page.locator('[data-testid=saved-views] [role=status]', { hasText: '按企业名称' }).waitFor();
      await page.goto(`${demo.server.url}/leads?view=table`);
      const select = page.locator('[data-testid=saved-view-select]');
      await select
        .locator('option', { hasText: '按企业名称' })
        .waitFor({ state: 'attached', timeout: 15_000 });
      await select.selectOption({ label: '按企业名称' });
      await page.waitForURL((url) => url.searchParams.get('sort') === 'FIRM_NAME.DESC');
      await page.close();
    }, 120_000);
  },
);
