import { createApp, type DatabaseHandle, openDatabase } from '@lianzhao/api';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gapInputCacheStats } from '../../api/src/chain-gaps/gap-input-cache';
import type { Database } from '../../api/src/db/schema';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { graphql, signIn, silentLog, testConfig } from '../support/http-client';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../support/test-database';

/**
 * Counts the gap input loads of one app instance (its Kysely object): the expensive reads the
 * process-wide cache saves (issue #9). Not the supply reads: a zone with no gap reads no supply.
 */
class InputLoads {
  constructor(readonly db: Kysely<Database>) {}
  get count() {
    return gapInputCacheStats(this.db).misses;
  }
}

/**
 * The gap input cache: a second request reuses it, every kind of write the analysis reads invalidates
 * it (through the graph_change triggers, whoever writes), writes it does not read leave it alone, the
 * zone's open leads stay fresh while it hits, and two app instances on one database see each other's
 * writes. Fixture: zone A with a local firm in CAT and a local anchor; `outside` in VEH, outside A.
 */
describe(`chainGaps cache (${TEST_DATABASE_KIND})`, () => {
  let database: TestDatabase;
  let secondHandle: DatabaseHandle | null = null;
  let db: Kysely<Database>;
  let reads1: InputLoads;
  let reads2: InputLoads;
  let app1: ReturnType<typeof createApp>;
  let app2: ReturnType<typeof createApp>;
  let cookie1: string;
  let cookie2: string;
  let officerId: number;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    // Two instances: on a server, two handles (two pools); on PGlite, two Kysely objects over one engine.
    // Either way each has its own cache, and they agree only through the database.
    if (database.url) secondHandle = await openDatabase({ databaseUrl: database.url });
    const otherDb = secondHandle
      ? secondHandle.db
      : database.db.withPlugin({
          transformQuery: (args) => args.node,
          transformResult: async (args) => args.result,
        });
    reads1 = new InputLoads(
      db.withPlugin({ transformQuery: (a) => a.node, transformResult: async (a) => a.result }),
    );
    reads2 = new InputLoads(otherDb);
    app1 = createApp({ db: reads1.db, config: testConfig(), log: silentLog });
    app2 = createApp({ db: reads2.db, config: testConfig(), log: silentLog });

    const make = createFactories(db);
    const zoneA = await make.zone();
    const zoneB = await make.zone();
    const { chain, segments } = await make.chain();
    Object.assign(ids, { zoneA: zoneA.id, zoneB: zoneB.id, chain: chain.id, veh: segments.vehicle.id });
    ids.cat = segments.cathode.id;
    const firm = async (name: string, zoneId: number | null, tags: string[], segmentId: number | null) => {
      const row = await db
        .insertInto('firm')
        .values({ name, zone_id: zoneId, tags, province: '河北省', revenue: 1000 })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (segmentId)
        await db.insertInto('firm_segment').values({ firm_id: row.id, segment_id: segmentId }).execute();
      return row.id;
    };
    ids.local = await firm('缓存本地正极', zoneA.id, [], segments.cathode.id);
    ids.anchor = await firm('缓存本地链主', zoneA.id, ['ANCHOR'], null);
    ids.outside = await firm('缓存外地整车', zoneB.id, [], segments.vehicle.id);

    const officer = await make.user({ role: 'OFFICER', zoneId: zoneA.id });
    officerId = officer.id;
    cookie1 = await signIn(app1, officer.email, TEST_PASSWORD);
    cookie2 = await signIn(app2, officer.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await secondHandle?.close();
    await database.close();
  });

  const REPORT = `query ($zone: ID!, $chain: ID!) {
    chainGaps(zoneId: $zone, chainId: $chain) {
      completeness
      segments { segment { code } localFirmCount localFirms { name } candidates(first: 5) { firm { name } reasons { code } existingLead { id } } }
    }
  }`;
  type Segment = {
    segment: { code: string };
    localFirmCount: number;
    localFirms: { name: string }[];
    candidates: {
      firm: { name: string };
      reasons: { code: string }[];
      existingLead: { id: string } | null;
    }[];
  };
  type Report = { chainGaps: { completeness: number; segments: Segment[] } };

  async function report(app = app1, cookie = cookie1) {
    const result = await graphql<Report>(app, REPORT, {
      cookie,
      variables: { zone: String(ids.zoneA), chain: String(ids.chain) },
    });
    expect(result.errors).toBeUndefined();
    const r = result.data!.chainGaps;
    return {
      completeness: r.completeness,
      byCode: Object.fromEntries(r.segments.map((s) => [s.segment.code, s])),
    };
  }

  /** Runs a write, then a report through app1; returns the report and how many supply reads it cost. */
  async function afterWrite(write: () => Promise<unknown>) {
    await report(); // warm
    const before = reads1.count;
    await write();
    const r = await report();
    return { report: r, reloads: reads1.count - before };
  }

  it('reuses the loaded input on a second request, with the same answer', async () => {
    const first = await report();
    const start = reads1.count;
    const second = await report();
    expect(reads1.count - start).toBe(0);
    expect(second).toEqual(first);
    expect(first.byCode.VEH!.localFirmCount).toBe(0);
  });

  it('keeps the open leads fresh while the cached input is reused', async () => {
    await report();
    const before = reads1.count;
    const lead = await db
      .insertInto('lead')
      .values({
        zone_id: ids.zoneA!,
        firm_id: ids.outside!,
        title: '缓存线索',
        stage: 'CONTACTED',
        owner_id: officerId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const r = await report();
    expect(reads1.count - before).toBe(0); // leads are not in the cached part
    expect(r.byCode.VEH!.candidates[0]).toMatchObject({
      firm: { name: '缓存外地整车' },
      existingLead: { id: String(lead.id) },
    });
  });

  it('reloads after a firm is renamed: the local firms it lists come from the cache too', async () => {
    expect((await report()).byCode.CAT!.localFirms).toEqual([{ name: '缓存本地正极' }]);
    const { report: r, reloads } = await afterWrite(() =>
      db.updateTable('firm').set({ name: '缓存本地正极（更名）' }).where('id', '=', ids.local!).execute(),
    );
    expect(reloads).toBe(1);
    expect(r.byCode.CAT!.localFirms).toEqual([{ name: '缓存本地正极（更名）' }]);
  });

  it('is not invalidated by a write the analysis does not read (a new firm with no segment yet)', async () => {
    const { reloads } = await afterWrite(() =>
      db.insertInto('firm').values({ name: '缓存新建企业', zone_id: ids.zoneA!, tags: [] }).execute(),
    );
    expect(reloads).toBe(0);
  });

  it('reloads after a supply is inserted', async () => {
    const { report: r, reloads } = await afterWrite(() =>
      db.insertInto('supply').values({ supplier_id: ids.outside!, buyer_id: ids.anchor! }).execute(),
    );
    expect(reloads).toBe(1);
    expect(r.byCode.VEH!.candidates[0]!.reasons.map((x) => x.code)).toContain('SUPPLIES_LOCAL_ANCHOR');
  });

  it('reloads after a firm_segment change', async () => {
    const { report: r, reloads } = await afterWrite(() =>
      db.insertInto('firm_segment').values({ firm_id: ids.local!, segment_id: ids.veh! }).execute(),
    );
    expect(reloads).toBe(1);
    expect(r.byCode.VEH!.localFirmCount).toBe(1);
    const undone = await afterWrite(() =>
      db
        .deleteFrom('firm_segment')
        .where('firm_id', '=', ids.local!)
        .where('segment_id', '=', ids.veh!)
        .execute(),
    );
    expect(undone.reloads).toBe(1);
    expect(undone.report.byCode.VEH!.localFirmCount).toBe(0);
  });

  it('reloads after a firm moves into the zone, and after it is soft-deleted', async () => {
    const moved = await afterWrite(() =>
      db.updateTable('firm').set({ zone_id: ids.zoneA! }).where('id', '=', ids.outside!).execute(),
    );
    expect(moved.reloads).toBe(1);
    expect(moved.report.byCode.VEH!.localFirmCount).toBe(1);
    const deleted = await afterWrite(() =>
      db.updateTable('firm').set({ deleted_at: new Date() }).where('id', '=', ids.outside!).execute(),
    );
    expect(deleted.reloads).toBe(1);
    expect(deleted.report.byCode.VEH!.localFirmCount).toBe(0);
  });

  it('reloads after a segment weight changes', async () => {
    const before = await report();
    const { report: r, reloads } = await afterWrite(() =>
      db.updateTable('segment').set({ weight: 5 }).where('id', '=', ids.veh!).execute(),
    );
    expect(reloads).toBe(1);
    expect(r.completeness).toBeLessThan(before.completeness);
  });

  it('lets two instances on one database see each other’s writes', async () => {
    const seen1 = await report(app1, cookie1);
    const seen2 = await report(app2, cookie2);
    expect(seen2).toEqual(seen1);
    const start2 = reads2.count;
    await report(app2, cookie2);
    expect(reads2.count - start2).toBe(0); // instance 2 has its own warm cache
    // A write through instance 1's handle: instance 2's cache must not answer from before it.
    await db.insertInto('firm_segment').values({ firm_id: ids.anchor!, segment_id: ids.cat! }).execute();
    const after2 = await report(app2, cookie2);
    expect(reads2.count - start2).toBe(1);
    expect(after2.byCode.CAT!.localFirmCount).toBe(seen1.byCode.CAT!.localFirmCount + 1);
    expect(await report(app1, cookie1)).toEqual(after2);
  });
});
