import { createApp, type DatabaseHandle } from '@lianzhao/api';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { signIn, silentLog, testConfig } from '../support/http-client';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

const HOSTILE_NAME = '=HYPERLINK("http://evil.example","点我")';

describe(`gap list export to XLSX (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let cookieA: string;
  let cookieB: string;
  let url: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    const make = createFactories(database.db);
    const zoneA = await make.zone({ name: '甲开发区' });
    const zoneB = await make.zone();
    const { chain, segments } = await make.chain();
    const firm = await database.db
      .insertInto('firm')
      .values({ name: HOSTILE_NAME, province: '河北省', tags: ['LITTLE_GIANT'] })
      .returning('id')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('firm_segment')
      .values({ firm_id: firm.id, segment_id: segments.vehicle.id })
      .execute();
    url = `/exports/chain-gaps.xlsx?zoneId=${zoneA.id}&chainId=${chain.id}`;
    cookieA = await signIn(
      app,
      (await make.user({ role: 'OFFICER', zoneId: zoneA.id })).email,
      TEST_PASSWORD,
    );
    cookieB = await signIn(
      app,
      (await make.user({ role: 'OFFICER', zoneId: zoneB.id })).email,
      TEST_PASSWORD,
    );
  });
  afterAll(() => database.close());

  it('writes the gaps with their candidates, every text as a string cell (never a formula)', async () => {
    const response = await app.request(url, { headers: { cookie: cookieA } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('缺口清单'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('缺口清单')!;
    expect(sheet.getRow(1).getCell(1).value).toMatch(/^甲开发区 · 测试链\d+ 缺口清单$/);
    expect(sheet.getRow(3).getCell(1).value).toBe('环节');
    // No local firm at all: every segment of the chain is a MISSING gap.
    const rows = [4, 5, 6].map((n) => sheet.getRow(n));
    expect(rows.map((r) => r.getCell(4).value)).toEqual(['缺链', '缺链', '缺链']);
    const vehicle = rows.find((r) => r.getCell(1).value === '整车')!;
    const candidate = vehicle.getCell(8);
    expect(candidate.value).toBe(HOSTILE_NAME);
    expect(candidate.type).toBe(ExcelJS.ValueType.String);
    expect(String(vehicle.getCell(10).value)).toContain('专精特新小巨人');
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      }),
    );
  });

  it("refuses another zone's officer and a visitor without a session", async () => {
    const foreign = await app.request(url, { headers: { cookie: cookieB } });
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.code).toBe('FORBIDDEN');
    const anonymous = await app.request(url);
    expect(anonymous.status).toBe(401);
    const malformed = await app.request('/exports/chain-gaps.xlsx?zoneId=x&chainId=1', {
      headers: { cookie: cookieA },
    });
    expect(malformed.status).toBe(400);
  });
});
