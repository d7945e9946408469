import ExcelJS from 'exceljs';
import { textCell } from '../exports/xlsx-response';
import type { MetricKey } from './metric-definitions';
import type { ZoneRankingModel } from './ranking.service';

/*
 * The zone ranking as an XLSX sheet: a title row, a header row, one row per zone (rank, zone, score,
 * previous rank, movement, then each indicator's value and score). Text is written as string cells,
 * never formulas (see exports/xlsx-response.ts). Top and bottom rows are filled like the page shows them.
 */

export type SheetLocale = 'zh-CN' | 'en';

const KIND_LABELS: Record<SheetLocale, Record<string, string>> = {
  'zh-CN': { HIGH_TECH: '高新区', ECONOMIC: '经开区', BONDED: '综保区', OTHER: '其他' },
  en: {
    HIGH_TECH: 'High-tech zones',
    ECONOMIC: 'Economic zones',
    BONDED: 'Bonded zones',
    OTHER: 'Other zones',
  },
};

const METRIC_LABELS: Record<SheetLocale, Record<MetricKey, string>> = {
  'zh-CN': {
    SIGNED_INVESTMENT: '签约额（万元）',
    SIGNED_PROJECT_COUNT: '签约项目数',
    CONSTRUCTION_START_RATE: '开工率',
    PRODUCTION_RATE: '投产率',
    INVESTMENT_IN_PLACE_RATE: '资金到位率',
    INVESTMENT_PER_MU: '亩均投资（万元/亩）',
    CHAIN_COMPLETENESS: '产业链完整度',
    LEADS_CONVERTED: '线索转化数',
    SPECIALIZED_FIRM_COUNT: '高新/专精特新企业数',
  },
  en: {
    SIGNED_INVESTMENT: 'Signed investment (10k CNY)',
    SIGNED_PROJECT_COUNT: 'Signed projects',
    CONSTRUCTION_START_RATE: 'Construction-start rate',
    PRODUCTION_RATE: 'Production rate',
    INVESTMENT_IN_PLACE_RATE: 'Investment-in-place rate',
    INVESTMENT_PER_MU: 'Investment per mu (10k CNY)',
    CHAIN_COMPLETENESS: 'Chain completeness',
    LEADS_CONVERTED: 'Leads converted',
    SPECIALIZED_FIRM_COUNT: 'High-tech / specialized firms',
  },
};

const TEXT: Record<SheetLocale, Record<string, string>> = {
  'zh-CN': {
    title: '开发区赛马排名',
    rank: '排名',
    zone: '开发区',
    score: '综合得分',
    previousRank: '上期排名',
    movement: '名次变化',
    indicatorScore: '得分',
    weight: '权重',
  },
  en: {
    title: 'Zone ranking',
    rank: 'Rank',
    zone: 'Zone',
    score: 'Score',
    previousRank: 'Previous rank',
    movement: 'Movement',
    indicatorScore: 'score',
    weight: 'weight',
  },
};

const RATIO_KEYS: ReadonlySet<MetricKey> = new Set([
  'CONSTRUCTION_START_RATE',
  'PRODUCTION_RATE',
  'INVESTMENT_IN_PLACE_RATE',
  'CHAIN_COMPLETENESS',
]);
const FILLS = { TOP: 'FFC6EFCE', BOTTOM: 'FFF4B4B4' } as const;

/** The file name of a ranking export, e.g. `高新区赛马排名-2026-W48.xlsx`. */
export function rankingFileName(ranking: ZoneRankingModel, locale: SheetLocale): string {
  const kind = KIND_LABELS[locale][ranking.kind] ?? ranking.kind;
  return locale === 'en'
    ? `zone-ranking-${ranking.kind}-${ranking.period}.xlsx`
    : `${kind}赛马排名-${ranking.period}.xlsx`;
}

export function buildRankingSheet(ranking: ZoneRankingModel, locale: SheetLocale): ExcelJS.Workbook {
  const text = TEXT[locale];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(ranking.period);
  const kind = KIND_LABELS[locale][ranking.kind] ?? ranking.kind;
  sheet.addRow([textCell(`${kind} ${text.title} ${ranking.period}`)]).font = { bold: true, size: 14 };

  const indicatorHeaders = ranking.weights.flatMap(({ key, weight }) => [
    textCell(`${METRIC_LABELS[locale][key]} (${text.weight} ${weight})`),
    textCell(`${METRIC_LABELS[locale][key]} ${text.indicatorScore}`),
  ]);
  const header = sheet.addRow([
    text.rank,
    text.zone,
    text.score,
    text.previousRank,
    text.movement,
    ...indicatorHeaders,
  ]);
  header.font = { bold: true };

  for (const row of ranking.rows) {
    const cells = ranking.weights.flatMap(({ key }) => {
      const indicator = row.indicators.find((i) => i.key === key);
      return [indicator?.value ?? null, indicator ? round(indicator.score) : null];
    });
    const added = sheet.addRow([
      row.rank,
      textCell(row.zone.name),
      round(row.score),
      row.previousRank,
      row.movement,
      ...cells,
    ]);
    ranking.weights.forEach(({ key }, i) => {
      if (RATIO_KEYS.has(key)) added.getCell(6 + 2 * i).numFmt = '0.0%';
      else added.getCell(6 + 2 * i).numFmt = '#,##0.00';
    });
    if (row.highlight) {
      added.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[row.highlight] } };
    }
  }
  sheet.getColumn(2).width = 30;
  for (let i = 3; i <= 5 + indicatorHeaders.length; i++) sheet.getColumn(i).width = 14;
  return workbook;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
