import { createApp, type DatabaseHandle } from '@lianzhao/api';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { graphql, signIn, silentLog, testConfig } from '../support/http-client';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

describe(`GraphQL authentication and reference data (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let make: ReturnType<typeof createFactories>;
  let zoneA: { id: number };
  let zoneB: { id: number };
  let officerCookie: string;
  let analystCookie: string;
  let chainId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    make = createFactories(database.db);
    zoneA = await make.zone({ code: '130171', name: '甲开发区' });
    zoneB = await make.zone({ code: '130271', name: '乙开发区', kind: 'ECONOMIC' });
    const officer = await make.user({ role: 'OFFICER', zoneId: zoneA.id });
    const analyst = await make.user({ role: 'ANALYST', grantedZoneIds: [zoneB.id] });
    const { chain } = await make.chain();
    chainId = chain.id;
    await database.db.insertInto('zone_chain').values({ zone_id: zoneA.id, chain_id: chain.id }).execute();
    officerCookie = await signIn(app, officer.email, TEST_PASSWORD);
    analystCookie = await signIn(app, analyst.email, TEST_PASSWORD);
  });
  afterAll(() => database.close());

  it('answers every operation without a session or token with UNAUTHENTICATED and no data', async () => {
    for (const query of ['{ zones { id name } }', '{ me { id } }', '{ __schema { types { name } } }']) {
      const result = await graphql(app, query);
      expect(result.status).toBe(401);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(result.data ?? null).toBeNull();
    }
  });

  it('lists every zone for a signed-in officer, marking the ones they may work in', async () => {
    const result = await graphql<{
      zones: { id: string; code: string; kind: string; accessible: boolean }[];
    }>(app, '{ zones { id code kind accessible } }', { cookie: officerCookie });
    expect(result.errors).toBeUndefined();
    expect(result.data?.zones).toEqual([
      { id: String(zoneA.id), code: '130171', kind: 'HIGH_TECH', accessible: true },
      { id: String(zoneB.id), code: '130271', kind: 'ECONOMIC', accessible: false },
    ]);
  });

  it('gives a province analyst access to the granted zones only', async () => {
    const result = await graphql<{ zones: { code: string; accessible: boolean }[] }>(
      app,
      '{ zones { code accessible } }',
      {
        cookie: analystCookie,
      },
    );
    expect(result.data?.zones.map((z) => [z.code, z.accessible])).toEqual([
      ['130171', false],
      ['130271', true],
    ]);
  });

  it('returns a chain with its segment tree, feeds, and the zones that pursue it', async () => {
    const result = await graphql<{
      chain: {
        code: string;
        segments: {
          code: string;
          stage: string;
          parent: { code: string } | null;
          children: { code: string }[];
        }[];
        feeds: { from: { code: string }; to: { code: string } }[];
      };
      zone: { chains: { id: string }[] };
    }>(
      app,
      `query ($chain: ID!, $zone: ID!) {
        chain(id: $chain) { code segments { code stage parent { code } children { code } } feeds { from { code } to { code } } }
        zone(id: $zone) { chains { id } }
      }`,
      { cookie: officerCookie, variables: { chain: String(chainId), zone: String(zoneA.id) } },
    );
    expect(result.errors).toBeUndefined();
    const segments = result.data?.chain.segments ?? [];
    expect(segments.map((s) => s.code)).toEqual(['BAT', 'CAT', 'VEH']);
    expect(segments.find((s) => s.code === 'CAT')?.parent).toEqual({ code: 'BAT' });
    expect(segments.find((s) => s.code === 'BAT')?.children).toEqual([{ code: 'CAT' }]);
    expect(result.data?.chain.feeds.map((f) => `${f.from.code}>${f.to.code}`).sort()).toEqual([
      'BAT>VEH',
      'CAT>BAT',
    ]);
    expect(result.data?.zone.chains).toEqual([{ id: String(chainId) }]);
  });

  it('returns null for an unknown chain and VALIDATION for a malformed id', async () => {
    const unknown = await graphql(app, '{ chain(id: "999999") { id } }', { cookie: officerCookie });
    expect(unknown.data).toEqual({ chain: null });
    const malformed = await graphql(app, '{ chain(id: "abc") { id } }', { cookie: officerCookie });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });

  it('masks unexpected errors: no SQL, stack or internal message in the response', async () => {
    // A value the code cannot map (the check constraint that prevents it is lifted for this test).
    await sql`ALTER TABLE zone DROP CONSTRAINT zone_kind_check`.execute(database.db);
    const bogus = await database.db
      .insertInto('zone')
      .values({ name: '坏数据开发区', kind: 'BOGUS' })
      .returning('id')
      .executeTakeFirstOrThrow();
    try {
      const result = await graphql(app, `{ zone(id: "${bogus.id}") { kind } }`, { cookie: officerCookie });
      expect(result.errors?.[0]).toMatchObject({
        message: 'Unexpected error.',
        extensions: { code: 'INTERNAL' },
      });
      expect(JSON.stringify(result)).not.toMatch(/BOGUS|one of|at \w+ \(/);
    } finally {
      await database.db.deleteFrom('zone').where('id', '=', bogus.id).execute();
      await sql`ALTER TABLE zone ADD CONSTRAINT zone_kind_check CHECK (kind IN ('HIGH_TECH', 'ECONOMIC', 'BONDED', 'OTHER'))`.execute(
        database.db,
      );
    }
  });

  it("saves the signed-in user's language preference", async () => {
    const result = await graphql<{ updateMyPreferences: { locale: string; digestOptIn: boolean } }>(
      app,
      'mutation { updateMyPreferences(input: { locale: EN, digestOptIn: false }) { locale digestOptIn } }',
      { cookie: officerCookie },
    );
    expect(result.data?.updateMyPreferences).toEqual({ locale: 'EN', digestOptIn: false });
    const me = await graphql<{ me: { locale: string } }>(app, '{ me { locale } }', { cookie: officerCookie });
    expect(me.data?.me.locale).toBe('EN');
  });
});
