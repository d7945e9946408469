import { createApp, type DatabaseHandle } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { graphql, signIn, silentLog, testConfig } from '../support/http-client';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

const CREATE = `mutation ($input: CreateLeadInput!) {
  createLead(input: $input) { id title stage source priority owner { email } zone { id } firm { id } segments { id } version }
}`;
const LIST = `query ($filter: LeadFilter, $first: Int, $after: String) {
  leads(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title zone { id } } }
  }
}`;
type Listed = {
  leads: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; title: string; zone: { id: string } } }[];
  };
};

describe(`leads: create and list (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let cookieA: string;
  let cookieB: string;
  let analystCookie: string;
  let officerAEmail: string;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    const make = createFactories(database.db);
    const zoneA = await make.zone();
    const zoneB = await make.zone();
    const { chain, segments } = await make.chain();
    // Lead segments must belong to chains the zone pursues.
    await database.db.insertInto('zone_chain').values({ zone_id: zoneA.id, chain_id: chain.id }).execute();
    const firm = (name: string) =>
      database.db.insertInto('firm').values({ name }).returning('id').executeTakeFirstOrThrow();
    Object.assign(ids, {
      zoneA: zoneA.id,
      zoneB: zoneB.id,
      segment: segments.vehicle.id,
      firm1: (await firm('示例甲科技')).id,
      firm2: (await firm('示例乙材料')).id,
    });
    const officerA = await make.user({ role: 'OFFICER', zoneId: zoneA.id });
    officerAEmail = officerA.email;
    cookieA = await signIn(app, officerA.email, TEST_PASSWORD);
    cookieB = await signIn(
      app,
      (await make.user({ role: 'OFFICER', zoneId: zoneB.id })).email,
      TEST_PASSWORD,
    );
    analystCookie = await signIn(
      app,
      (await make.user({ role: 'ANALYST', grantedZoneIds: [zoneA.id] })).email,
      TEST_PASSWORD,
    );
  });
  afterAll(() => database.close());

  const input = (overrides: Record<string, unknown> = {}) => ({
    zoneId: String(ids.zoneA),
    firmId: String(ids.firm1),
    title: '  示例甲科技 · 整车  ',
    segmentIds: [String(ids.segment)],
    source: 'ANCHOR_REFERRAL',
    priority: 'HIGH',
    ...overrides,
  });
  const countRows = async (table: 'lead' | 'audit_entry' | 'lead_stage_change') =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('opens a lead owned by the officer, with its stage record and audit entry', async () => {
    const result = await graphql<{ createLead: Record<string, unknown> & { id: string } }>(app, CREATE, {
      cookie: cookieA,
      variables: { input: input() },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createLead).toMatchObject({
      title: '示例甲科技 · 整车',
      stage: 'LEAD',
      source: 'ANCHOR_REFERRAL',
      priority: 'HIGH',
      owner: { email: officerAEmail },
      zone: { id: String(ids.zoneA) },
      segments: [{ id: String(ids.segment) }],
      version: 1,
    });
    const leadId = Number(result.data!.createLead.id);
    const audit = await database.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('entity', '=', 'lead')
      .where('entity_id', '=', leadId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['CREATE']);
    const stages = await database.db
      .selectFrom('lead_stage_change')
      .selectAll()
      .where('lead_id', '=', leadId)
      .execute();
    expect(stages.map((s) => [s.from_stage, s.to_stage])).toEqual([[null, 'LEAD']]);
  });

  it('refuses a second open lead for the same firm with CONFLICT naming the first, writing nothing', async () => {
    const before = await Promise.all([
      countRows('lead'),
      countRows('audit_entry'),
      countRows('lead_stage_change'),
    ]);
    const result = await graphql(app, CREATE, {
      cookie: cookieA,
      variables: { input: input({ title: 'again' }) },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      details: { existingLeadId: expect.any(String) },
    });
    expect(
      await Promise.all([countRows('lead'), countRows('audit_entry'), countRows('lead_stage_change')]),
    ).toEqual(before);
  });

  it('lets only one of two simultaneous requests open a lead for the same firm', async () => {
    const firm = await database.db
      .insertInto('firm')
      .values({ name: '示例并发' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const both = await Promise.all(
      [1, 2].map(() =>
        graphql(app, CREATE, { cookie: cookieA, variables: { input: input({ firmId: String(firm.id) }) } }),
      ),
    );
    expect(both.filter((r) => r.data?.createLead).length).toBe(1);
    expect(both.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    const rows = await database.db.selectFrom('lead').select('id').where('firm_id', '=', firm.id).execute();
    expect(rows).toHaveLength(1);
    await database.db.deleteFrom('lead').where('firm_id', '=', firm.id).execute();
  });

  it('refuses leads in a zone the officer does not work in, by analysts, and with bad input', async () => {
    const before = await countRows('lead');
    const foreign = await graphql(app, CREATE, {
      cookie: cookieB,
      variables: { input: input({ firmId: String(ids.firm2) }) },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const analyst = await graphql(app, CREATE, {
      cookie: analystCookie,
      variables: { input: input({ firmId: String(ids.firm2) }) },
    });
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const bad of [
      { title: ' ' },
      { firmId: '999999' },
      { segmentIds: ['999999'] },
      { plannedInvestment: -5 },
    ]) {
      const result = await graphql(app, CREATE, {
        cookie: cookieA,
        variables: { input: input({ firmId: String(ids.firm2), ...bad }) },
      });
      expect(['VALIDATION', 'NOT_FOUND']).toContain(result.errors?.[0]?.extensions?.code);
    }
    expect(await countRows('lead')).toBe(before);
  });

  it("lists only the viewer's zones, pages by cursor, searches title and firm name", async () => {
    const make = (zoneId: number, n: number) =>
      database.db
        .insertInto('firm')
        .values({ name: `示例分页${zoneId}-${n}` })
        .returning('id')
        .executeTakeFirstOrThrow()
        .then((f) =>
          database.db
            .insertInto('lead')
            .values({ zone_id: zoneId, firm_id: f.id, title: `线索${zoneId}-${n}` })
            .execute(),
        );
    for (let n = 0; n < 5; n++) await make(ids.zoneA!, n);
    for (let n = 0; n < 3; n++) await make(ids.zoneB!, n);

    const page1 = await graphql<Listed>(app, LIST, { cookie: cookieA, variables: { first: 4 } });
    expect(page1.data?.leads.totalCount).toBe(6); // 5 + the one created above; none of zone B
    expect(page1.data?.leads.edges).toHaveLength(4);
    expect(page1.data?.leads.pageInfo.hasNextPage).toBe(true);
    const page2 = await graphql<Listed>(app, LIST, {
      cookie: cookieA,
      variables: { first: 4, after: page1.data?.leads.pageInfo.endCursor },
    });
    expect(page2.data?.leads.edges).toHaveLength(2);
    expect(page2.data?.leads.pageInfo.hasNextPage).toBe(false);
    const all = [...page1.data!.leads.edges, ...page2.data!.leads.edges];
    expect(new Set(all.map((e) => e.node.id)).size).toBe(6);
    expect(all.every((e) => e.node.zone.id === String(ids.zoneA))).toBe(true);

    const search = await graphql<Listed>(app, LIST, {
      cookie: cookieA,
      variables: { filter: { search: '示例甲' } },
    });
    expect(search.data?.leads.edges.map((e) => e.node.title)).toEqual(['示例甲科技 · 整车']);
    const wildcard = await graphql<Listed>(app, LIST, {
      cookie: cookieA,
      variables: { filter: { search: '%' } },
    });
    expect(wildcard.data?.leads.totalCount).toBe(0);
  });

  it("answers FORBIDDEN for another zone's filter and rejects forged cursors and page sizes", async () => {
    const foreign = await graphql(app, LIST, {
      cookie: cookieA,
      variables: { filter: { zoneId: String(ids.zoneB) } },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const cursor = await graphql(app, LIST, { cookie: cookieA, variables: { after: 'bm9wZQ' } });
    expect(cursor.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const size = await graphql(app, LIST, { cookie: cookieA, variables: { first: 100000 } });
    expect(size.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });
});
