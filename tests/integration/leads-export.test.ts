import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../support/factories';
import { TEST_DATABASE_KIND } from '../support/test-database';
import { createLeadsWorld, type LeadsWorld, type Role } from './leads-fixtures';

const BOM = '\uFEFF';

/** The lines of a CSV without quoting subtleties (the test data holds no comma or quote). */
const csvLines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

/** The body as text with its BOM kept (Response.text() drops a leading BOM). */
const rawText = async (response: Response) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());

describe(`leads export GET /exports/leads.csv|xlsx, projects.csv (${TEST_DATABASE_KIND})`, () => {
  let world: LeadsWorld;

  beforeAll(async () => {
    world = await createLeadsWorld();
    const { lead, firm, zoneA, zoneB, segments, users } = world;
    await lead({
      firmId: (await firm('甲电池有限公司', null)).id,
      title: '电池项目',
      stage: 'VISITED',
      source: 'EXPO',
      priority: 'HIGH',
      plannedInvestment: 12_000,
      nextFollowUpOn: '2030-01-05',
      segmentIds: [segments.battery.id],
    });
    await lead({ firmId: (await firm('甲电机有限公司')).id, title: '=1+1', stage: 'LEAD' });
    await lead({
      firmId: (await firm('乙区企业')).id,
      title: '乙区秘密线索',
      zoneId: zoneB.id,
      ownerId: users.officerB.id,
    });
    void zoneA;
  });
  afterAll(() => world?.close());

  const get = (role: Role | null, path: string) =>
    world.app.request(path, { headers: role ? { cookie: world.cookies[role] } : {} });

  it('writes the filtered leads as CSV with a BOM, Chinese headers and neutralised formulas', async () => {
    const response = await get('officerA', `/exports/leads.csv?zoneId=${world.zoneA.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const text = await rawText(response);
    expect(text.startsWith(BOM)).toBe(true);
    const [header, ...rows] = csvLines(text);
    expect(header).toBe(
      '企业名称,统一社会信用代码,线索名称,阶段,负责人,来源,优先级,计划投资(万元),下次跟进日期,预计签约日期,所属环节,更新时间',
    );
    expect(rows).toHaveLength(2);
    const battery = rows.find((r) => r.startsWith('甲电池有限公司'))!.split(',');
    expect(battery.slice(2, 4)).toEqual(['电池项目', '考察']);
    expect(battery.slice(5, 10)).toEqual(['展会', '高', '12000', '2030-01-05', '']);
    expect(battery[10]).toBe(world.segments.battery.name);
    const formula = rows.find((r) => r.startsWith('甲电机有限公司'))!.split(',');
    expect(formula[2]).toBe("'=1+1");
    expect(text).not.toContain('乙区秘密线索');
  });

  it('applies the filter (stages, search) and English headers with locale=en', async () => {
    const response = await get('officerA', '/exports/leads.csv?stages=VISITED,NEGOTIATING&locale=en');
    const [header, ...rows] = csvLines(await response.text());
    expect(header?.startsWith('Firm,USCC,Title,Stage,Owner,Source,Priority')).toBe(true);
    expect(rows.map((r) => r.split(',').slice(2, 4))).toEqual([['电池项目', 'Visited']]);
    const searched = csvLines(await (await get('officerA', '/exports/leads.csv?search=电机')).text());
    expect(searched.slice(1).map((r) => r.split(',')[0])).toEqual(['甲电机有限公司']);
    expect((await get('officerA', '/exports/leads.csv?stages=NOPE')).status).toBe(400);
  });

  it('writes the same rows as XLSX, formulas kept as text', async () => {
    const response = await get('officerA', '/exports/leads.xlsx');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('招商线索')!;
    expect(sheet.getRow(1).getCell(3).value).toBe('线索名称');
    const titles = [2, 3].map((r) => sheet.getRow(r).getCell(3).value);
    // A typed string cell with the Text format: shown as typed, never run (see formula-guard.ts).
    expect(titles.sort()).toEqual(['=1+1', '电池项目'].sort());
    const formulaCell = [2, 3].map((r) => sheet.getRow(r).getCell(3)).find((c) => c.value === '=1+1')!;
    expect(formulaCell.type).toBe(ExcelJS.ValueType.String);
    expect(formulaCell.numFmt).toBe('@');
    expect(sheet.rowCount).toBe(3);
    sheet.eachRow((row) => {
      row.eachCell((cell) => expect(cell.formula).toBeUndefined());
    });
  });

  it("never exports another zone's leads", async () => {
    for (const ext of ['csv', 'xlsx']) {
      const response = await get('officerA', `/exports/leads.${ext}?zoneId=${world.zoneB.id}`);
      expect([403, 404]).toContain(response.status);
      const body = await response.text();
      expect(body).not.toContain('乙区');
    }
    const own = await (await get('officerB', '/exports/leads.csv')).text();
    expect(
      csvLines(own)
        .slice(1)
        .map((r) => r.split(',')[2]),
    ).toEqual(['乙区秘密线索']);
    expect((await get(null, '/exports/leads.csv')).status).toBe(401);
  });

  it('exports the projects weekly sheet as CSV with the XLSX columns', async () => {
    const make = createFactories(world.db);
    await make.project({ zoneId: world.zoneA.id, name: '@项目甲' });
    await make.project({ zoneId: world.zoneB.id, name: '乙区项目' });
    const response = await get('officerA', `/exports/projects.csv?zoneId=${world.zoneA.id}`);
    expect(response.status).toBe(200);
    const text = await rawText(response);
    expect(text.startsWith(BOM)).toBe(true);
    const [header, ...rows] = csvLines(text);
    expect(header?.split(',').slice(0, 4)).toEqual(['序号', '开发区', '项目名称', '企业']);
    expect(header).toContain('状态');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.split(',')[2]).toBe("'@项目甲");
    expect(text).not.toContain('乙区项目');
    expect((await get('officerA', `/exports/projects.csv?zoneId=${world.zoneB.id}`)).status).toBe(403);
  });
});
