import { createApp, type DatabaseHandle, migrateAllDown, migrateToLatest } from '@lianzhao/api';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLog, testConfig } from '../support/http-client';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

describe(`health and migrations (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('reports 200 while the database answers', async () => {
    const app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    const response = await app.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('sets security headers on every response', async () => {
    const app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    const response = await app.request('/health');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('migrates all the way down and up again to the same tables', async () => {
    const tables = async () =>
      (
        await sql<{
          tablename: string;
        }>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`.execute(database.db)
      ).rows.map((r) => r.tablename);
    const before = await tables();
    expect(before).toContain('firm');
    await migrateAllDown(database.db);
    expect((await tables()).filter((t) => !t.startsWith('kysely_'))).toEqual([]);
    await migrateToLatest(database.db);
    expect(await tables()).toEqual(before);
  });

  it('enforces the schema: unique USCC among live firms, enum checks, a reason for LOST leads', async () => {
    const firm = { name: '示例企业', uscc: '91350100M000100Y43' };
    await database.db.insertInto('firm').values(firm).execute();
    await expect(database.db.insertInto('firm').values(firm).execute()).rejects.toThrow(/firm_uscc_key/);
    await expect(
      database.db.insertInto('zone').values({ name: 'x', kind: 'NOPE' }).execute(),
    ).rejects.toThrow(/check/);
    const zone = await database.db
      .insertInto('zone')
      .values({ name: '测试区', kind: 'OTHER' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const f = await database.db.selectFrom('firm').select('id').executeTakeFirstOrThrow();
    await expect(
      database.db
        .insertInto('lead')
        .values({ zone_id: zone.id, firm_id: f.id, title: 't', stage: 'LOST' })
        .execute(),
    ).rejects.toThrow(/check/);
  });

  it('reports 503 when the database is down', async () => {
    const other = await createTestDatabase();
    const app = createApp({ db: other.db, config: testConfig(), log: silentLog });
    await other.close();
    const response = await app.request('/health');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', database: 'down' });
  });
});
