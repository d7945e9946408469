import { createApp, type DatabaseHandle } from '@lianzhao/api';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { signIn, silentLog, testConfig } from '../support/http-client';
import { addDays, isoWeekOf, shanghaiToday } from '../support/shanghai-dates';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

const FORMULA_NAME = '=HYPERLINK("x")';

describe(`weekly sheet export GET /exports/projects.xlsx (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let zoneA: { id: number; name: string };
  let zoneB: { id: number };
  const cookies: Record<string, string> = {};
  const today = shanghaiToday();
  const lastWeek = isoWeekOf(addDays(today, -7));

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    const make = createFactories(database.db);
    zoneA = await make.zone({ name: '甲高新区' });
    zoneB = await make.zone({ name: '乙经开区' });
    const leader = await make.user({ role: 'LEADER', zoneId: zoneA.id });
    await database.db
      .updateTable('app_user')
      .set({ display_name: '张书记' })
      .where('id', '=', leader.id)
      .execute();
    for (const [key, user] of Object.entries({
      officerA: await make.user({ role: 'OFFICER', zoneId: zoneA.id }),
      officerB: await make.user({ role: 'OFFICER', zoneId: zoneB.id }),
    })) {
      cookies[key] = await signIn(app, user.email, TEST_PASSWORD);
    }
    await make.project({
      zoneId: zoneA.id,
      name: '绿灯项目',
      totalInvestment: 10_000,
      fixedAssetInvestment: 8_000,
      investmentToDate: 5_000,
      accountableLeaderId: leader.id,
      responsibleUnit: '甲区招商局',
      milestones: {
        SIGNED: { plannedOn: addDays(today, -200), actualOn: addDays(today, -200) },
        CONSTRUCTION_START: { plannedOn: addDays(today, -50), actualOn: addDays(today, -50) },
        COMPLETION: { plannedOn: addDays(today, 50) },
      },
      reports: [{ isoWeek: lastWeek, progressPercent: 50, progress: '主体施工' }],
    });
    await make.project({
      zoneId: zoneA.id,
      name: FORMULA_NAME,
      totalInvestment: 20_000,
      investmentToDate: 1_000,
      accountableLeaderName: '王主任',
      responsibleUnit: '+甲区发改局',
      milestones: {
        CONSTRUCTION_START: { plannedOn: addDays(today, -140) },
        COMPLETION: { plannedOn: addDays(today, 225) },
      },
      reports: [{ isoWeek: lastWeek, progressPercent: 41, problems: '@SUM(A1)', supportNeeded: '-协调用地' }],
    });
    await make.project({ zoneId: zoneB.id, name: '乙区项目' });
  });
  afterAll(() => database.close());

  const download = (cookie: string | undefined, query = `?zoneId=${zoneA.id}`) =>
    app.request(`/exports/projects.xlsx${query}`, { headers: cookie ? { cookie } : {} });

  async function sheetOf(response: Response) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return workbook.getWorksheet('调度表')!;
  }

  it("exports the zone's projects as a 调度表 with Chinese headers, red first, one row per project", async () => {
    const response = await download(cookies.officerA);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toMatch(
      /^attachment; .*filename\*=UTF-8''甲高新区重大项目调度表-\d{4}-W\d{2}\.xlsx$/,
    );
    const ws = await sheetOf(response);
    expect(String(ws.getCell(1, 1).value)).toContain('甲高新区重大项目调度表');
    const headers = (ws.getRow(2).values as unknown[]).slice(1);
    expect(headers).toEqual(
      expect.arrayContaining([
        '开发区',
        '项目名称',
        '企业',
        '总投资（万元）',
        '挂点领导',
        '责任单位',
        '开工',
        '状态',
        '原因',
      ]),
    );
    expect(ws.getRow(3).getCell(17).value).toBe('计划');
    expect(ws.rowCount).toBe(5); // title, two header rows, two projects of zone A (none of zone B)

    const rows = [ws.getRow(4), ws.getRow(5)];
    const column = (name: string) => headers.indexOf(name) + 1;
    expect(rows.map((r) => r.getCell(column('项目名称')).value)).toEqual([FORMULA_NAME, '绿灯项目']);
    const red = rows[0]!;
    expect(red.getCell(column('开发区')).value).toBe('甲高新区');
    expect(red.getCell(column('状态')).value).toBe('红灯');
    expect(String(red.getCell(column('原因')).value)).toMatch(/^开工滞后计划 4 个月（140 天），尚未开工/);
    expect(red.getCell(column('总投资（万元）')).value).toBe(20_000);
    expect(red.getCell(column('挂点领导')).value).toBe('王主任');
    expect(red.getCell(column('存在问题')).value).toBe('@SUM(A1)');
    expect(red.getCell(column('需协调事项')).value).toBe('-协调用地');
    expect(red.getCell(17).value).toBe(addDays(today, -140));
    const green = rows[1]!;
    expect(green.getCell(column('状态')).value).toBe('绿灯');
    expect(green.getCell(column('挂点领导')).value).toBe('张书记');
    expect(green.getCell(column('最新进展')).value).toBe(`${lastWeek}（50%）：主体施工`);
    expect([green.getCell(11).value, green.getCell(12).value]).toEqual([
      addDays(today, -200),
      addDays(today, -200),
    ]);
  });

  it('writes no cell a spreadsheet would run as a formula: =, +, -, @ come back as text', async () => {
    const ws = await sheetOf(await download(cookies.officerA));
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeUndefined();
      }),
    );
    const name = ws.getRow(4).getCell(3);
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.value).toBe(FORMULA_NAME);
    expect(ws.getRow(4).getCell(10).value).toBe('+甲区发改局');
  });

  it('scopes the export like the ledger: another zone is 403, no viewer is 401, no zone means all mine', async () => {
    const foreign = await download(cookies.officerB);
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toEqual({ error: { code: 'FORBIDDEN', message: expect.any(String) } });
    expect((await download(undefined)).status).toBe(401);
    expect((await download(cookies.officerA, '?zoneId=abc')).status).toBe(400);
    const mine = await sheetOf(await download(cookies.officerB, ''));
    expect(mine.rowCount).toBe(4);
    expect(mine.getRow(4).getCell(3).value).toBe('乙区项目');
  });
});
