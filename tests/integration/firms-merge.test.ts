import { createApp, type DatabaseHandle, firmNameInitials } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeUscc } from '../../api/src/firms/uscc';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { graphql, signIn, silentLog, testConfig } from '../support/http-client';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

const DUPLICATES = `query ($zoneId: ID) { firmDuplicates(zoneId: $zoneId) { similarity first { id name } second { id name } } }`;
const MERGE = `mutation ($s: ID!, $d: ID!, $v: Int!) { mergeFirms(survivorId: $s, duplicateId: $d, survivorVersion: $v) {
  id name aliases uscc version tags segments { id } } }`;

describe(`firm duplicates and merge (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let make: ReturnType<typeof createFactories>;
  let zone: { id: number };
  let otherZone: { id: number };
  let segments: Awaited<ReturnType<ReturnType<typeof createFactories>['chain']>>['segments'];
  const cookies: Record<string, string> = {};

  const firm = (values: {
    name: string;
    zone_id?: number | null;
    uscc?: string | null;
    tags?: string[];
    city?: string | null;
  }) =>
    database.db
      .insertInto('firm')
      .values({ name_initials: firmNameInitials(values.name), ...values })
      .returningAll()
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    make = createFactories(database.db);
    zone = await make.zone({ name: '甲高新区' });
    otherZone = await make.zone({ name: '乙开发区' });
    ({ segments } = await make.chain());
    for (const [key, role, zoneId] of [
      ['manager', 'ZONE_MANAGER', zone.id],
      ['otherManager', 'ZONE_MANAGER', otherZone.id],
      ['officer', 'OFFICER', zone.id],
      ['admin', 'ADMIN', null],
    ] as const) {
      const user = await make.user({ role, zoneId });
      cookies[key] = await signIn(app, user.email, TEST_PASSWORD);
    }
  });
  afterAll(() => database.close());

  it('lists possible duplicates by similar names once legal forms are stripped, not unrelated firms', async () => {
    const a = await firm({ name: '河北示例锂电材料有限公司', zone_id: zone.id });
    const b = await firm({ name: '河北示例锂电材料股份有限公司', zone_id: zone.id });
    await firm({ name: '唐山钢铁集团有限公司', zone_id: zone.id });
    await firm({ name: '保定汽车零部件有限公司', zone_id: otherZone.id });
    const result = await graphql<{
      firmDuplicates: { similarity: number; first: { id: string }; second: { id: string } }[];
    }>(app, DUPLICATES, { cookie: cookies.manager, variables: { zoneId: String(zone.id) } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.firmDuplicates).toEqual([
      {
        similarity: 1,
        first: { id: String(a.id), name: a.name },
        second: { id: String(b.id), name: b.name },
      },
    ]);
  });

  it('merges a planted duplicate with its history: leads, projects, supplies, segments, activities and names move', async () => {
    const survivor = await firm({ name: '示例电池科技有限公司', zone_id: zone.id, tags: ['ANCHOR'] });
    const duplicate = await firm({
      name: '示例电池有限公司',
      zone_id: zone.id,
      uscc: completeUscc('91130100MA0000777'),
      city: '石家庄市',
      tags: ['LISTED'],
    });
    const partner = await firm({ name: '示例整车有限公司', zone_id: otherZone.id });
    const another = await firm({ name: '示例材料有限公司' });
    const db = database.db;
    const lead = await db
      .insertInto('lead')
      .values({ zone_id: otherZone.id, firm_id: duplicate.id, title: '乙区线索' })
      .returningAll()
      .executeTakeFirstOrThrow();
    await db.insertInto('activity').values({ lead_id: lead.id, kind: 'CALL', summary: '电话沟通' }).execute();
    const project = await make.project({ zoneId: zone.id, firmId: duplicate.id, name: '示例电池项目' });
    await db
      .insertInto('firm_segment')
      .values([
        { firm_id: survivor.id, segment_id: segments.battery.id },
        { firm_id: duplicate.id, segment_id: segments.battery.id },
        { firm_id: duplicate.id, segment_id: segments.cathode.id },
      ])
      .execute();
    await db
      .insertInto('supply')
      .values([
        { supplier_id: duplicate.id, buyer_id: survivor.id }, // becomes a self-loop: dropped
        { supplier_id: duplicate.id, buyer_id: partner.id, annual_volume: 500 }, // the survivor has it too
        { supplier_id: survivor.id, buyer_id: partner.id, annual_volume: 300 },
        { supplier_id: another.id, buyer_id: duplicate.id, annual_volume: 80 }, // moves
      ])
      .execute();

    const merged = await graphql<{
      mergeFirms: {
        id: string;
        aliases: string[];
        uscc: string;
        version: number;
        tags: string[];
        segments: { id: string }[];
      };
    }>(app, MERGE, {
      cookie: cookies.manager,
      variables: { s: String(survivor.id), d: String(duplicate.id), v: survivor.version },
    });
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.mergeFirms).toMatchObject({
      id: String(survivor.id),
      aliases: ['示例电池有限公司'],
      uscc: duplicate.uscc,
      version: 2,
    });
    expect(merged.data?.mergeFirms.tags.sort()).toEqual(['ANCHOR', 'LISTED']);
    expect(merged.data?.mergeFirms.segments.map((s) => Number(s.id)).sort()).toEqual(
      [segments.battery.id, segments.cathode.id].sort(),
    );

    const gone = await db
      .selectFrom('firm')
      .selectAll()
      .where('id', '=', duplicate.id)
      .executeTakeFirstOrThrow();
    expect(gone).toMatchObject({ merged_into_id: survivor.id });
    expect(gone.deleted_at).not.toBeNull();
    expect(
      (await db.selectFrom('lead').select('firm_id').where('id', '=', lead.id).executeTakeFirstOrThrow())
        .firm_id,
    ).toBe(survivor.id);
    expect(
      (
        await db
          .selectFrom('project')
          .select('firm_id')
          .where('id', '=', project.id)
          .executeTakeFirstOrThrow()
      ).firm_id,
    ).toBe(survivor.id);
    const activities = await db
      .selectFrom('activity')
      .innerJoin('lead', 'lead.id', 'activity.lead_id')
      .select('lead.firm_id')
      .execute();
    expect(activities).toEqual([{ firm_id: survivor.id }]);
    const supplies = await db
      .selectFrom('supply')
      .select(['supplier_id', 'buyer_id', 'annual_volume'])
      .orderBy('supplier_id')
      .orderBy('buyer_id')
      .execute();
    expect(supplies).toEqual(
      [
        { supplier_id: survivor.id, buyer_id: partner.id, annual_volume: 500 },
        { supplier_id: another.id, buyer_id: survivor.id, annual_volume: 80 },
      ].sort((x, y) => x.supplier_id - y.supplier_id || x.buyer_id - y.buyer_id),
    );
    const audit = await db
      .selectFrom('audit_entry')
      .selectAll()
      .where('entity', '=', 'firm')
      .where('action', '=', 'MERGE')
      .execute();
    expect(audit.map((a) => a.entity_id).sort()).toEqual([survivor.id, duplicate.id].sort());
    const leadAudit = await db
      .selectFrom('audit_entry')
      .selectAll()
      .where('entity', '=', 'lead')
      .where('entity_id', '=', lead.id)
      .execute();
    expect(leadAudit).toHaveLength(1);
  });

  it('refuses a stale version, a merge into itself, and both firms chasing open leads in one zone', async () => {
    const a = await firm({ name: '冲突甲有限公司', zone_id: zone.id });
    const b = await firm({ name: '冲突乙有限公司', zone_id: zone.id });
    const stale = await graphql(app, MERGE, {
      cookie: cookies.manager,
      variables: { s: String(a.id), d: String(b.id), v: 7 },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const self = await graphql(app, MERGE, {
      cookie: cookies.manager,
      variables: { s: String(a.id), d: String(a.id), v: 1 },
    });
    expect(self.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    await database.db
      .insertInto('lead')
      .values([
        { zone_id: zone.id, firm_id: a.id, title: '甲的线索' },
        { zone_id: zone.id, firm_id: b.id, title: '乙的线索' },
      ])
      .execute();
    const clash = await graphql(app, MERGE, {
      cookie: cookies.manager,
      variables: { s: String(a.id), d: String(b.id), v: 1 },
    });
    expect(clash.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(clash.errors?.[0]?.message).toContain('甲高新区');
    const untouched = await database.db
      .selectFrom('firm')
      .select(['deleted_at', 'version'])
      .where('id', '=', b.id)
      .executeTakeFirstOrThrow();
    expect(untouched).toEqual({ deleted_at: null, version: 1 });
  });

  it('lets a zone manager merge only firms of their zones; firms outside zones need an admin', async () => {
    const mine = await firm({ name: '权限甲有限公司', zone_id: zone.id });
    const theirs = await firm({ name: '权限乙有限公司', zone_id: otherZone.id });
    const outside = await firm({ name: '权限丙有限公司' });
    const outside2 = await firm({ name: '权限丁有限公司' });
    for (const [who, s, d] of [
      ['manager', mine, theirs],
      ['otherManager', mine, theirs],
      ['manager', mine, outside],
      ['officer', mine, mine],
    ] as const) {
      const result = await graphql(app, MERGE, {
        cookie: cookies[who],
        variables: { s: String(s.id), d: String(d.id === s.id ? theirs.id : d.id), v: 1 },
      });
      expect(result.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
    const byAdmin = await graphql(app, MERGE, {
      cookie: cookies.admin,
      variables: { s: String(outside.id), d: String(outside2.id), v: 1 },
    });
    expect(byAdmin.errors).toBeUndefined();
  });
});
