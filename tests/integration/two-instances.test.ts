import { createLogger, loadConfig, startServer } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gapInputCacheStats } from '../../api/src/chain-gaps/gap-input-cache';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { cookieAt, graphqlAt, importCsvAt, signInAt, signOutAt } from '../support/socket-client';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

type Server = Awaited<ReturnType<typeof startServer>>;

// Two instances need one database both can reach: a PostgreSQL server. The embedded PGlite database
// belongs to the one process that opened it, so there is nothing to share in the PGlite pass.
const skipReason = process.env.DATABASE_URL ? undefined : 'runs in the PostgreSQL pass (DATABASE_URL set)';

const REPORT = `query ($zone: ID!, $chain: ID!) {
  chainGaps(zoneId: $zone, chainId: $chain) {
    completeness
    segments { segment { code } status localFirmCount candidates(first: 5) { firm { name } reasons { code } existingLead { id } } }
  }
}`;
const CREATE_LEAD = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id version } }`;
const UPDATE_LEAD = `mutation ($id: ID!, $version: Int!, $title: String!) {
  updateLead(id: $id, version: $version, input: { title: $title }) { id title version }
}`;

interface Segment {
  segment: { code: string };
  status: string;
  localFirmCount: number;
  candidates: { firm: { name: string }; reasons: { code: string }[]; existingLead: { id: string } | null }[];
}

/**
 * docs/scaling.md, checked: two API instances, each a whole server (its own pool, its own caches, its
 * own port), on one PostgreSQL database, as behind a load balancer without sticky sessions. A session
 * opened on one works on the other and ends on both; failed sign-ins count across both; a write
 * through one shows at once in the other's warm chain-gap snapshot; optimistic concurrency holds
 * across them. Fixture: zone A pursues the factory chain (电池 ← 正极材料, 整车), with a local anchor
 * outside the chain's segments; `outside` makes 整车 in zone B.
 */
describe.skipIf(skipReason !== undefined)(
  `two API instances on one database (${skipReason ?? 'postgres'})`,
  () => {
    let database: TestDatabase;
    let a: Server;
    let b: Server;
    let officerEmail: string;
    let throttledEmail: string;
    let cookieA: string;
    let cookieB: string;
    const ids: Record<string, number> = {};
    const names = { anchor: '双实例本地链主有限公司', outside: '双实例外地整车有限公司' };

    beforeAll(async () => {
      database = await createTestDatabase();
      const env = {
        PORT: '0',
        NODE_ENV: 'production',
        LOG_LEVEL: 'silent',
        SEED_DEMO: 'false',
        DIGEST_CRON: 'off',
        DATA_DIR: '/tmp/lz-unused',
        DATABASE_URL: database.url ?? '',
      };
      const log = createLogger('silent');
      // Each startServer opens its own pool on the URL and applies pending migrations (none here).
      a = await startServer(loadConfig(env), log);
      b = await startServer(loadConfig(env), log);

      const db = database.db;
      const make = createFactories(db);
      const zoneA = await make.zone();
      const zoneB = await make.zone();
      const { chain } = await make.chain();
      await db.insertInto('zone_chain').values({ zone_id: zoneA.id, chain_id: chain.id }).execute();
      const firm = (name: string, zoneId: number, tags: string[]) =>
        db
          .insertInto('firm')
          .values({ name, zone_id: zoneId, tags, province: '河北省', revenue: 1000 })
          .returning('id')
          .executeTakeFirstOrThrow();
      const anchor = await firm(names.anchor, zoneA.id, ['ANCHOR']);
      const outside = await firm(names.outside, zoneB.id, []);
      const vehicle = await db
        .selectFrom('segment')
        .select('id')
        .where('chain_id', '=', chain.id)
        .where('code', '=', 'VEH')
        .executeTakeFirstOrThrow();
      await db.insertInto('firm_segment').values({ firm_id: outside.id, segment_id: vehicle.id }).execute();
      Object.assign(ids, { zoneA: zoneA.id, chain: chain.id, anchor: anchor.id, outside: outside.id });

      officerEmail = (await make.user({ role: 'OFFICER', zoneId: zoneA.id })).email;
      throttledEmail = (await make.user({ role: 'OFFICER', zoneId: zoneA.id })).email;
      cookieA = await cookieAt(a.url, officerEmail, TEST_PASSWORD);
      cookieB = await cookieAt(b.url, officerEmail, TEST_PASSWORD);
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
      await database?.close();
    });

    async function report(server: Server, cookie: string) {
      const result = await graphqlAt<{ chainGaps: { completeness: number; segments: Segment[] } }>(
        server.url,
        REPORT,
        { cookie, variables: { zone: String(ids.zoneA), chain: String(ids.chain) } },
      );
      expect(result.errors).toBeUndefined();
      const r = result.data!.chainGaps;
      return {
        completeness: r.completeness,
        byCode: Object.fromEntries(r.segments.map((s) => [s.segment.code, s])),
      };
    }

    /** Answers the report twice on `server` and checks the second came from its cache: the snapshot is warm. */
    async function warmReport(server: Server, cookie: string) {
      await report(server, cookie);
      const before = gapInputCacheStats(server.database.db);
      const r = await report(server, cookie);
      const after = gapInputCacheStats(server.database.db);
      expect(after.misses - before.misses).toBe(0);
      expect(after.hits - before.hits).toBe(1);
      return r;
    }

    const me = (server: Server, cookie: string) =>
      graphqlAt<{ me: { email: string } }>(server.url, '{ me { email } }', { cookie });

    it('answers /health on both, each through its own pool', async () => {
      for (const server of [a, b]) {
        const response = await fetch(`${server.url}/health`);
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
      }
      expect(a.url).not.toBe(b.url);
      expect(a.database.db).not.toBe(b.database.db);
    });

    it('accepts a session opened on one instance on the other, and ends it on both when signed out', async () => {
      const onA = await cookieAt(a.url, officerEmail, TEST_PASSWORD);
      expect((await me(b, onA)).data?.me.email).toBe(officerEmail);
      expect((await me(a, onA)).data?.me.email).toBe(officerEmail);

      expect(await signOutAt(a.url, onA)).toBe(204);
      for (const server of [b, a]) {
        const after = await me(server, onA);
        expect(after.status).toBe(401);
        expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      // Only that session ended: the officer's other sessions still work on both.
      expect((await me(a, cookieB)).data?.me.email).toBe(officerEmail);
      expect((await me(b, cookieA)).data?.me.email).toBe(officerEmail);
    });

    // Ten password checks (scrypt, deliberately slow): more than the default time on a busy machine.
    it('counts failed sign-ins across instances: five on each reach the limit of ten', {
      timeout: 120_000,
    }, async () => {
      for (let round = 0; round < 5; round++) {
        const pair = await Promise.all([a, b].map((server) => signInAt(server.url, throttledEmail, 'wrong')));
        expect(pair.map((attempt) => attempt.code)).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS']);
      }
      // Each instance saw only five failures; a per-process counter would let the right password in.
      for (const server of [a, b]) {
        const refused = await signInAt(server.url, throttledEmail, TEST_PASSWORD);
        expect(refused).toMatchObject({ status: 429, code: 'RATE_LIMITED', cookie: null });
      }
    });

    it('shows a firm imported through A in B’s warm chain-gap snapshot at once', async () => {
      const before = await warmReport(b, cookieB);
      expect(before.byCode.CAT).toMatchObject({ status: 'MISSING', localFirmCount: 0 });

      const csv = '企业名称,所属环节,所在园区\n双实例本地正极材料有限公司,正极材料,本区\n';
      const imported = await importCsvAt(a.url, 'firms', csv, { cookie: cookieA, zoneId: ids.zoneA! });
      expect(imported.status).toBe(200);
      expect(imported.body.counts).toMatchObject({ create: 1 });

      const missesBefore = gapInputCacheStats(b.database.db).misses;
      const after = await report(b, cookieB);
      expect(gapInputCacheStats(b.database.db).misses - missesBefore).toBe(1); // B reloaded, once
      expect(after.byCode.CAT).toMatchObject({ status: 'WEAK', localFirmCount: 1 });
      expect(after.byCode.BAT!.localFirmCount).toBe(1); // a firm in a child segment counts for its parent
      expect(after.completeness).toBeGreaterThan(before.completeness);
      expect(await report(a, cookieA)).toEqual(after);
    });

    it('shows a supply imported through B in A’s warm chain-gap snapshot at once', async () => {
      const before = await warmReport(a, cookieA);
      const candidate = () => before.byCode.VEH!.candidates.find((c) => c.firm.name === names.outside);
      expect(candidate()?.reasons.map((r) => r.code)).not.toContain('SUPPLIES_LOCAL_ANCHOR');

      const csv = `供应商,采购方\n${names.outside},${names.anchor}\n`;
      const imported = await importCsvAt(b.url, 'supplies', csv, { cookie: cookieB, zoneId: ids.zoneA! });
      expect(imported.status).toBe(200);
      expect(imported.body.counts).toMatchObject({ create: 1 });

      const after = await report(a, cookieA);
      const now = after.byCode.VEH!.candidates.find((c) => c.firm.name === names.outside);
      expect(now?.reasons.map((r) => r.code)).toContain('SUPPLIES_LOCAL_ANCHOR');
      expect(await report(b, cookieB)).toEqual(after);
    });

    it('marks a candidate with a lead created through A on B, without B reloading its snapshot', async () => {
      await warmReport(b, cookieB);
      const created = await graphqlAt<{ createLead: { id: string } }>(a.url, CREATE_LEAD, {
        cookie: cookieA,
        variables: { input: { zoneId: String(ids.zoneA), firmId: String(ids.outside), title: '双实例线索' } },
      });
      expect(created.errors).toBeUndefined();
      const leadId = created.data!.createLead.id;

      const missesBefore = gapInputCacheStats(b.database.db).misses;
      const after = await report(b, cookieB);
      // Open leads are read fresh on every request: nothing cached needs to know about them.
      expect(gapInputCacheStats(b.database.db).misses - missesBefore).toBe(0);
      const candidate = after.byCode.VEH!.candidates.find((c) => c.firm.name === names.outside);
      expect(candidate?.existingLead).toEqual({ id: leadId });
    });

    it('lets only one of two edits made at the same version on A and B win', async () => {
      const created = await graphqlAt<{ createLead: { id: string; version: number } }>(b.url, CREATE_LEAD, {
        cookie: cookieB,
        variables: { input: { zoneId: String(ids.zoneA), firmId: String(ids.anchor), title: '并发编辑' } },
      });
      expect(created.errors).toBeUndefined();
      const { id, version } = created.data!.createLead;

      // Sent together, each through its own instance and pool, both against the version both read.
      const edit = (server: Server, cookie: string, title: string) =>
        graphqlAt<{ updateLead: { title: string; version: number } }>(server.url, UPDATE_LEAD, {
          cookie,
          variables: { id, version, title },
        });
      const edits = await Promise.all([edit(a, cookieA, '经 A 修改'), edit(b, cookieB, '经 B 修改')]);
      const won = edits.filter((e) => e.data?.updateLead);
      const lost = edits.filter((e) => e.errors?.[0]?.extensions?.code === 'CONFLICT');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(won[0]!.data!.updateLead.version).toBe(version + 1);

      // Both instances now read the winner's title.
      const READ = 'query ($id: ID!) { lead(id: $id) { title version } }';
      for (const [server, cookie] of [
        [a, cookieA],
        [b, cookieB],
      ] as const) {
        const read = await graphqlAt<{ lead: { title: string; version: number } }>(server.url, READ, {
          cookie,
          variables: { id },
        });
        expect(read.data?.lead).toEqual({ title: won[0]!.data!.updateLead.title, version: version + 1 });
      }
    });
  },
);
