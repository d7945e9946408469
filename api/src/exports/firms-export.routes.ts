import ExcelJS from 'exceljs';
import { Hono } from 'hono';
import type { FirmRow } from '../db/schema';
import { allFirmsMatching } from '../firms/firm-list.service';
import type { FirmQuery } from '../firms/firm-search.repository';
import { FIRM_TAGS } from '../firms/firm-tags';
import { parseId } from '../graphql/ids';
import type { AppEnv } from '../http/app-env';
import { authenticate } from '../http/authenticate';
import { FIRM_TAG_LABELS } from '../imports/kinds/firm-tag-labels';
import { csvResponse, toCsv } from './csv-writer';
import { xlsxResponse } from './xlsx-response';

// The headers are those the firm import recognises, so an exported list can be edited and imported back.
const COLUMNS: { header: string; value: (firm: FirmRow) => string | number | null }[] = [
  { header: '企业名称', value: (f) => f.name },
  { header: '统一社会信用代码', value: (f) => f.uscc },
  { header: '别名', value: (f) => f.aliases.join('、') },
  { header: '省份', value: (f) => f.province },
  { header: '所在城市', value: (f) => f.city },
  {
    header: '企业标签',
    value: (f) => f.tags.map((t) => FIRM_TAG_LABELS[t as (typeof FIRM_TAGS)[number]]?.[0] ?? t).join('、'),
  },
  { header: '营业收入(万元)', value: (f) => f.revenue },
  { header: '员工人数', value: (f) => f.employees },
  { header: '成立日期', value: (f) => f.founded_on },
  { header: '网站', value: (f) => f.website },
];

function queryOf(c: { req: { query(name: string): string | undefined } }): FirmQuery {
  const zone = c.req.query('zoneId');
  const segment = c.req.query('segmentId');
  const tags = c.req.query('tags');
  return {
    search: c.req.query('search') || undefined,
    zoneId: zone ? parseId(zone, 'zoneId') : undefined,
    segmentId: segment ? parseId(segment, 'segmentId') : undefined,
    tags: tags ? tags.split(',').filter((t) => (FIRM_TAGS as readonly string[]).includes(t)) : undefined,
  };
}

/**
 * `GET /exports/firms.csv` and `/exports/firms.xlsx` with the filters of the `firms` query
 * (`search`, `zoneId`, `segmentId`, `tags=ANCHOR,LISTED`). Session cookie or API token.
 */
export function firmsExportRoutes() {
  const routes = new Hono<AppEnv>();
  routes.get('/firms.csv', authenticate(), async function exportFirmsCsv(c) {
    const firms = await allFirmsMatching(c.var.services, queryOf(c));
    const text = toCsv(
      COLUMNS.map((col) => col.header),
      firms.map((f) => COLUMNS.map((col) => col.value(f))),
    );
    return csvResponse(text, '企业名录.csv');
  });
  routes.get('/firms.xlsx', authenticate(), async function exportFirmsXlsx(c) {
    const firms = await allFirmsMatching(c.var.services, queryOf(c));
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Lianzhao';
    const sheet = workbook.addWorksheet('企业名录', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(COLUMNS.map((col) => col.header)).font = { bold: true };
    for (const firm of firms) sheet.addRow(COLUMNS.map((col) => col.value(firm) ?? ''));
    sheet.getColumn(1).width = 36;
    sheet.getColumn(2).width = 22;
    return xlsxResponse(workbook, '企业名录.xlsx');
  });
  return routes;
}
