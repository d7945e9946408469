import { createApp, type DatabaseHandle } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { graphql, signIn, silentLog, testConfig } from '../support/http-client';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

/**
 * A hand-worked fixture. Chain: 正极材料 CAT (child of, and feeding) 电池 BAT, which feeds 整车 VEH;
 * weights 3 each, weakBelow 2. Zone A has one local firm in CAT (so BAT counts it too: WEAK, WEAK)
 * and a local anchor in no segment of the chain. VEH is MISSING, with two candidate firms outside A:
 *   - supplierOfAnchor: in VEH, supplies the local anchor;
 *   - plain: in VEH, identical but supplies nothing (and is chased by an open lead of A).
 * Expected by hand: CAT WEAK (1 firm), BAT WEAK (1 via its child), VEH MISSING, not a broken link
 * (VEH feeds nothing); completeness = (3 + 3) / 9 = 0.6667; VEH's candidates: supplierOfAnchor first.
 */
describe(`chainGaps through /graphql (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let officerA: string;
  let officerB: string;
  let tokenOfAnalyst: string;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    const make = createFactories(database.db);
    const db = database.db;
    const zoneA = await make.zone();
    const zoneB = await make.zone();
    const { chain, segments } = await make.chain();
    Object.assign(ids, {
      zoneA: zoneA.id,
      zoneB: zoneB.id,
      chain: chain.id,
      cat: segments.cathode.id,
      veh: segments.vehicle.id,
    });

    const firm = async (
      name: string,
      zoneId: number | null,
      tags: string[],
      segmentId: number | null,
      province = '河北省',
    ) => {
      const row = await db
        .insertInto('firm')
        .values({ name, zone_id: zoneId, tags, province, revenue: 1000 })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (segmentId)
        await db.insertInto('firm_segment').values({ firm_id: row.id, segment_id: segmentId }).execute();
      return row.id;
    };
    ids.local = await firm('示例本地正极', zoneA.id, [], segments.cathode.id);
    ids.anchor = await firm('示例本地链主', zoneA.id, ['ANCHOR'], null);
    ids.supplierOfAnchor = await firm('示例配套整车甲', null, [], segments.vehicle.id);
    ids.plain = await firm('示例整车乙', null, [], segments.vehicle.id);
    ids.inZoneB = await firm('示例乙区正极', zoneB.id, [], segments.cathode.id);
    await db
      .insertInto('supply')
      .values({ supplier_id: ids.supplierOfAnchor, buyer_id: ids.anchor })
      .execute();

    const officer = await make.user({ role: 'OFFICER', zoneId: zoneA.id });
    const lead = await db
      .insertInto('lead')
      .values({
        zone_id: zoneA.id,
        firm_id: ids.plain,
        title: '乙整车项目',
        stage: 'CONTACTED',
        owner_id: officer.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.lead = lead.id;
    officerA = await signIn(app, officer.email, TEST_PASSWORD);
    officerB = await signIn(
      app,
      (await make.user({ role: 'OFFICER', zoneId: zoneB.id })).email,
      TEST_PASSWORD,
    );
    const analyst = await make.user({ role: 'ANALYST', grantedZoneIds: [zoneA.id] });
    const analystCookie = await signIn(app, analyst.email, TEST_PASSWORD);
    const created = await graphql<{ createApiToken: { token: string } }>(
      app,
      'mutation { createApiToken(input: { name: "script" }) { token } }',
      { cookie: analystCookie },
    );
    tokenOfAnalyst = created.data!.createApiToken.token;
  });
  afterAll(() => database.close());

  const REPORT = `query ($zone: ID!, $chain: ID!) {
    chainGaps(zoneId: $zone, chainId: $chain) {
      zone { id } chain { id } completeness
      segments {
        segment { code } status localFirmCount localFirms { name } hasAnchor brokenLink candidateCount
        candidates(first: 5) { score firm { name } reasons { code points params { name value } } existingLead { id } }
      }
    }
  }`;
  type Report = {
    chainGaps: {
      completeness: number;
      segments: {
        segment: { code: string };
        status: string;
        localFirmCount: number;
        localFirms: { name: string }[];
        brokenLink: boolean;
        candidateCount: number;
        candidates: {
          score: number;
          firm: { name: string };
          reasons: { code: string }[];
          existingLead: { id: string } | null;
        }[];
      }[];
    };
  };

  it('computes statuses, completeness and ranked candidates as worked out by hand', async () => {
    const result = await graphql<Report>(app, REPORT, {
      cookie: officerA,
      variables: { zone: String(ids.zoneA), chain: String(ids.chain) },
    });
    expect(result.errors).toBeUndefined();
    const report = result.data!.chainGaps;
    expect(report.completeness).toBeCloseTo(6 / 9, 6);
    const byCode = Object.fromEntries(report.segments.map((s) => [s.segment.code, s]));
    expect(byCode.CAT).toMatchObject({
      status: 'WEAK',
      localFirmCount: 1,
      localFirms: [{ name: '示例本地正极' }],
    });
    expect(byCode.BAT).toMatchObject({ status: 'WEAK', localFirmCount: 1 });
    expect(byCode.VEH).toMatchObject({
      status: 'MISSING',
      localFirmCount: 0,
      brokenLink: false,
      candidateCount: 2,
    });
    const [first, second] = byCode.VEH!.candidates;
    expect(first?.firm.name).toBe('示例配套整车甲');
    expect(first?.reasons.map((r) => r.code)).toContain('SUPPLIES_LOCAL_ANCHOR');
    expect(second?.firm.name).toBe('示例整车乙');
    expect(first!.score).toBeGreaterThan(second!.score);
    expect(second?.existingLead).toEqual({ id: String(ids.lead) });
    // The firm of zone B is a candidate for A's weak cathode segment, never a local firm.
    expect(byCode.CAT!.candidates.map((c) => c.firm.name)).toEqual(['示例乙区正极']);
  });

  it('gives an analyst script with a read-only token the same report', async () => {
    const viaCookie = await graphql(app, REPORT, {
      cookie: officerA,
      variables: { zone: String(ids.zoneA), chain: String(ids.chain) },
    });
    const viaToken = await graphql(app, REPORT, {
      token: tokenOfAnalyst,
      variables: { zone: String(ids.zoneA), chain: String(ids.chain) },
    });
    expect(viaToken.data).toEqual(viaCookie.data);
  });

  it("refuses another zone's analysis with FORBIDDEN and unknown ids with NOT_FOUND, returning no data", async () => {
    const foreign = await graphql(app, REPORT, {
      cookie: officerB,
      variables: { zone: String(ids.zoneA), chain: String(ids.chain) },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(foreign.data).toBeNull();
    const noZone = await graphql(app, REPORT, {
      cookie: officerA,
      variables: { zone: '987654', chain: String(ids.chain) },
    });
    expect(noZone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const noChain = await graphql(app, REPORT, {
      cookie: officerA,
      variables: { zone: String(ids.zoneA), chain: '987654' },
    });
    expect(noChain.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("hides another zone's lead and its chain impact", async () => {
    const result = await graphql(app, `{ lead(id: "${ids.lead}") { id } }`, { cookie: officerB });
    expect(result.data).toEqual({ lead: null });
  });

  it("reports a lead's chain value: completeness before and after its firm lands", async () => {
    const result = await graphql<{ lead: { chainImpact: { before: number; after: number } } }>(
      app,
      `query ($lead: ID!, $chain: ID!) { lead(id: $lead) { chainImpact(chainId: $chain) { before after } } }`,
      { cookie: officerA, variables: { lead: String(ids.lead), chain: String(ids.chain) } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.lead.chainImpact.before).toBeCloseTo(6 / 9, 6);
    expect(result.data!.lead.chainImpact.after).toBeCloseTo(1, 6);
  });

  it('answers an empty chain and a zone with no firms without error', async () => {
    const empty = await database.db
      .insertInto('chain')
      .values({ code: 'EMPTY', name: '空链' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const result = await graphql<Report>(app, REPORT, {
      cookie: officerA,
      variables: { zone: String(ids.zoneA), chain: String(empty.id) },
    });
    expect(result.data?.chainGaps).toMatchObject({ completeness: 0, segments: [] });
    const noFirms = await graphql<Report>(app, REPORT, {
      cookie: officerB,
      variables: { zone: String(ids.zoneB), chain: String(ids.chain) },
    });
    expect(noFirms.errors).toBeUndefined();
  });

  it('answers CONFLICT, never a loop, when stored feeds form a cycle', async () => {
    const chain = await database.db
      .insertInto('chain')
      .values({ code: 'LOOP', name: '环链' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const [a, b] = await database.db
      .insertInto('segment')
      .values([
        { chain_id: chain.id, code: 'A', name: '甲', stage: 'UPSTREAM' },
        { chain_id: chain.id, code: 'B', name: '乙', stage: 'DOWNSTREAM' },
      ])
      .returning('id')
      .execute();
    await database.db
      .insertInto('segment_feed')
      .values([
        { chain_id: chain.id, from_segment_id: a!.id, to_segment_id: b!.id },
        { chain_id: chain.id, from_segment_id: b!.id, to_segment_id: a!.id },
      ])
      .execute();
    const result = await graphql(app, REPORT, {
      cookie: officerA,
      variables: { zone: String(ids.zoneA), chain: String(chain.id) },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it("shows an anchor's supply network and local supply rate", async () => {
    const result = await graphql<{
      supplyNetwork: {
        supplierCount: number;
        localSupplierCount: number;
        localSupplyRate: number;
        suppliers: { firm: { name: string }; local: boolean }[];
      };
    }>(
      app,
      `{ supplyNetwork(anchorId: "${ids.anchor}") { supplierCount localSupplierCount localSupplyRate suppliers { firm { name } local } } }`,
      { cookie: officerA },
    );
    expect(result.data?.supplyNetwork).toEqual({
      supplierCount: 1,
      localSupplierCount: 0,
      localSupplyRate: 0,
      suppliers: [{ firm: { name: '示例配套整车甲' }, local: false }],
    });
  });
});
