import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  backupDatabase,
  type DatabaseHandle,
  migrateToLatest,
  openDatabase,
  restoreDatabase,
} from '@lianzhao/api';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../support/factories';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../support/test-database';

/** A fingerprint of the data: each table's row count and a hash of its rows in id order. */
async function fingerprint(handle: DatabaseHandle): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of ['zone', 'app_user', 'firm', 'lead', 'lead_stage_change', 'audit_entry']) {
    const { rows } = await sql<{ n: number; digest: string | null }>`
      SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t.id)) AS digest
      FROM ${sql.table(table)} AS t`.execute(handle.db);
    result[table] = `${rows[0]?.n}:${rows[0]?.digest}`;
  }
  return result;
}

async function writeSomeData(handle: DatabaseHandle, tag: number) {
  const make = createFactories(handle.db);
  const zone = await make.zone({ name: `备份测试区${tag}`, code: `97${tag}` });
  await handle.db
    .insertInto('firm')
    .values([{ name: `备份企业${tag}甲`, zone_id: zone.id }, { name: `备份企业${tag}乙` }])
    .execute();
}

describe(`backup and restore (${TEST_DATABASE_KIND})`, () => {
  const work = mkdtempSync(join(tmpdir(), 'lz-backup-'));
  let database: TestDatabase | undefined;
  let target: { databaseUrl: string | undefined; dataDir: string };
  const open = () => openDatabase(target);

  beforeAll(async () => {
    if (TEST_DATABASE_KIND === 'postgres') {
      database = await createTestDatabase();
      target = { databaseUrl: database.url, dataDir: join(work, 'unused') };
    } else {
      target = { databaseUrl: undefined, dataDir: join(work, 'data') };
    }
  });

  afterAll(async () => {
    await database?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('restores exactly what was backed up, and keeps what was there before', async () => {
    let handle = await open();
    await migrateToLatest(handle.db);
    await writeSomeData(handle, 1);
    const before = await fingerprint(handle);
    // The embedded database is backed up while no app holds it open.
    if (TEST_DATABASE_KIND === 'pglite') await handle.close();

    const file = join(work, 'backup');
    const backup = await backupDatabase(target, file);
    expect(backup.bytes).toBeGreaterThan(1000);

    if (TEST_DATABASE_KIND === 'pglite') handle = await open();
    await writeSomeData(handle, 2);
    expect(await fingerprint(handle)).not.toEqual(before);
    if (TEST_DATABASE_KIND === 'pglite') await handle.close();

    const { keptFolder } = await restoreDatabase(target, file);
    if (TEST_DATABASE_KIND === 'pglite') {
      // The folder replaced by the restore is still there, renamed.
      expect(keptFolder).toBeDefined();
      expect(readdirSync(keptFolder as string).length).toBeGreaterThan(0);
      handle = await open();
    }
    expect(await fingerprint(handle)).toEqual(before);
    // The restored database is a working one: it takes writes again.
    await writeSomeData(handle, 3);
    await handle.close();
  }, 120_000);

  it('refuses a file that is not a backup, and leaves the database as it was', async () => {
    const handle = await open();
    await migrateToLatest(handle.db);
    const before = await fingerprint(handle);
    if (TEST_DATABASE_KIND === 'pglite') await handle.close();

    const bogus = join(work, 'not-a-backup');
    writeFileSync(bogus, 'this is not a backup');
    await expect(restoreDatabase(target, bogus)).rejects.toThrow();

    if (TEST_DATABASE_KIND === 'postgres') {
      expect(await fingerprint(handle)).toEqual(before);
      await handle.close();
    }
  }, 60_000);
});
