import ExcelJS from 'exceljs';
import { Hono } from 'hono';
import { AppError } from '../errors';
import { parseId } from '../graphql/ids';
import type { AppEnv } from '../http/app-env';
import { authenticate } from '../http/authenticate';
import type { LeadFilterInput } from '../leads/lead.service';
import { LEAD_PRIORITIES, LEAD_SOURCES, LEAD_STAGES } from '../leads/lead-enums';
import { allLeadsMatching, type LeadExportRow } from '../leads/lead-export.service';
import { csvResponse, toCsv } from './csv-writer';
import { xlsxResponse } from './xlsx-response';

type Locale = 'zh' | 'en';
type Stage = (typeof LEAD_STAGES)[number];
type Source = (typeof LEAD_SOURCES)[number];
type Priority = (typeof LEAD_PRIORITIES)[number];

const STAGE: Record<Stage, [string, string]> = {
  LEAD: ['线索', 'Lead'],
  CONTACTED: ['接洽', 'Contacted'],
  VISITED: ['考察', 'Visited'],
  NEGOTIATING: ['洽谈', 'Negotiating'],
  SIGNED: ['签约', 'Signed'],
  PAUSED: ['暂缓', 'Paused'],
  LOST: ['终止', 'Lost'],
};
const SOURCE: Record<Source, [string, string]> = {
  ANCHOR_REFERRAL: ['以商招商', 'Anchor referral'],
  EXPO: ['展会', 'Expo'],
  AGENCY: ['中介', 'Agency'],
  FUND: ['基金招商', 'Fund'],
  INBOUND: ['上门', 'Inbound'],
  OTHER: ['其他', 'Other'],
};
const PRIORITY: Record<Priority, [string, string]> = {
  HIGH: ['高', 'High'],
  MEDIUM: ['中', 'Medium'],
  LOW: ['低', 'Low'],
};

const label = (labels: Record<string, [string, string]>, value: string, locale: Locale) =>
  labels[value]?.[locale === 'zh' ? 0 : 1] ?? value;

type Value = string | number | null;
/*
 * The Chinese headers are those the lead import recognises, so an exported list can be edited and
 * imported back. Planned investment stays a number (万元); dates are 'YYYY-MM-DD' text.
 */
const COLUMNS: { zh: string; en: string; width: number; value: (r: LeadExportRow, l: Locale) => Value }[] = [
  { zh: '企业名称', en: 'Firm', width: 32, value: (r) => r.firmName },
  { zh: '统一社会信用代码', en: 'USCC', width: 22, value: (r) => r.uscc },
  { zh: '线索名称', en: 'Title', width: 32, value: (r) => r.lead.title },
  { zh: '阶段', en: 'Stage', width: 10, value: (r, l) => label(STAGE, r.lead.stage, l) },
  { zh: '负责人', en: 'Owner', width: 12, value: (r) => r.ownerName },
  { zh: '来源', en: 'Source', width: 14, value: (r, l) => label(SOURCE, r.lead.source, l) },
  { zh: '优先级', en: 'Priority', width: 8, value: (r, l) => label(PRIORITY, r.lead.priority, l) },
  {
    zh: '计划投资(万元)',
    en: 'Planned investment (10k CNY)',
    width: 14,
    value: (r) => (r.lead.planned_investment === null ? null : Number(r.lead.planned_investment)),
  },
  { zh: '下次跟进日期', en: 'Next follow-up', width: 12, value: (r) => r.lead.next_follow_up_on },
  { zh: '预计签约日期', en: 'Expected signing', width: 12, value: (r) => r.lead.expected_signing_on },
  {
    zh: '所属环节',
    en: 'Segments',
    width: 24,
    value: (r, l) => r.segments.map((s) => (l === 'en' ? (s.name_en ?? s.name) : s.name)).join('、'),
  },
  { zh: '更新时间', en: 'Updated at', width: 20, value: (r) => shanghaiTime(r.lead.updated_at) },
];

/** A timestamp as 'YYYY-MM-DD HH:mm' in Asia/Shanghai, the zones' own clock. */
function shanghaiTime(at: Date | string): string {
  const date = new Date(at);
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function choices<T extends string>(
  text: string | undefined,
  allowed: readonly T[],
  name: string,
): T[] | undefined {
  if (!text) return undefined;
  const values = text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const wrong = values.filter((v) => !(allowed as readonly string[]).includes(v));
  if (wrong.length)
    throw new AppError('VALIDATION', `${name} must be among ${allowed.join(', ')}; not ${wrong.join(', ')}`);
  return values as T[];
}

function flag(text: string | undefined, name: string): boolean | undefined {
  if (text === undefined || text === '') return undefined;
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw new AppError('VALIDATION', `${name} must be true or false`);
}

/** The leads table's filter (LeadFilter of the GraphQL schema) from query parameters. */
function filterOf(c: { req: { query(name: string): string | undefined } }): LeadFilterInput {
  const id = (name: string) => {
    const text = c.req.query(name);
    return text ? parseId(text, name) : undefined;
  };
  return {
    zoneId: id('zoneId'),
    stages: choices(c.req.query('stages'), LEAD_STAGES, 'stages'),
    ownerId: id('ownerId'),
    mine: flag(c.req.query('mine'), 'mine'),
    chainId: id('chainId'),
    segmentId: id('segmentId'),
    sources: choices(c.req.query('sources'), LEAD_SOURCES, 'sources'),
    priorities: choices(c.req.query('priorities'), LEAD_PRIORITIES, 'priorities'),
    stalled: flag(c.req.query('stalled'), 'stalled'),
    followUp: choices(c.req.query('followUp'), ['DUE_TODAY', 'OVERDUE', 'DUE'] as const, 'followUp')?.[0],
    search: c.req.query('search') || undefined,
  };
}

const localeOf = (c: { req: { query(name: string): string | undefined } }): Locale =>
  c.req.query('locale') === 'en' ? 'en' : 'zh';

/**
 * `GET /exports/leads.csv` and `/exports/leads.xlsx` with the filter of the leads table (`zoneId`,
 * `stages=LEAD,VISITED`, `ownerId`, `mine`, `chainId`, `segmentId`, `sources`, `priorities`,
 * `stalled`, `followUp`, `search`) and `locale=en` for English headers. Session cookie or API token;
 * at most LEAD_EXPORT_LIMIT rows.
 */
export function leadsExportRoutes() {
  const routes = new Hono<AppEnv>();
  routes.get('/leads.csv', authenticate(), async function exportLeadsCsv(c) {
    const locale = localeOf(c);
    const rows = await allLeadsMatching(c.var.services, filterOf(c));
    const text = toCsv(
      COLUMNS.map((col) => col[locale]),
      rows.map((r) => COLUMNS.map((col) => col.value(r, locale))),
    );
    return csvResponse(text, locale === 'en' ? 'leads.csv' : '招商线索.csv');
  });
  routes.get('/leads.xlsx', authenticate(), async function exportLeadsXlsx(c) {
    const locale = localeOf(c);
    const rows = await allLeadsMatching(c.var.services, filterOf(c));
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Lianzhao';
    const name = locale === 'en' ? 'Leads' : '招商线索';
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(COLUMNS.map((col) => col[locale])).font = { bold: true };
    for (const r of rows) sheet.addRow(COLUMNS.map((col) => col.value(r, locale) ?? ''));
    COLUMNS.forEach((col, i) => {
      sheet.getColumn(i + 1).width = col.width;
    });
    return xlsxResponse(workbook, `${name}.xlsx`);
  });
  return routes;
}
