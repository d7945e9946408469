import { createApp, type DatabaseHandle } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, silentLog, testConfig } from '../support/http-client';
import { createProjectFixtures, type ProjectFixtures } from '../support/project-fixtures';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

const LEDGER = `query ($filter: ProjectFilter, $first: Int, $after: String) {
  projects(filter: $filter, first: $first, after: $after) {
    totalCount
    totals { totalInvestment fixedAssetInvestment investmentToDate landMu expectedAnnualOutput expectedAnnualTax }
    pageInfo { hasNextPage endCursor }
    edges { node { id name zone { id } rag { status reasons { code severity params { name value } } } } }
  }
}`;
type Ledger = {
  projects: {
    totalCount: number;
    totals: Record<string, number>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        name: string;
        zone: { id: string };
        rag: {
          status: string;
          reasons: { code: string; severity: string; params: { name: string; value: string }[] }[];
        };
      };
    }[];
  };
};
const names = (result: { data?: Ledger | null }) =>
  result.data?.projects.edges.map((e) => e.node.name).sort();

describe(`projects: ledger, filters, totals and scoping (${TEST_DATABASE_KIND})`, () => {
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

  const ledger = (cookie: string, variables: Record<string, unknown> = {}) =>
    graphql<Ledger>(app, LEDGER, { cookie, variables });
  const count = async (table: 'audit_entry' | 'progress_report') =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("lists the zone's projects with their RAG, reasons and the totals of the whole filtered set", async () => {
    const result = await ledger(cookies.officerA!);
    expect(result.errors).toBeUndefined();
    expect(names(result)).toEqual(['红灯项目', '绿灯项目', '黄灯项目']);
    expect(result.data?.projects.totalCount).toBe(3);
    expect(result.data?.projects.totals).toEqual({
      totalInvestment: 35_000,
      fixedAssetInvestment: 23_000,
      investmentToDate: 11_000,
      landMu: 70,
      expectedAnnualOutput: 30_000,
      expectedAnnualTax: 1_200,
    });
    const byName = new Map(result.data!.projects.edges.map((e) => [e.node.name, e.node.rag]));
    expect(byName.get('绿灯项目')).toEqual({ status: 'GREEN', reasons: [] });
    expect(byName.get('红灯项目')?.status).toBe('RED');
    expect(byName.get('红灯项目')?.reasons[0]).toMatchObject({
      code: 'CONSTRUCTION_START_LATE',
      severity: 'RED',
      params: expect.arrayContaining([
        { name: 'days', value: '120' },
        { name: 'started', value: 'false' },
      ]),
    });
    expect(byName.get('黄灯项目')?.reasons).toEqual([
      {
        code: 'MILESTONE_LATE',
        severity: 'YELLOW',
        params: [
          { name: 'milestone', value: 'LAND' },
          { name: 'days', value: '20' },
        ],
      },
    ]);
  });

  it('filters by RAG status, leader, unit, chain, late milestone and name, with totals to match', async () => {
    const red = await ledger(cookies.officerA!, { filter: { ragStatuses: ['RED'] } });
    expect(names(red)).toEqual(['红灯项目']);
    expect(red.data?.projects.totals.totalInvestment).toBe(20_000);
    expect(red.data?.projects.totalCount).toBe(1);
    const notGreen = await ledger(cookies.officerA!, { filter: { ragStatuses: ['RED', 'YELLOW'] } });
    expect(names(notGreen)).toEqual(['红灯项目', '黄灯项目']);
    const late = await ledger(cookies.officerA!, { filter: { milestoneLate: true } });
    expect(names(late)).toEqual(['红灯项目', '黄灯项目']);
    const onTime = await ledger(cookies.officerA!, { filter: { milestoneLate: false } });
    expect(names(onTime)).toEqual(['绿灯项目']);
    const leader = await ledger(cookies.officerA!, { filter: { accountableLeaderId: String(ids.leaderA) } });
    expect(names(leader)).toEqual(['红灯项目', '绿灯项目']);
    const unit = await ledger(cookies.officerA!, { filter: { responsibleUnit: '甲区招商局' } });
    expect(names(unit)).toEqual(['绿灯项目', '黄灯项目']);
    expect(unit.data?.projects.totals.totalInvestment).toBe(15_000);
    const chain = await ledger(cookies.officerA!, { filter: { chainId: String(ids.chain) } });
    expect(names(chain)).toEqual(['绿灯项目']);
    const search = await ledger(cookies.officerA!, { filter: { search: '黄灯' } });
    expect(names(search)).toEqual(['黄灯项目']);
  });

  it('pages by cursor on both the SQL and the RAG-filtered paths', async () => {
    for (const filter of [{}, { ragStatuses: ['RED', 'YELLOW', 'GREEN'] }]) {
      const page1 = await ledger(cookies.officerA!, { filter, first: 2 });
      expect(page1.data?.projects.edges).toHaveLength(2);
      expect(page1.data?.projects.pageInfo.hasNextPage).toBe(true);
      expect(page1.data?.projects.totalCount).toBe(3);
      const page2 = await ledger(cookies.officerA!, {
        filter,
        first: 2,
        after: page1.data?.projects.pageInfo.endCursor,
      });
      expect(page2.data?.projects.edges).toHaveLength(1);
      expect(page2.data?.projects.pageInfo.hasNextPage).toBe(false);
      const all = [...page1.data!.projects.edges, ...page2.data!.projects.edges].map((e) => e.node.name);
      expect(new Set(all).size).toBe(3);
    }
  });

  it("keeps zone B's officer out of zone A: not listed, not counted, not readable, not writable", async () => {
    const own = await ledger(cookies.officerB!);
    expect(names(own)).toEqual(['乙区项目']);
    expect(own.data?.projects.totals.totalInvestment).toBe(99_999);
    const filtered = await ledger(cookies.officerB!, { filter: { zoneId: String(ids.zoneA) } });
    expect(filtered.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = await graphql(app, `{ project(id: "${ids.red}") { id name } }`, {
      cookie: cookies.officerB,
    });
    expect(read.data).toEqual({ project: null });
    const missing = await graphql(app, `query ($z: ID!) { missingReports(zoneId: $z) { id } }`, {
      cookie: cookies.officerB,
      variables: { z: String(ids.zoneA) },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const before = await database.db
      .selectFrom('project')
      .selectAll()
      .where('id', '=', ids.red!)
      .executeTakeFirst();
    const audits = await count('audit_entry');
    const writes = [
      `mutation { updateProject(id: "${ids.red}", version: 1, input: { name: "改名" }) { id } }`,
      `mutation { recordMilestone(projectId: "${ids.red}", kind: CONSTRUCTION_START, actualOn: "${today}") { id } }`,
      `mutation { submitProgressReport(projectId: "${ids.red}", progress: "x") { id } }`,
    ];
    for (const write of writes) {
      const result = await graphql(app, write, { cookie: cookies.officerB });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(
      await database.db.selectFrom('project').selectAll().where('id', '=', ids.red!).executeTakeFirst(),
    ).toEqual(before);
    expect(await count('audit_entry')).toBe(audits);
  });

  it('shows a leader the projects they are accountable for, red first, and lets them read but not write', async () => {
    const mine = `{ myAccountableProjects { name rag { status } latestReport { problems supportNeeded } } }`;
    const leaderA = await graphql<{
      myAccountableProjects: { name: string; rag: { status: string }; latestReport: { problems: string } }[];
    }>(app, mine, { cookie: cookies.leaderA });
    expect(leaderA.data?.myAccountableProjects.map((p) => [p.name, p.rag.status])).toEqual([
      ['红灯项目', 'RED'],
      ['绿灯项目', 'GREEN'],
    ]);
    expect(leaderA.data?.myAccountableProjects[0]?.latestReport.problems).toBe('施工许可待批');
    // The zone's leader sees the zone's ledger like its staff.
    expect(names(await ledger(cookies.leaderA!))).toEqual(['红灯项目', '绿灯项目', '黄灯项目']);

    // A city leader without a zone sees exactly the projects they are accountable for.
    const city = await ledger(cookies.cityLeader!);
    expect(names(city)).toEqual(['乙区项目']);
    expect(city.data?.projects.totalCount).toBe(1);
    const cityRead = await graphql(
      app,
      `{ a: project(id: "${ids.foreign}") { name } b: project(id: "${ids.red}") { name } }`,
      {
        cookie: cookies.cityLeader,
      },
    );
    expect(cityRead.data).toEqual({ a: { name: '乙区项目' }, b: null });

    const write = await graphql(
      app,
      `mutation { updateProject(id: "${ids.red}", version: 1, input: { name: "x" }) { id } }`,
      {
        cookie: cookies.leaderA,
      },
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("gives an analyst the granted zone's ledger, read-only", async () => {
    expect(names(await ledger(cookies.analyst!))).toEqual(['红灯项目', '绿灯项目', '黄灯项目']);
    for (const write of [
      `mutation { updateProject(id: "${ids.green}", version: 1, input: { name: "x" }) { id } }`,
      `mutation { submitProgressReport(projectId: "${ids.green}", progress: "x") { id } }`,
    ]) {
      const result = await graphql(app, write, { cookie: cookies.analyst });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
