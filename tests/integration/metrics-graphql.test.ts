import { createApp, type DatabaseHandle } from '@lianzhao/api';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { graphql, signIn, silentLog, testConfig } from '../support/http-client';
import { addDays, isoWeekOf, shanghaiToday } from '../support/shanghai-dates';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

const DASHBOARD = `query ($zoneId: ID!) {
  zoneDashboard(zoneId: $zoneId) {
    zone { id name }
    asOf isoWeek
    metrics { key unit value previousWeek }
    funnel { stage count plannedInvestment }
    comparisons { period newLeads newLeadsLastYear signings signingsLastYear signedInvestment signedInvestmentLastYear }
    projectsByRag { status count }
    investment { planned inPlace rate }
    chains { chain { id } completeness trend { isoWeek value } }
    followUps { overdue dueThisWeek leads { id title } }
  }
}`;

const RANKING = `query ($kind: ZoneKind!, $period: String) {
  zoneRanking(kind: $kind, period: $period) {
    kind period previousPeriod
    weights { key weight }
    rows { zone { id name } rank score previousRank movement highlight
           indicators { key unit value score weight contribution } }
  }
}`;

interface DashboardData {
  zoneDashboard: {
    asOf: string;
    isoWeek: string;
    metrics: { key: string; unit: string; value: number | null }[];
    funnel: { stage: string; count: number; plannedInvestment: number }[];
    comparisons: { period: string }[];
    projectsByRag: { count: number }[];
    investment: unknown;
    chains: { completeness: number; trend: { isoWeek: string; value: number | null }[] }[];
    followUps: { overdue: number; dueThisWeek: number; leads: { title: string }[] };
  };
}

interface RankingData {
  zoneRanking: {
    period: string;
    rows: {
      zone: { id: string; name: string };
      rank: number;
      score: number;
      highlight: string | null;
      indicators: { key: string; value: number | null; contribution: number }[];
    }[];
  };
}

describe(`zoneDashboard and zoneRanking (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let zoneA: { id: number; name: string };
  let zoneB: { id: number; name: string };
  let zoneC: { id: number; name: string };
  let chainId: number;
  const cookies: Record<string, string> = {};
  const today = shanghaiToday();
  const week = isoWeekOf(today);

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    app = createApp({ db, config: testConfig(), log: silentLog });
    const make = createFactories(db);
    zoneA = await make.zone({ name: '甲高新区', kind: 'HIGH_TECH' });
    zoneB = await make.zone({ name: '乙高新区', kind: 'HIGH_TECH' });
    zoneC = await make.zone({ name: '丙经开区', kind: 'ECONOMIC' });
    const { chain, segments } = await make.chain();
    chainId = chain.id;
    await db
      .insertInto('zone_chain')
      .values([
        { zone_id: zoneA.id, chain_id: chain.id },
        { zone_id: zoneB.id, chain_id: chain.id },
      ])
      .execute();
    // Zone A has a firm in 整车 only: 1 of 3 equal-weight segments. Zone B has 电池 and 整车; 正极材料
    // (a child of 电池) stays missing: 2 of 3.
    const firm = (name: string, zoneId: number) =>
      db.insertInto('firm').values({ name, zone_id: zoneId }).returning('id').executeTakeFirstOrThrow();
    const a1 = await firm('甲整车厂', zoneA.id);
    const b1 = await firm('乙电池厂', zoneB.id);
    const b2 = await firm('乙整车厂', zoneB.id);
    await db
      .insertInto('firm_segment')
      .values([
        { firm_id: a1.id, segment_id: segments.vehicle.id },
        { firm_id: b1.id, segment_id: segments.battery.id },
        { firm_id: b2.id, segment_id: segments.vehicle.id },
      ])
      .execute();

    await make.project({
      zoneId: zoneA.id,
      totalInvestment: 20_000,
      investmentToDate: 5_000,
      milestones: { SIGNED: { actualOn: today } },
    });
    await make.project({
      zoneId: zoneB.id,
      totalInvestment: 424_242,
      investmentToDate: 1,
      milestones: { SIGNED: { actualOn: today }, CONSTRUCTION_START: { actualOn: today } },
    });
    const target = await firm('目标企业', zoneC.id);
    const owner = await make.user({ role: 'OFFICER', zoneId: zoneA.id });
    await db
      .insertInto('lead')
      .values([
        {
          zone_id: zoneA.id,
          firm_id: target.id,
          title: '逾期线索',
          stage: 'NEGOTIATING',
          planned_investment: 3_000,
          next_follow_up_on: addDays(today, -3),
          owner_id: owner.id,
        },
        {
          zone_id: zoneA.id,
          firm_id: a1.id,
          title: '今天线索',
          stage: 'LEAD',
          next_follow_up_on: today,
          owner_id: owner.id,
        },
        {
          zone_id: zoneA.id,
          firm_id: b1.id,
          title: '已终止线索',
          stage: 'LOST',
          lost_reason: '无意向',
          next_follow_up_on: addDays(today, -5),
        },
      ])
      .execute();

    const users = {
      officerA: owner,
      admin: await make.user({ role: 'ADMIN' }),
      analystA: await make.user({ role: 'ANALYST', grantedZoneIds: [zoneA.id] }),
      analystNone: await make.user({ role: 'ANALYST' }),
    };
    for (const [key, user] of Object.entries(users))
      cookies[key] = await signIn(app, user.email, TEST_PASSWORD);
  });
  afterAll(() => database.close());

  it("shows a zone officer their zone's dashboard, every figure from the metric definitions", async () => {
    const result = await graphql<DashboardData>(app, DASHBOARD, {
      variables: { zoneId: String(zoneA.id) },
      cookie: cookies.officerA,
    });
    expect(result.errors).toBeUndefined();
    const dashboard = result.data!.zoneDashboard;
    expect(dashboard.asOf).toBe(today);
    expect(dashboard.isoWeek).toBe(week);
    const metric = (key: string) => dashboard.metrics.find((m) => m.key === key);
    expect(metric('SIGNED_INVESTMENT')).toMatchObject({ unit: 'WAN_YUAN', value: 20_000 });
    expect(metric('CONSTRUCTION_START_RATE')?.value).toBe(0);
    expect(metric('INVESTMENT_IN_PLACE_RATE')?.value).toBe(0.25);
    expect(dashboard.funnel).toContainEqual({ stage: 'NEGOTIATING', count: 1, plannedInvestment: 3_000 });
    expect(dashboard.funnel).toHaveLength(5);
    expect(dashboard.investment).toEqual({ planned: 20_000, inPlace: 5_000, rate: 0.25 });
    expect(dashboard.projectsByRag.reduce((sum, r) => sum + r.count, 0)).toBe(1);
    expect(dashboard.followUps.overdue).toBe(1);
    expect(dashboard.followUps.dueThisWeek).toBe(1);
    expect(dashboard.followUps.leads.map((l) => l.title)).toEqual(['逾期线索', '今天线索']);
    const ytd = dashboard.comparisons.find((c) => c.period === 'YEAR_TO_DATE');
    expect(ytd).toMatchObject({ newLeads: 3, signings: 1, signedInvestment: 20_000, signingsLastYear: 0 });
    expect(dashboard.chains).toHaveLength(1);
    expect(dashboard.chains[0]!.trend).toHaveLength(13);
    expect(dashboard.chains[0]!.trend.at(-1)).toEqual({
      isoWeek: week,
      value: dashboard.chains[0]!.completeness,
    });
  });

  it('reports the same chain completeness as chainGaps (one formula)', async () => {
    const gaps = await graphql<{ chainGaps: { completeness: number } }>(
      app,
      `{ chainGaps(zoneId: "${zoneA.id}", chainId: "${chainId}") { completeness } }`,
      { cookie: cookies.officerA },
    );
    const dashboard = await graphql<{ zoneDashboard: { chains: { completeness: number }[] } }>(
      app,
      DASHBOARD,
      {
        variables: { zoneId: String(zoneA.id) },
        cookie: cookies.officerA,
      },
    );
    expect(dashboard.data!.zoneDashboard.chains[0]!.completeness).toBe(gaps.data!.chainGaps.completeness);
    expect(gaps.data!.chainGaps.completeness).toBeCloseTo(1 / 3, 10);
  });

  it("refuses another zone's dashboard", async () => {
    for (const who of ['officerA', 'analystA', 'analystNone']) {
      const result = await graphql(app, DASHBOARD, {
        variables: { zoneId: String(zoneB.id) },
        cookie: cookies[who],
      });
      expect(result.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
      expect(JSON.stringify(result)).not.toContain('424242');
    }
  });

  it('ranks the zones of a kind for an administrator, with the breakdown and the top and bottom marked', async () => {
    const result = await graphql<RankingData>(app, RANKING, {
      variables: { kind: 'HIGH_TECH', period: week },
      cookie: cookies.admin,
    });
    expect(result.errors).toBeUndefined();
    const ranking = result.data!.zoneRanking;
    expect(ranking.period).toBe(week);
    // Zone B leads: more signed investment, construction started, better chain completeness.
    expect(ranking.rows.map((r) => [r.zone.name, r.rank, r.highlight])).toEqual([
      ['乙高新区', 1, 'TOP'],
      ['甲高新区', 2, 'BOTTOM'],
    ]);
    const first = ranking.rows[0]!;
    expect(first.indicators.reduce((sum, i) => sum + i.contribution, 0)).toBeCloseTo(first.score, 6);
    expect(ranking.rows.some((r) => r.zone.name === '丙经开区')).toBe(false);
  });

  it('ranks only the zones a viewer may see', async () => {
    for (const who of ['officerA', 'analystA']) {
      const result = await graphql<RankingData>(app, RANKING, {
        variables: { kind: 'HIGH_TECH' },
        cookie: cookies[who],
      });
      expect(result.errors, who).toBeUndefined();
      expect(
        result.data!.zoneRanking.rows.map((r) => r.zone.name),
        who,
      ).toEqual(['甲高新区']);
      expect(JSON.stringify(result), who).not.toContain('424242');
    }
    const none = await graphql<RankingData>(app, RANKING, {
      variables: { kind: 'HIGH_TECH' },
      cookie: cookies.analystNone,
    });
    expect(none.data!.zoneRanking.rows).toEqual([]);
  });

  it('refuses a period that is not an ISO week', async () => {
    const result = await graphql(app, RANKING, {
      variables: { kind: 'HIGH_TECH', period: '2026-11' },
      cookie: cookies.admin,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });

  it('exports the ranking to XLSX with the same field', async () => {
    const response = await app.request(`/exports/zone-ranking.xlsx?kind=HIGH_TECH&period=${week}`, {
      headers: { cookie: cookies.admin ?? '' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('高新区赛马排名'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe('排名');
    expect([sheet.getRow(3).getCell(2).value, sheet.getRow(4).getCell(2).value]).toEqual([
      '乙高新区',
      '甲高新区',
    ]);

    const officer = await app.request(`/exports/zone-ranking.xlsx?kind=HIGH_TECH&locale=en`, {
      headers: { cookie: cookies.officerA ?? '' },
    });
    const own = new ExcelJS.Workbook();
    await own.xlsx.load(await officer.arrayBuffer());
    const ownSheet = own.worksheets[0]!;
    expect(ownSheet.getRow(2).getCell(1).value).toBe('Rank');
    expect(ownSheet.rowCount).toBe(3);
    expect(ownSheet.getRow(3).getCell(2).value).toBe('甲高新区');

    expect((await app.request('/exports/zone-ranking.xlsx?kind=HIGH_TECH')).status).toBe(401);
    const bad = await app.request('/exports/zone-ranking.xlsx?kind=NOPE', {
      headers: { cookie: cookies.admin ?? '' },
    });
    expect(bad.status).toBe(400);
  });
});
