import { createApp, type DatabaseHandle } from '@lianzhao/api';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLog, testConfig } from '../support/http-client';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';
import { fixture, importWorld, upload } from './imports-support';

describe(`imports: files, dry run, commit, re-import (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let world: Awaited<ReturnType<typeof importWorld>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    world = await importWorld(app, database.db);
  });
  afterAll(() => database.close());

  const firmCount = async () =>
    Number(
      (
        await database.db
          .selectFrom('firm')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('reads a GBK CSV from Excel: Chinese headers, amounts in 万/亿 with separators, three date forms; the dry run writes nothing', async () => {
    const { status, body } = await upload(app, 'firms', fixture('firms-gbk.csv'), {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      kind: 'FIRM',
      format: 'CSV',
      encoding: 'GB18030',
      dryRun: true,
      batchId: null,
      rowCount: 4,
    });
    expect(body.errors).toEqual([]);
    expect(body.counts).toMatchObject({ create: 4, update: 0, unchanged: 0, invalid: 0 });
    expect(body.columns.map((c) => c.field)).toEqual([
      'name',
      'uscc',
      'city',
      'segments',
      'revenue',
      'employees',
      'foundedOn',
      'tags',
      'zone',
    ]);
    expect(await firmCount()).toBe(0);
  });

  it('commits the GBK file in one batch with the values parsed, and a second import of it changes nothing', async () => {
    const first = await upload(app, 'firms', fixture('firms-gbk.csv'), {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      dryRun: false,
    });
    expect(first.status).toBe(200);
    expect(first.body.batchId).toEqual(expect.any(Number));
    expect(first.body.counts).toMatchObject({ create: 4, update: 0, unchanged: 0 });
    const firms = await database.db.selectFrom('firm').selectAll().orderBy('id').execute();
    expect(firms.map((f) => [f.name, f.revenue, f.employees, f.founded_on, f.zone_id])).toEqual([
      ['河北示例锂电材料有限公司', 1200.5, 320, '2019-05-08', world.zone.id],
      ['保定示例整车制造股份有限公司', 35000, 1500, '2012-03-01', null],
      ['沧州示例电池科技有限公司', 800, null, '2019-05-15', world.zone.id],
      ['唐山示例隔膜材料有限公司', null, null, '2021-07-15', null],
    ]);
    expect(firms[1]?.tags.sort()).toEqual(['ANCHOR', 'LISTED']);
    expect(firms[2]?.uscc).toMatch(/^[0-9A-Z]{18}$/); // lower-case input, normalised
    expect(firms[0]?.name_initials).toBe('hbslldclyxgs');
    const segments = await database.db
      .selectFrom('firm_segment')
      .select(['firm_id', 'segment_id'])
      .where('firm_id', '=', firms[2]!.id)
      .execute();
    expect(segments.map((s) => s.segment_id).sort()).toEqual(
      [world.segments.battery.id, world.segments.cathode.id].sort(),
    );
    const audit = await database.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('entity', '=', 'firm')
      .execute();
    expect(audit).toHaveLength(4);
    expect(audit.every((a) => a.action === 'CREATE' && a.actor_id === world.users.officer.id)).toBe(true);

    const again = await upload(app, 'firms', fixture('firms-gbk.csv'), {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      dryRun: false,
    });
    expect(again.status).toBe(200);
    expect(again.body.counts).toMatchObject({ create: 0, update: 0, unchanged: 4 });
    expect(await firmCount()).toBe(4);
    const after = await database.db.selectFrom('firm').select(['id', 'version']).orderBy('id').execute();
    expect(after.every((f) => f.version === 1)).toBe(true);
  });

  it('reads UTF-8 with BOM, CRLF, English headers, quoted commas and newlines, and skips blank trailing rows', async () => {
    const { status, body } = await upload(app, 'firms', fixture('firms-bom-crlf.csv'), {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      dryRun: false,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ encoding: 'UTF-8', rowCount: 3, errorCount: 0 });
    expect(body.columns[0]).toEqual({ header: 'Name', field: 'name' }); // the BOM is not part of the header
    const firm = await database.db
      .selectFrom('firm')
      .selectAll()
      .where('name', '=', '邢台示例精密, 零部件有限公司')
      .executeTakeFirstOrThrow();
    expect(firm.aliases).toEqual(['邢台精密', '邢台零部件']);
    expect(firm.founded_on).toBe('2018-12-31');
    const storage = await database.db
      .selectFrom('firm')
      .selectAll()
      .where('name', '=', '衡水示例储能有限公司')
      .executeTakeFirstOrThrow();
    expect(storage.uscc).toMatch(/^91130100MA0000013.$/); // full-width digits and an ideographic space
    expect(storage.revenue).toBe(5000);
  });

  it('updates an existing firm matched by USCC (audited) instead of creating a second one', async () => {
    const csv = `企业名称,统一社会信用代码,营业收入(万元),别名\n河北示例锂电材料集团有限公司,${(await database.db.selectFrom('firm').select('uscc').where('name', '=', '河北示例锂电材料有限公司').executeTakeFirstOrThrow()).uscc},"1,300",冀锂\n`;
    const dry = await upload(app, 'firms', csv, { cookie: world.cookies.officer, zoneId: world.zone.id });
    expect(dry.body.counts).toMatchObject({ create: 0, update: 1 });
    const before = await firmCount();
    const { body } = await upload(app, 'firms', csv, {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      dryRun: false,
    });
    expect(body.counts).toMatchObject({ create: 0, update: 1 });
    expect(await firmCount()).toBe(before);
    const firm = await database.db
      .selectFrom('firm')
      .selectAll()
      .where('name', '=', '河北示例锂电材料集团有限公司')
      .executeTakeFirstOrThrow();
    expect(firm).toMatchObject({
      revenue: 1300,
      version: 2,
      employees: 320,
      name_initials: 'hbslldcljtyxgs',
    });
    expect(firm.aliases.sort()).toEqual(['冀锂', '河北示例锂电材料有限公司'].sort());
    const audit = await database.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('entity_id', '=', firm.id)
      .where('action', '=', 'UPDATE')
      .executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ revenue: 1200.5, name: '河北示例锂电材料有限公司' });
  });

  it('lists invalid USCCs, unreadable values and in-file duplicates by row and column, and refuses to commit them', async () => {
    const { body } = await upload(app, 'firms', fixture('firms-invalid.csv'), {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
    });
    const reasons = body.errors.map((e) => [e.row, e.column, e.reason]);
    expect(reasons).toEqual([
      [2, '统一社会信用代码', expect.stringContaining('check character')],
      [3, '统一社会信用代码', expect.stringContaining('18 characters expected, 17 given')],
      [5, 'USCC', expect.stringContaining('the same firm as row 4')],
      [6, '营业收入(万元)', expect.stringContaining('not an amount')],
      [6, '成立日期', expect.stringContaining('not a real date')],
    ]);
    expect(body.counts.invalid).toBe(4);
    // A name like a firm in the database is listed for review, not refused.
    expect(body.duplicates).toContainEqual(
      expect.objectContaining({
        row: 7,
        name: '河北示例锂电材料股份有限公司',
        by: 'NAME',
        firmId: expect.any(Number),
      }),
    );
    const before = await firmCount();
    const commit = await upload(app, 'firms', fixture('firms-invalid.csv'), {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      dryRun: false,
    });
    expect(commit.status).toBe(400);
    expect(commit.body.error).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('nothing was imported'),
    });
    expect(await firmCount()).toBe(before);
  });

  it('imports an XLSX lead ledger saved by LibreOffice, creating unknown firms, and a second import changes nothing', async () => {
    const file = fixture('leads.xlsx');
    const dry = await upload(app, 'leads', file, {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      fileName: 'leads.xlsx',
    });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ format: 'XLSX', encoding: null, rowCount: 3, errorCount: 0 });
    expect(dry.body.counts).toMatchObject({ create: 3, firmsCreated: 2 });
    const { body } = await upload(app, 'leads', file, {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      dryRun: false,
    });
    expect(body.counts).toMatchObject({ create: 3, update: 0, firmsCreated: 2 });
    const leads = await database.db
      .selectFrom('lead')
      .innerJoin('firm', 'firm.id', 'lead.firm_id')
      .select([
        'lead.title',
        'lead.stage',
        'lead.source',
        'lead.priority',
        'lead.planned_investment',
        'lead.next_follow_up_on',
        'lead.expected_signing_on',
        'lead.owner_id',
        'firm.name',
      ])
      .orderBy('lead.id')
      .execute();
    expect(leads).toEqual([
      {
        title: '整车基地扩产项目',
        stage: 'NEGOTIATING',
        source: 'ANCHOR_REFERRAL',
        priority: 'HIGH',
        planned_investment: 120000,
        next_follow_up_on: '2026-12-01',
        expected_signing_on: '2027-03-01',
        owner_id: world.users.officer.id,
        name: '保定示例整车制造股份有限公司',
      },
      {
        title: '电驱动生产线',
        stage: 'CONTACTED',
        source: 'EXPO',
        priority: 'MEDIUM',
        planned_investment: 35000,
        next_follow_up_on: '2026-12-15',
        expected_signing_on: null,
        owner_id: world.users.officer.id,
        name: '深圳示例电驱动有限公司',
      },
      {
        title: '热管理项目',
        stage: 'LEAD',
        source: 'AGENCY',
        priority: 'LOW',
        planned_investment: 8000,
        next_follow_up_on: null,
        expected_signing_on: null,
        owner_id: world.users.officer.id,
        name: '苏州示例热管理有限公司',
      },
    ]);
    const again = await upload(app, 'leads', file, {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      dryRun: false,
    });
    expect(again.body.counts).toMatchObject({ create: 0, update: 0, unchanged: 3, firmsCreated: 0 });
  });

  it('imports supply relations and projects against the firms, idempotently', async () => {
    const supplies = await upload(app, 'supplies', fixture('supplies.csv'), {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      dryRun: false,
    });
    expect(supplies.body.errors).toEqual([]);
    expect(supplies.body.counts).toMatchObject({ create: 2 });
    const rows = await database.db
      .selectFrom('supply')
      .select(['annual_volume', 'confidence'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { annual_volume: 2400, confidence: 0.9 },
      { annual_volume: 12000, confidence: 0.8 },
    ]);
    const projects = await upload(app, 'projects', fixture('projects.csv'), {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      dryRun: false,
    });
    expect(projects.body.errors).toEqual([]);
    expect(projects.body.counts).toMatchObject({ create: 2, firmsCreated: 1 });
    const project = await database.db
      .selectFrom('project')
      .selectAll()
      .where('name', '=', '示例正极材料一期')
      .executeTakeFirstOrThrow();
    expect(project).toMatchObject({
      total_investment: 50000,
      fixed_asset_investment: 40000,
      investment_to_date: 12000,
      land_mu: 150,
      zone_id: world.zone.id,
    });
    for (const [kind, file] of [
      ['supplies', 'supplies.csv'],
      ['projects', 'projects.csv'],
    ] as const) {
      const again = await upload(app, kind, fixture(file), {
        cookie: world.cookies.officer,
        zoneId: world.zone.id,
        dryRun: false,
      });
      expect(again.body.counts, kind).toMatchObject({ create: 0, update: 0, unchanged: 2 });
    }
  });

  it('names an unknown supplier instead of guessing', async () => {
    const csv = '供应商,采购方\n不存在的企业有限公司,沧州示例电池科技有限公司\n';
    const { body } = await upload(app, 'supplies', csv, {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
    });
    expect(body.errors).toEqual([
      {
        row: 2,
        column: 'supplier',
        value: '不存在的企业有限公司',
        reason: expect.stringContaining('no such firm'),
      },
    ]);
  });

  it('applies the column mapping sent by the browser', async () => {
    const csv = '公司全称,代码\n廊坊示例映射有限公司,\n';
    const unmapped = await upload(app, 'firms', csv, {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
    });
    expect(unmapped.status).toBe(400);
    expect(unmapped.body.error?.message).toContain('None of the headers');
    const mapped = await upload(app, 'firms', csv, {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      mapping: { 公司全称: 'name', 代码: 'uscc' },
    });
    expect(mapped.status).toBe(200);
    expect(mapped.body.counts).toMatchObject({ create: 1 });
  });
});

describe(`imports: bad input and access (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let world: Awaited<ReturnType<typeof importWorld>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    world = await importWorld(app, database.db);
  });
  afterAll(() => database.close());

  const bad = async (bytes: Uint8Array | string, kind = 'firms') => {
    const { status, body } = await upload(app, kind, bytes, {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      dryRun: false,
    });
    return { status, error: body.error };
  };

  it('answers each bad file with a clear message and imports nothing', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const cases: [string, Uint8Array | string, RegExp][] = [
      ['empty', '', /empty/],
      ['binary renamed .csv', png, /not a text file/],
      ['header only', '企业名称,统一社会信用代码\r\n', /no data rows/],
      [
        'another kind of file',
        '项目名称,总投资(万元)\n某项目,100\n',
        /no column for: name|None of the headers/,
      ],
      [
        '500 columns',
        `${Array.from({ length: 500 }, (_, i) => `列${i}`).join(',')}\n${'x,'.repeat(499)}x\n`,
        /500 columns/,
      ],
      [
        'a row longer than the header',
        '企业名称,城市\n甲有限公司,石家庄,多余,更多\n',
        /different number of columns/,
      ],
      ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2]), /\.xls/],
      [
        'a ZIP that is no workbook',
        new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]),
        /not an XLSX/,
      ],
      [
        'mixed encodings',
        new Uint8Array([...new TextEncoder().encode('企业名称\n甲公司\n'), 0xff, 0xfe, 0x81, 0x0a]),
        /neither UTF-8 nor GBK/,
      ],
    ];
    for (const [name, bytes, message] of cases) {
      const { status, error } = await bad(bytes);
      expect(status, name).toBe(400);
      expect(error?.code, name).toBe('VALIDATION');
      expect(error?.message, name).toMatch(message);
    }
    expect(await database.db.selectFrom('firm').select('id').execute()).toEqual([]);
    expect(await database.db.selectFrom('import_batch').select('id').execute()).toEqual([]);
  });

  it('refuses a 50 MB upload with 413 before reading it, and still answers afterwards', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    const { status, body } = await upload(app, 'firms', big, {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
    });
    expect(status).toBe(413);
    expect(body.error).toMatchObject({ code: 'VALIDATION', reason: 'TOO_LARGE' });
    const health = await app.request('/health');
    expect(health.status).toBe(200);
  });

  it('checks who imports where, and refuses form posts (CSRF) and unknown kinds', async () => {
    const csv = '企业名称\n甲有限公司\n';
    expect((await upload(app, 'firms', csv, { zoneId: world.zone.id })).status).toBe(401);
    expect(
      (await upload(app, 'firms', csv, { cookie: world.cookies.analyst, zoneId: world.zone.id })).status,
    ).toBe(403);
    expect(
      (await upload(app, 'firms', csv, { cookie: world.cookies.otherOfficer, zoneId: world.zone.id })).status,
    ).toBe(403);
    expect(
      (await upload(app, 'widgets', csv, { cookie: world.cookies.officer, zoneId: world.zone.id })).status,
    ).toBe(400);
    const form = await upload(app, 'firms', csv, {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      contentType: 'text/plain',
    });
    expect([403, 415]).toContain(form.status);
    expect(await database.db.selectFrom('firm').select('id').execute()).toEqual([]);
  });

  it('reads an XLSX whose first sheet starts below blank rows, with dates typed as dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名录');
    sheet.addRow([]);
    sheet.addRow(['企业名称', '成立日期', '营业收入(万元)']);
    sheet.addRow(['石家庄示例表格有限公司', new Date(Date.UTC(2020, 4, 6)), 1234.5]);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const { status, body } = await upload(app, 'firms', bytes, {
      cookie: world.cookies.officer,
      zoneId: world.zone.id,
      dryRun: false,
    });
    expect(status).toBe(200);
    expect(body.counts.create).toBe(1);
    const firm = await database.db.selectFrom('firm').selectAll().executeTakeFirstOrThrow();
    expect(firm).toMatchObject({ founded_on: '2020-05-06', revenue: 1234.5 });
  });
});
