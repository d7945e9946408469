import { createApp, type DatabaseHandle } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, silentLog, testConfig } from '../support/http-client';
import { createProjectFixtures, type ProjectFixtures } from '../support/project-fixtures';
import { addDays } from '../support/shanghai-dates';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

describe(`projects: updates, milestones, reports, RAG and history (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let cookies: ProjectFixtures['cookies'];
  let ids: ProjectFixtures['ids'];
  let today: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    ({ cookies, ids, today } = await createProjectFixtures(database.db, app));
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

  it('updates with the current version (audited) and refuses a stale one with CONFLICT, changing nothing', async () => {
    const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateProjectInput!) {
      updateProject(id: $id, version: $version, input: $input) { name responsibleUnit contactName investmentToDate version }
    }`;
    const audits = await count('audit_entry');
    const ok = await graphql<{ updateProject: Record<string, unknown> }>(app, UPDATE, {
      cookie: cookies.officerA,
      variables: {
        id: String(ids.yellow),
        version: 1,
        input: { name: '  <b>黄灯</b>项目  ', contactName: '=HYPERLINK("x")', investmentToDate: 1_000 },
      },
    });
    expect(ok.errors).toBeUndefined();
    // Text is stored as typed (trimmed): HTML and formulas are text, escaped where shown.
    expect(ok.data?.updateProject).toEqual({
      name: '<b>黄灯</b>项目',
      responsibleUnit: '甲区招商局',
      contactName: '=HYPERLINK("x")',
      investmentToDate: 1_000,
      version: 2,
    });
    const entries = await database.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('entity', '=', 'project')
      .where('entity_id', '=', ids.yellow!)
      .execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'UPDATE', zone_id: ids.zoneA });
    expect(entries[0]?.after).toMatchObject({ name: '<b>黄灯</b>项目', version: 2 });
    expect(entries[0]?.before).toMatchObject({ name: '黄灯项目', version: 1 });

    const stale = await graphql(app, UPDATE, {
      cookie: cookies.managerA,
      variables: { id: String(ids.yellow), version: 1, input: { name: '过期的修改' } },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', details: { currentVersion: 2 } });
    const row = await database.db
      .selectFrom('project')
      .selectAll()
      .where('id', '=', ids.yellow!)
      .executeTakeFirstOrThrow();
    expect([row.name, row.version]).toEqual(['<b>黄灯</b>项目', 2]);
    expect(await count('audit_entry')).toBe(audits + 1);
  });

  it('refuses investment to date above the total unless the total rises with it', async () => {
    const UPDATE = `mutation ($input: UpdateProjectInput!, $version: Int!) {
      updateProject(id: "${ids.yellow}", version: $version, input: $input) { totalInvestment investmentToDate investmentRatio version }
    }`;
    const over = await graphql(app, UPDATE, {
      cookie: cookies.officerA,
      variables: { version: 2, input: { investmentToDate: 6_000 } },
    });
    expect(over.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      details: { field: 'investmentToDate', totalInvestment: 5_000 },
    });
    const grown = await graphql<{ updateProject: Record<string, number> }>(app, UPDATE, {
      cookie: cookies.officerA,
      variables: { version: 2, input: { totalInvestment: 8_000, investmentToDate: 6_000 } },
    });
    expect(grown.data?.updateProject).toEqual({
      totalInvestment: 8_000,
      investmentToDate: 6_000,
      investmentRatio: 0.75,
      version: 3,
    });
    for (const input of [{ name: '   ' }, { landMu: -1 }, { accountableLeaderId: '999999' }]) {
      const bad = await graphql(app, UPDATE, { cookie: cookies.officerA, variables: { version: 3, input } });
      expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    }
  });

  it('refuses future actual dates and a completion before the start', async () => {
    const RECORD = `mutation ($kind: MilestoneKind!, $planned: Date, $actual: Date) {
      recordMilestone(projectId: "${ids.red}", kind: $kind, plannedOn: $planned, actualOn: $actual) { id }
    }`;
    const before = await database.db
      .selectFrom('milestone')
      .selectAll()
      .where('project_id', '=', ids.red!)
      .execute();
    for (const variables of [
      { kind: 'CONSTRUCTION_START', actual: addDays(today, 1) },
      { kind: 'COMPLETION', planned: addDays(today, -200) },
      { kind: 'PRODUCTION', planned: addDays(today, 100) },
    ]) {
      const result = await graphql(app, RECORD, { cookie: cookies.officerA, variables });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('VALIDATION');
    }
    expect(
      await database.db.selectFrom('milestone').selectAll().where('project_id', '=', ids.red!).execute(),
    ).toEqual(before);
  });

  it('turns a RED project GREEN once its actual construction start is recorded', async () => {
    const RAG = `{ project(id: "${ids.red}") { rag { status } milestones { kind plannedOn actualOn version } } }`;
    const before = await graphql<{ project: { rag: { status: string } } }>(app, RAG, {
      cookie: cookies.officerA,
    });
    expect(before.data?.project.rag.status).toBe('RED');
    const recorded = await graphql<{
      recordMilestone: {
        kind: string;
        actualOn: string;
        version: number;
        project: { rag: { status: string; reasons: unknown[] } };
      };
    }>(
      app,
      `mutation ($actual: Date!) {
        recordMilestone(projectId: "${ids.red}", kind: CONSTRUCTION_START, actualOn: $actual, note: "补录", version: 1) {
          kind actualOn version project { rag { status reasons { code } } }
        }
      }`,
      { cookie: cookies.officerA, variables: { actual: addDays(today, -120) } },
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordMilestone).toEqual({
      kind: 'CONSTRUCTION_START',
      actualOn: addDays(today, -120),
      version: 2,
      project: { rag: { status: 'GREEN', reasons: [] } },
    });
    const stale = await graphql(
      app,
      `mutation { recordMilestone(projectId: "${ids.red}", kind: CONSTRUCTION_START, note: "x", version: 1) { id } }`,
      { cookie: cookies.officerA },
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', details: { currentVersion: 2 } });
    const leader = await graphql<{ myAccountableProjects: { name: string; rag: { status: string } }[] }>(
      app,
      '{ myAccountableProjects { name rag { status } } }',
      { cookie: cookies.leaderA },
    );
    expect(leader.data?.myAccountableProjects.every((p) => p.rag.status === 'GREEN')).toBe(true);
  });

  it("shows a project's activities and its audit history: fields, milestones and reports", async () => {
    await database.db
      .insertInto('activity')
      .values({ project_id: ids.red!, kind: 'VISIT', summary: '现场调度', occurred_at: new Date() })
      .execute();
    const result = await graphql<{
      project: {
        activities: { kind: string; summary: string }[];
        history: { action: string; subject: string; actor: { id: string } | null; changes: unknown[] }[];
      };
    }>(
      app,
      `{ project(id: "${ids.red}") {
        activities { kind summary }
        history { action subject actor { id } changes { field before after } }
      } }`,
      { cookie: cookies.managerA },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.project.activities).toEqual([{ kind: 'VISIT', summary: '现场调度' }]);
    // The one change to this project so far: its construction start recorded (the test above).
    expect(result.data?.project.history).toEqual([
      {
        action: 'UPDATE',
        subject: 'milestone:CONSTRUCTION_START',
        actor: { id: expect.any(String) },
        changes: [
          { field: 'actualOn', before: null, after: addDays(today, -120) },
          { field: 'note', before: null, after: '补录' },
        ],
      },
    ]);
  });
});
