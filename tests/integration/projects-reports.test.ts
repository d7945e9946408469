import { createApp, type DatabaseHandle } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, silentLog, testConfig } from '../support/http-client';
import { createProjectFixtures, type ProjectFixtures } from '../support/project-fixtures';
import { addDays, isoWeekOf } from '../support/shanghai-dates';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

describe(`projects: weekly progress reports and the project page (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let cookies: ProjectFixtures['cookies'];
  let ids: ProjectFixtures['ids'];
  let today: string;
  let thisWeek: string;
  let lastWeek: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    ({ cookies, ids, today, thisWeek, lastWeek } = await createProjectFixtures(database.db, app));
  });
  afterAll(() => database.close());

  const count = async (table: 'audit_entry' | 'progress_report') =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('keeps one report per project and week: a second submission updates the first', async () => {
    const SUBMIT = `mutation ($p: ID!, $pct: Float, $progress: String, $problems: String) {
      submitProgressReport(projectId: $p, progressPercent: $pct, progress: $progress, problems: $problems) {
        isoWeek progressPercent progress problems version author { id }
      }
    }`;
    const reports = await count('progress_report');
    const audits = await count('audit_entry');
    const first = await graphql<{ submitProgressReport: Record<string, unknown> }>(app, SUBMIT, {
      cookie: cookies.officerA,
      variables: { p: String(ids.green), pct: 55, progress: '主体施工', problems: '' },
    });
    expect(first.data?.submitProgressReport).toMatchObject({
      isoWeek: thisWeek,
      progressPercent: 55,
      version: 1,
    });
    const second = await graphql<{ submitProgressReport: Record<string, unknown> }>(app, SUBMIT, {
      cookie: cookies.managerA,
      variables: { p: String(ids.green), pct: 56, progress: '主体封顶', problems: '=1+1' },
    });
    expect(second.data?.submitProgressReport).toMatchObject({
      isoWeek: thisWeek,
      progressPercent: 56,
      progress: '主体封顶',
      problems: '=1+1',
      version: 2,
    });
    expect(await count('progress_report')).toBe(reports + 1);
    expect(await count('audit_entry')).toBe(audits + 2);

    const future = await graphql(
      app,
      `mutation { submitProgressReport(projectId: "${ids.green}", isoWeek: "${isoWeekOf(addDays(today, 14))}") { id } }`,
      { cookie: cookies.officerA },
    );
    expect(future.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const pct = await graphql(app, SUBMIT, {
      cookie: cookies.officerA,
      variables: { p: String(ids.green), pct: 101 },
    });
    expect(pct.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });

  it('keeps one row when two reports for the same week arrive at once', async () => {
    const week = isoWeekOf(addDays(today, -21));
    const submit = (progress: string) =>
      graphql<{ submitProgressReport: { version: number } }>(
        app,
        `mutation ($p: ID!, $w: String, $progress: String) {
          submitProgressReport(projectId: $p, isoWeek: $w, progress: $progress) { version }
        }`,
        { cookie: cookies.officerA, variables: { p: String(ids.yellow), w: week, progress } },
      );
    const both = await Promise.all([submit('甲'), submit('乙')]);
    expect(both.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(both.map((r) => r.data?.submitProgressReport.version).sort()).toEqual([1, 2]);
    const rows = await database.db
      .selectFrom('progress_report')
      .selectAll()
      .where('project_id', '=', ids.yellow!)
      .where('iso_week', '=', week)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("lists the zone's projects missing this week's report for the manager", async () => {
    const MISSING = `query ($z: ID!, $w: String) { missingReports(zoneId: $z, isoWeek: $w) { name } }`;
    const now = await graphql<{ missingReports: { name: string }[] }>(app, MISSING, {
      cookie: cookies.managerA,
      variables: { z: String(ids.zoneA) },
    });
    // The green project reported this week (the test above).
    expect(now.data?.missingReports.map((p) => p.name).sort()).toEqual(['红灯项目', '黄灯项目']);
    const previous = await graphql<{ missingReports: { name: string }[] }>(app, MISSING, {
      cookie: cookies.managerA,
      variables: { z: String(ids.zoneA), w: lastWeek },
    });
    expect(previous.data?.missingReports).toEqual([]);
    const bad = await graphql(app, MISSING, {
      cookie: cookies.managerA,
      variables: { z: String(ids.zoneA), w: '2027-W53' },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });

  it('shows a project whole: milestones in order, reports newest first, segments, leader and lead', async () => {
    const result = await graphql<{ project: Record<string, unknown> }>(
      app,
      `{ project(id: "${ids.green}") {
        name firm { name } zone { id } lead { id } segments { code } accountableLeader { id role }
        milestones { kind } progressReports(last: 1) { isoWeek } latestReport { isoWeek progressPercent }
        rag { plannedProgressPercent actualProgressPercent progressBasis } version
      } }`,
      { cookie: cookies.officerA },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.project).toMatchObject({
      name: '绿灯项目',
      zone: { id: String(ids.zoneA) },
      lead: null,
      segments: [{ code: 'BAT' }],
      accountableLeader: { id: String(ids.leaderA), role: 'LEADER' },
      milestones: [{ kind: 'CONSTRUCTION_START' }, { kind: 'COMPLETION' }],
      progressReports: [{ isoWeek: thisWeek }],
      latestReport: { isoWeek: thisWeek, progressPercent: 56 },
      rag: { plannedProgressPercent: 50, actualProgressPercent: 56, progressBasis: 'REPORT' },
    });
  });
});
