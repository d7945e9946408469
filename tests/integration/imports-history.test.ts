import { createApp, type DatabaseHandle } from '@lianzhao/api';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, silentLog, testConfig } from '../support/http-client';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';
import { fixture, importWorld, upload } from './imports-support';

const HISTORY = `query ($zoneId: ID) { importBatches(zoneId: $zoneId) {
  id kind fileName zone { id } createdByName rowCount created updated unchanged firmsCreated undoneAt undoneByName } }`;
const UNDO = `mutation ($batchId: ID!) { undoImport(batchId: $batchId) { id undoneAt undoneByName } }`;

describe(`imports: large files, all-or-nothing, history and undo (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let world: Awaited<ReturnType<typeof importWorld>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    world = await importWorld(app, database.db);
  });
  afterAll(() => database.close());

  const count = async (
    table: 'firm' | 'lead' | 'supply' | 'import_batch' | 'import_change' | 'audit_entry',
  ) =>
    Number(
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(database.db))
        .rows[0]?.n,
    );
  const liveFirms = async () =>
    Number(
      (
        await sql<{ n: number }>`SELECT count(*)::int AS n FROM firm WHERE deleted_at IS NULL`.execute(
          database.db,
        )
      ).rows[0]?.n,
    );

  it('imports the 2,000-row GBK firm list, and again without changing anything', async () => {
    const file = fixture('firms-2000-gbk.csv');
    const first = await upload(app, 'firms', file, {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      dryRun: false,
      fileName: 'firms-2000-gbk.csv',
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ encoding: 'GB18030', rowCount: 2000, errorCount: 0 });
    expect(first.body.counts).toMatchObject({ create: 2000, update: 0 });
    expect(await liveFirms()).toBe(2000);
    const second = await upload(app, 'firms', file, {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      dryRun: false,
      fileName: 'renamed.csv',
    });
    expect(second.body.counts).toMatchObject({ create: 0, update: 0, unchanged: 2000 });
    expect(await liveFirms()).toBe(2000);
  });

  it('leaves nothing behind when the last row fails in the database mid-commit', async () => {
    // A real constraint the parser knows nothing of, violated by the last row only.
    await sql`ALTER TABLE firm ADD CONSTRAINT test_no_last_row CHECK (name <> '最后一行有限公司')`.execute(
      database.db,
    );
    try {
      const rows = Array.from({ length: 30 }, (_, i) => `中途失败测试第${i}有限公司`);
      const csv = `企业名称\n${[...rows, '最后一行有限公司'].join('\n')}\n`;
      const before = await Promise.all([
        count('firm'),
        count('import_batch'),
        count('import_change'),
        count('audit_entry'),
      ]);
      const dry = await upload(app, 'firms', csv, { cookie: world.cookies.officer, zoneId: world.zone.id });
      expect(dry.body.counts.create).toBe(31);
      const commit = await upload(app, 'firms', csv, {
        cookie: world.cookies.officer,
        zoneId: world.zone.id,
        dryRun: false,
      });
      expect(commit.status).toBe(500);
      const after = await Promise.all([
        count('firm'),
        count('import_batch'),
        count('import_change'),
        count('audit_entry'),
      ]);
      expect(after).toEqual(before);
    } finally {
      await sql`ALTER TABLE firm DROP CONSTRAINT test_no_last_row`.execute(database.db);
    }
  });

  it('lists who imported what with counts, to the zone’s people only', async () => {
    const mine = await graphql<{ importBatches: Record<string, unknown>[] }>(app, HISTORY, {
      cookie: world.cookies.manager,
      variables: { zoneId: String(world.zone.id) },
    });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.importBatches).toHaveLength(2);
    expect(mine.data?.importBatches[0]).toMatchObject({
      kind: 'FIRM',
      fileName: 'renamed.csv',
      zone: { id: String(world.zone.id) },
      createdByName: world.users.officer.display_name,
      rowCount: 2000,
      created: 0,
      updated: 0,
      unchanged: 2000,
      undoneAt: null,
    });
    expect(mine.data?.importBatches[1]).toMatchObject({ fileName: 'firms-2000-gbk.csv', created: 2000 });
    const foreign = await graphql<{ importBatches: unknown[] }>(app, HISTORY, {
      cookie: world.cookies.otherOfficer,
    });
    expect(foreign.data?.importBatches).toEqual([]);
    const forbidden = await graphql(app, HISTORY, {
      cookie: world.cookies.otherOfficer,
      variables: { zoneId: String(world.zone.id) },
    });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets an admin undo an import: created records go, updated ones get their values back', async () => {
    const csv = '企业名称,统一社会信用代码,营业收入(万元)\n撤销测试新建有限公司,,10\n';
    const created = await upload(app, 'firms', csv, {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      dryRun: false,
    });
    const target = await database.db
      .selectFrom('firm')
      .selectAll()
      .where('revenue', 'is not', null)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const update = `企业名称,统一社会信用代码,营业收入(万元),别名\n${target.name},${target.uscc},99999,撤销别名\n`;
    const updated = await upload(app, 'firms', update, {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      dryRun: false,
    });
    expect(updated.body.counts.update).toBe(1);

    const denied = await graphql(app, UNDO, {
      cookie: world.cookies.manager,
      variables: { batchId: String(updated.body.batchId) },
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const undone = await graphql<{ undoImport: { undoneAt: string; undoneByName: string } }>(app, UNDO, {
      cookie: world.cookies.admin,
      variables: { batchId: String(updated.body.batchId) },
    });
    expect(undone.errors).toBeUndefined();
    expect(undone.data?.undoImport.undoneByName).toBe(world.users.admin.display_name);
    const restored = await database.db
      .selectFrom('firm')
      .selectAll()
      .where('id', '=', target.id)
      .executeTakeFirstOrThrow();
    expect(restored).toMatchObject({
      revenue: target.revenue,
      aliases: target.aliases,
      version: target.version + 2,
    });

    const again = await graphql(app, UNDO, {
      cookie: world.cookies.admin,
      variables: { batchId: String(updated.body.batchId) },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const firmsBefore = await liveFirms();
    const undoCreate = await graphql(app, UNDO, {
      cookie: world.cookies.admin,
      variables: { batchId: String(created.body.batchId) },
    });
    expect(undoCreate.errors).toBeUndefined();
    expect(await liveFirms()).toBe(firmsBefore - 1);
    const gone = await database.db
      .selectFrom('firm')
      .select('deleted_at')
      .where('name', '=', '撤销测试新建有限公司')
      .executeTakeFirstOrThrow();
    expect(gone.deleted_at).not.toBeNull();
  });

  it('refuses to undo an import whose records were changed since, naming them', async () => {
    const csv = '企业名称,营业收入(万元)\n撤销冲突甲有限公司,1\n撤销冲突乙有限公司,2\n';
    const { body } = await upload(app, 'firms', csv, {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      dryRun: false,
    });
    // Someone edits one of the imported firms afterwards; a lead is opened on the other.
    await sql`UPDATE firm SET revenue = 5, version = version + 1 WHERE name = '撤销冲突甲有限公司'`.execute(
      database.db,
    );
    const other = await database.db
      .selectFrom('firm')
      .select('id')
      .where('name', '=', '撤销冲突乙有限公司')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('lead')
      .values({ zone_id: world.zone.id, firm_id: other.id, title: '后来的线索' })
      .execute();
    const result = await graphql(app, UNDO, {
      cookie: world.cookies.admin,
      variables: { batchId: String(body.batchId) },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toContain('撤销冲突甲有限公司');
    expect(result.errors?.[0]?.message).toContain('撤销冲突乙有限公司');
    const firms = await database.db
      .selectFrom('firm')
      .select(['name', 'deleted_at'])
      .where('name', 'like', '撤销冲突%')
      .execute();
    expect(firms.every((f) => f.deleted_at === null)).toBe(true);
  });

  it('undoes a lead import including the firms it created on the fly', async () => {
    const liveLeads = async () =>
      Number(
        (
          await sql<{ n: number }>`SELECT count(*)::int AS n FROM lead WHERE deleted_at IS NULL`.execute(
            database.db,
          )
        ).rows[0]?.n,
      );
    const leadsBefore = await liveLeads();
    const firmsBefore = await liveFirms();
    const { body } = await upload(app, 'leads', fixture('leads.xlsx'), {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      dryRun: false,
    });
    expect(body.counts).toMatchObject({ create: 3, firmsCreated: 3 });
    const result = await graphql(app, UNDO, {
      cookie: world.cookies.admin,
      variables: { batchId: String(body.batchId) },
    });
    expect(result.errors).toBeUndefined();
    expect(await liveLeads()).toBe(leadsBefore);
    expect(await liveFirms()).toBe(firmsBefore);
    expect(await count('lead')).toBe(leadsBefore + 3); // soft-deleted: restorable, audited
  });
});
