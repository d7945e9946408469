import { beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability } from '../support/browser';
import { signInThroughPage, useDemoBrowser } from '../support/demo-browser';
import { createFactories } from '../support/factories';
import { addDays, isoWeekOf, shanghaiToday } from '../support/shanghai-dates';
import { TEST_DATABASE_KIND } from '../support/test-database';

const browser = browserAvailability();

describe.skipIf(!browser.available)(`the project page in chromium (${TEST_DATABASE_KIND}, demo data)`, () => {
  const demo = useDemoBrowser();
  let projectId: number;
  const today = shanghaiToday();
  const plannedStart = addDays(today, -120);

  beforeAll(async () => {
    // RED for one reason only: construction planned four months ago and not started. Completion is
    // years away, so the schedule asks little progress yet, and this week's report is in.
    const zone = await demo.server.db
      .selectFrom('zone')
      .select('id')
      .where('code', '=', '130171')
      .executeTakeFirstOrThrow();
    const project = await createFactories(demo.server.db).project({
      zoneId: zone.id,
      name: '浏览器测试示例项目',
      totalInvestment: 10_000,
      milestones: {
        SIGNED: { plannedOn: addDays(today, -150), actualOn: addDays(today, -150) },
        CONSTRUCTION_START: { plannedOn: plannedStart },
        COMPLETION: { plannedOn: addDays(today, 1800) },
      },
      reports: [{ isoWeek: isoWeekOf(today), progressPercent: 10, progress: '前期准备' }],
    });
    projectId = project.id;
  });

  it('records the actual construction start and sees the status turn from red to green', async () => {
    const page = await demo.context.newPage();
    await signInThroughPage(page, demo.server.url, 'officer@demo.test', `/projects/${projectId}`);

    const rag = page.locator('[data-testid=project-rag]').first();
    await page.locator('[data-testid=project-rag][data-rag=RED]').first().waitFor({ timeout: 15_000 });
    await page.fill('[data-testid=milestone-actual-CONSTRUCTION_START]', plannedStart);
    await page.click('[data-testid=milestone-save-CONSTRUCTION_START]');
    await page.locator('[data-testid=project-rag][data-rag=GREEN]').first().waitFor({ timeout: 15_000 });
    expect(await rag.getAttribute('data-rag')).toBe('GREEN');

    const stored = await demo.server.db
      .selectFrom('milestone')
      .select('actual_on')
      .where('project_id', '=', projectId)
      .where('kind', '=', 'CONSTRUCTION_START')
      .executeTakeFirstOrThrow();
    expect(stored.actual_on).toBe(plannedStart);
    await page.close();
  }, 90_000);
});
