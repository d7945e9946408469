import { createApp, type DatabaseHandle } from '@lianzhao/api';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeUscc } from '../../api/src/firms/uscc';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { graphql, signIn, silentLog, testConfig } from '../support/http-client';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';
import { upload } from './imports-support';

const FIRMS = `query ($search: String, $zoneId: ID, $segmentId: ID, $tags: [FirmTag!], $first: Int, $after: String) {
  firms(search: $search, zoneId: $zoneId, segmentId: $segmentId, tags: $tags, first: $first, after: $after) {
    totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`;
const HOSTILE = ['=HYPERLINK("http://evil.example","点我")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];

describe(`firm search and export (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let cookie: string;
  let zone: { id: number };
  const uscc = completeUscc('91130100MA0000555');

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    const make = createFactories(database.db);
    zone = await make.zone();
    const { chain } = await make.chain();
    await database.db.insertInto('zone_chain').values({ zone_id: zone.id, chain_id: chain.id }).execute();
    const officer = await make.user({ role: 'OFFICER', zoneId: zone.id });
    cookie = await signIn(app, officer.email, TEST_PASSWORD);
    // Written through the import, so the pinyin initials are computed the way every write does.
    const rows = [
      `比亚迪股份有限公司,${uscc},是,链主企业,正极材料`,
      '长城汽车股份有限公司,,否,上市,整车',
      '重庆长安汽车有限公司,,,,',
    ];
    const csv = `企业名称,统一社会信用代码,所在园区,企业标签,所属环节\n${rows.join('\n')}\n`;
    const result = await upload(app, 'firms', csv, { cookie, zoneId: zone.id, dryRun: false });
    expect(result.body.counts.create).toBe(3);
    await database.db
      .updateTable('firm')
      .set({ aliases: ['BYD'] })
      .where('uscc', '=', uscc)
      .execute();
    // Hostile names straight into the table: the import trims blanks, a tab or CR could not start a name.
    await database.db
      .insertInto('firm')
      .values(HOSTILE.map((name) => ({ name, name_initials: '' })))
      .execute();
  });
  afterAll(() => database.close());

  const search = async (variables: Record<string, unknown>) => {
    const result = await graphql<{
      firms: {
        totalCount: number;
        edges: { node: { name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(app, FIRMS, { cookie, variables });
    expect(result.errors).toBeUndefined();
    return result.data!.firms;
  };
  const names = async (variables: Record<string, unknown>) =>
    (await search(variables)).edges.map((e) => e.node.name);

  it('finds firms by name substring, pinyin initials, alias and USCC prefix', async () => {
    expect(await names({ search: '亚迪' })).toEqual(['比亚迪股份有限公司']);
    expect(await names({ search: 'byd' })).toEqual(['比亚迪股份有限公司']);
    expect(await names({ search: 'CCQC' })).toEqual(['长城汽车股份有限公司']);
    expect(await names({ search: 'cqca' })).toEqual(['重庆长安汽车有限公司']);
    expect(await names({ search: uscc.slice(0, 10).toLowerCase() })).toEqual(['比亚迪股份有限公司']);
    expect(await names({ search: '汽车' })).toEqual(['长城汽车股份有限公司', '重庆长安汽车有限公司']);
    expect(await names({ search: '%' })).toEqual([]);
  });

  it('filters by zone, segment and tags, and pages with cursors', async () => {
    expect(await names({ zoneId: String(zone.id) })).toEqual(['比亚迪股份有限公司']);
    expect(await names({ tags: ['LISTED'] })).toEqual(['长城汽车股份有限公司']);
    const segment = await database.db
      .selectFrom('segment')
      .select('id')
      .where('name', '=', '电池')
      .executeTakeFirstOrThrow();
    expect(await names({ segmentId: String(segment.id) })).toEqual(['比亚迪股份有限公司']); // 正极材料 is a child of 电池
    const page1 = await search({ first: 2 });
    expect(page1.totalCount).toBe(3 + HOSTILE.length);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await search({ first: 2, after: page1.pageInfo.endCursor });
    expect(page2.edges.map((e) => e.node.name)).not.toContain(page1.edges[0]!.node.name);
  });

  it('exports CSV as UTF-8 with BOM and CRLF, with formula-like text neutralised', async () => {
    const response = await app.request('/exports/firms.csv', { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe(
      '企业名称,统一社会信用代码,别名,省份,所在城市,企业标签,营业收入(万元),员工人数,成立日期,网站',
    );
    expect(text).toContain(`比亚迪股份有限公司,${uscc},BYD,,,链主企业,,,,`);
    const lines = text.split('\r\n');
    for (const name of HOSTILE) {
      // Every hostile name starts with an apostrophe inside its (quoted when needed) cell.
      const quoted = /[",\r\n]/.test(`'${name}`) ? `"'${name.replace(/"/g, '""')}"` : `'${name}`;
      expect(text, JSON.stringify(name)).toContain(`${quoted},`);
    }
    expect(lines.some((line) => /^[=+\-@\t\r]/.test(line))).toBe(false);
  });

  it('exports XLSX with every text a string cell, formula-like ones in Text format, and reads back unchanged', async () => {
    const response = await app.request('/exports/firms.xlsx?search=', { headers: { cookie } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('企业名录')!;
    const found: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (HOSTILE.includes(String(cell.value))) {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.numFmt).toBe('@');
          found.push(String(cell.value));
        }
      }),
    );
    // XML turns a carriage return into a line feed, so '\r=1' reads back otherwise; all others exactly.
    expect(found.sort()).toEqual(HOSTILE.filter((name) => name !== '\r=1').sort());
  });

  it('needs a viewer for exports', async () => {
    expect((await app.request('/exports/firms.csv')).status).toBe(401);
  });
});
