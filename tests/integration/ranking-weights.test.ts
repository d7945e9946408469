import { createApp, type DatabaseHandle } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { graphql, signIn, silentLog, testConfig } from '../support/http-client';
import { shanghaiToday } from '../support/shanghai-dates';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

const RANKING = `query ($kind: ZoneKind!) {
  zoneRanking(kind: $kind) {
    weights { key weight }
    weightSettings { kind isDefault version weights { key weight } }
    rows { zone { name } rank score }
  }
}`;

const SET = `mutation ($kind: ZoneKind!, $weights: [IndicatorWeightInput!]!, $version: Int) {
  setRankingWeights(kind: $kind, weights: $weights, version: $version) {
    kind isDefault version updatedAt weights { key weight }
  }
}`;

const RESET = `mutation ($kind: ZoneKind!, $version: Int) {
  resetRankingWeights(kind: $kind, version: $version) { isDefault version weights { key weight } }
}`;

interface RankingData {
  zoneRanking: {
    weights: { key: string; weight: number }[];
    weightSettings: { isDefault: boolean; version: number; weights: { key: string; weight: number }[] };
    rows: { zone: { name: string }; rank: number; score: number }[];
  };
}

interface SetData {
  setRankingWeights: { isDefault: boolean; version: number; weights: { key: string; weight: number }[] };
}

describe(`ranking weights set by an administrator (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  const cookies: Record<string, string> = {};
  let adminId = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    app = createApp({ db, config: testConfig(), log: silentLog });
    const make = createFactories(db);
    const today = shanghaiToday();
    // 大经开区 signed ten times more; 实经开区 has all of its investment in place (资金到位率 1).
    const big = await make.zone({ name: '大经开区', kind: 'ECONOMIC' });
    const real = await make.zone({ name: '实经开区', kind: 'ECONOMIC' });
    await make.project({
      zoneId: big.id,
      totalInvestment: 100_000,
      investmentToDate: 1,
      milestones: { SIGNED: { actualOn: today } },
    });
    await make.project({
      zoneId: real.id,
      totalInvestment: 10_000,
      investmentToDate: 10_000,
      milestones: { SIGNED: { actualOn: today } },
    });
    const admin = await make.user({ role: 'ADMIN' });
    adminId = admin.id;
    const users = {
      admin,
      province: await make.user({ role: 'LEADER', grantedZoneIds: [big.id, real.id] }),
      manager: await make.user({ role: 'ZONE_MANAGER', zoneId: big.id }),
    };
    for (const [key, user] of Object.entries(users))
      cookies[key] = await signIn(app, user.email, TEST_PASSWORD);
  });
  afterAll(() => database.close());

  const ranking = async (cookie = cookies.admin) => {
    const result = await graphql<RankingData>(app, RANKING, { variables: { kind: 'ECONOMIC' }, cookie });
    expect(result.errors).toBeUndefined();
    return result.data!.zoneRanking;
  };
  const auditCount = async () =>
    Number(
      (
        await database.db
          .selectFrom('audit_entry')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('entity', '=', 'ranking_weights')
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('ranks on the documented default until an administrator changes it', async () => {
    const before = await ranking(cookies.province);
    expect(before.weightSettings).toMatchObject({ isDefault: true, version: 0 });
    expect(before.weightSettings.weights).toContainEqual({ key: 'SIGNED_INVESTMENT', weight: 30 });
    expect(before.rows[0]!.zone.name).toBe('大经开区');
  });

  it('refuses a non-administrator with FORBIDDEN and changes nothing', async () => {
    for (const cookie of [cookies.province, cookies.manager]) {
      const result = await graphql(app, SET, {
        variables: { kind: 'ECONOMIC', weights: [{ key: 'INVESTMENT_IN_PLACE_RATE', weight: 100 }] },
        cookie,
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const reset = await graphql(app, RESET, { variables: { kind: 'ECONOMIC' }, cookie });
      expect(reset.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await ranking()).weightSettings.isDefault).toBe(true);
    expect(await auditCount()).toBe(0);
  });

  it.each([
    [[{ key: 'SPECIALIZED_FIRM_COUNT', weight: 10 }], 'not an indicator of ECONOMIC'],
    [[{ key: 'SIGNED_INVESTMENT', weight: 101 }], 'from 0 to 100'],
    [[{ key: 'SIGNED_INVESTMENT', weight: -1 }], 'from 0 to 100'],
    [[{ key: 'SIGNED_INVESTMENT', weight: 0 }], 'above 0'],
    [
      [
        { key: 'SIGNED_INVESTMENT', weight: 10 },
        { key: 'SIGNED_INVESTMENT', weight: 20 },
      ],
      'twice',
    ],
  ])('refuses invalid weights %j with VALIDATION', async (weights, message) => {
    const result = await graphql(app, SET, {
      variables: { kind: 'ECONOMIC', weights },
      cookie: cookies.admin,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(result.errors?.[0]?.message).toContain(message);
    expect((await ranking()).weightSettings.isDefault).toBe(true);
  });

  it('lets an administrator change the weights: the ranking follows, audited with before and after', async () => {
    const result = await graphql<SetData>(app, SET, {
      variables: {
        kind: 'ECONOMIC',
        weights: [{ key: 'INVESTMENT_IN_PLACE_RATE', weight: 100 }],
        version: 0,
      },
      cookie: cookies.admin,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.setRankingWeights).toMatchObject({ isDefault: false, version: 1 });
    expect(result.data!.setRankingWeights.weights).toContainEqual({ key: 'SIGNED_INVESTMENT', weight: 0 });

    const after = await ranking(cookies.province);
    expect(after.weights).toEqual([{ key: 'INVESTMENT_IN_PLACE_RATE', weight: 100 }]);
    expect(after.weightSettings).toMatchObject({ isDefault: false, version: 1 });
    expect(after.rows[0]).toMatchObject({ zone: { name: '实经开区' }, rank: 1, score: 100 });
    expect(after.rows[1]!.score).toBeLessThan(1);

    const audit = await database.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('entity', '=', 'ranking_weights')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: adminId, action: 'UPDATE' });
    expect(audit.before).toMatchObject({
      kind: 'ECONOMIC',
      isDefault: true,
      weights: { SIGNED_INVESTMENT: 30 },
    });
    expect(audit.after).toMatchObject({
      isDefault: false,
      weights: { INVESTMENT_IN_PLACE_RATE: 100, SIGNED_INVESTMENT: 0 },
    });
  });

  it('refuses a stale version with CONFLICT', async () => {
    const stale = await graphql(app, SET, {
      variables: { kind: 'ECONOMIC', weights: [{ key: 'SIGNED_INVESTMENT', weight: 50 }], version: 0 },
      cookie: cookies.admin,
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const staleReset = await graphql(app, RESET, {
      variables: { kind: 'ECONOMIC', version: 7 },
      cookie: cookies.admin,
    });
    expect(staleReset.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const fresh = await graphql<SetData>(app, SET, {
      variables: {
        kind: 'ECONOMIC',
        weights: [
          { key: 'INVESTMENT_IN_PLACE_RATE', weight: 60 },
          { key: 'SIGNED_INVESTMENT', weight: 40 },
        ],
        version: 1,
      },
      cookie: cookies.admin,
    });
    expect(fresh.errors).toBeUndefined();
    expect(fresh.data!.setRankingWeights.version).toBe(2);
    expect(await auditCount()).toBe(2);
  });

  it('resets a kind to the documented default, audited', async () => {
    const result = await graphql<{ resetRankingWeights: { isDefault: boolean; version: number } }>(
      app,
      RESET,
      {
        variables: { kind: 'ECONOMIC', version: 2 },
        cookie: cookies.admin,
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.resetRankingWeights).toMatchObject({ isDefault: true, version: 3 });
    const after = await ranking();
    expect(after.weightSettings.isDefault).toBe(true);
    expect(after.weights).toContainEqual({ key: 'SIGNED_INVESTMENT', weight: 30 });
    expect(after.rows[0]!.zone.name).toBe('大经开区');
    expect(await auditCount()).toBe(3);
  });

  it('keeps counting versions through a reset: a form loaded before it cannot overwrite later weights', async () => {
    const weights = [
      { key: 'SIGNED_INVESTMENT', weight: 10 },
      { key: 'CHAIN_COMPLETENESS', weight: 90 },
    ];
    const afterReset = await graphql<{ setRankingWeights: { version: number; isDefault: boolean } }>(
      app,
      SET,
      { variables: { kind: 'ECONOMIC', weights, version: 3 }, cookie: cookies.admin },
    );
    expect(afterReset.errors).toBeUndefined();
    expect(afterReset.data!.setRankingWeights).toMatchObject({ version: 4, isDefault: false });
    // Versions 1 and 2 were handed out before the reset: both are stale now.
    for (const version of [1, 2]) {
      const stale = await graphql(app, SET, {
        variables: { kind: 'ECONOMIC', weights: [{ key: 'SIGNED_INVESTMENT', weight: 100 }], version },
        cookie: cookies.admin,
      });
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    }
    expect((await ranking()).weights).toContainEqual({ key: 'CHAIN_COMPLETENESS', weight: 90 });
  });
});
