import ExcelJS from 'exceljs';
import { MILESTONE_KINDS } from './project-enums';
import { MILESTONE_LABELS, RAG_LABELS, reasonsText } from './rag-reason-text';
import type { WeeklySheet, WeeklySheetRow } from './weekly-sheet.service';

/*
 * The weekly sheet (调度表) as an XLSX file: a title row, two header rows (each milestone spans
 * 计划 / 实际), then one row per project. Every text is written as a string cell, never as a formula:
 * a spreadsheet shows a string cell as it is, so a name like =HYPERLINK("x") stays that text and reads
 * back unchanged (no quote prefix that would alter the data). Only the characters XML cannot carry
 * (control characters other than tab and newlines) are dropped.
 */

type Column = {
  header: string;
  width: number;
  value: (row: WeeklySheetRow, index: number) => string | number | null;
};

const AMOUNT_FORMAT = '#,##0.00';
const RAG_FILLS = { RED: 'FFF4B4B4', YELLOW: 'FFFFE699', GREEN: 'FFC6EFCE' } as const;

const LEADING: Column[] = [
  { header: '序号', width: 6, value: (_row, i) => i + 1 },
  { header: '开发区', width: 18, value: (row) => row.zoneName },
  { header: '项目名称', width: 30, value: (row) => row.name },
  { header: '企业', width: 24, value: (row) => row.firmName },
  { header: '总投资（万元）', width: 14, value: (row) => row.totalInvestment },
  { header: '固定资产投资（万元）', width: 14, value: (row) => row.fixedAssetInvestment },
  { header: '到位资金（万元）', width: 14, value: (row) => row.investmentToDate },
  { header: '资金到位率', width: 10, value: (row) => row.investmentRatio },
  { header: '挂点领导', width: 20, value: (row) => row.leader },
  { header: '责任单位', width: 20, value: (row) => row.responsibleUnit },
];
const TRAILING: Column[] = [
  { header: '状态', width: 8, value: (row) => RAG_LABELS[row.rag.status] },
  { header: '原因', width: 40, value: (row) => reasonsText(row.rag.reasons) },
  { header: '最新进展', width: 40, value: (row) => latestProgress(row) },
  { header: '存在问题', width: 30, value: (row) => row.latestReport?.problems ?? '' },
  { header: '需协调事项', width: 30, value: (row) => row.latestReport?.support_needed ?? '' },
];

function latestProgress(row: WeeklySheetRow): string {
  const report = row.latestReport;
  if (!report) return '';
  const percent = report.progress_percent === null ? '' : `（${report.progress_percent}%）`;
  return `${report.iso_week}${percent}：${report.progress}`;
}

/** Text as a string cell: XML-illegal control characters removed, everything else kept. */
export function asText(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters removed
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/**
 * The sheet as one header line and plain rows (each milestone as two columns, 计划 and 实际), from
 * the same column list as the workbook: what the CSV export writes.
 *
 * @example
 * const { header, rows } = weeklySheetTable(sheet);
 * return csvResponse(toCsv(header, rows), fileName);
 */
export function weeklySheetTable(sheet: WeeklySheet): {
  header: string[];
  rows: (string | number | null)[][];
} {
  const header = [
    ...LEADING.map((c) => c.header),
    ...MILESTONE_KINDS.flatMap((kind) => [
      `${MILESTONE_LABELS[kind]}（计划）`,
      `${MILESTONE_LABELS[kind]}（实际）`,
    ]),
    ...TRAILING.map((c) => c.header),
  ];
  const rows = sheet.rows.map((row, index) => [
    ...LEADING.map((c) => c.value(row, index)),
    ...MILESTONE_KINDS.flatMap((kind) => [
      row.milestones[kind]?.plannedOn ?? null,
      row.milestones[kind]?.actualOn ?? null,
    ]),
    ...TRAILING.map((c) => c.value(row, index)),
  ]);
  return { header, rows };
}

/**
 * The sheet as a workbook, for `xlsxResponse` (exports/xlsx-response.ts).
 *
 * @example
 * return xlsxResponse(buildWeeklySheet(await loadWeeklySheet(ctx, { zoneId })), fileName);
 */
export function buildWeeklySheet(sheet: WeeklySheet): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lianzhao';
  const ws = workbook.addWorksheet('调度表', { views: [{ state: 'frozen', xSplit: 3, ySplit: 3 }] });
  const milestoneStart = LEADING.length + 1;
  const trailingStart = milestoneStart + MILESTONE_KINDS.length * 2;
  const lastColumn = trailingStart + TRAILING.length - 1;

  ws.mergeCells(1, 1, 1, lastColumn);
  ws.getCell(1, 1).value = asText(
    `${sheet.zoneName ?? ''}重大项目调度表（${sheet.isoWeek}，截至 ${sheet.today}）`,
  );
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  const single = (column: number, c: Column) => {
    ws.mergeCells(2, column, 3, column);
    ws.getCell(2, column).value = c.header;
    ws.getColumn(column).width = c.width;
  };
  for (const [i, c] of LEADING.entries()) single(1 + i, c);
  MILESTONE_KINDS.forEach((kind, i) => {
    const column = milestoneStart + 2 * i;
    ws.mergeCells(2, column, 2, column + 1);
    ws.getCell(2, column).value = MILESTONE_LABELS[kind];
    ws.getCell(3, column).value = '计划';
    ws.getCell(3, column + 1).value = '实际';
    ws.getColumn(column).width = 11;
    ws.getColumn(column + 1).width = 11;
  });
  for (const [i, c] of TRAILING.entries()) single(trailingStart + i, c);
  for (const row of [2, 3]) ws.getRow(row).font = { bold: true };

  sheet.rows.forEach((row, index) => {
    const line = ws.getRow(4 + index);
    const put = (column: number, value: string | number | null) => {
      line.getCell(column).value = typeof value === 'string' ? asText(value) : value;
    };
    for (const [i, c] of LEADING.entries()) put(1 + i, c.value(row, index));
    MILESTONE_KINDS.forEach((kind, i) => {
      put(milestoneStart + 2 * i, row.milestones[kind]?.plannedOn ?? '');
      put(milestoneStart + 2 * i + 1, row.milestones[kind]?.actualOn ?? '');
    });
    for (const [i, c] of TRAILING.entries()) put(trailingStart + i, c.value(row, index));
    for (const column of [5, 6, 7]) line.getCell(column).numFmt = AMOUNT_FORMAT;
    line.getCell(8).numFmt = '0.0%';
    line.getCell(trailingStart).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: RAG_FILLS[row.rag.status] },
    };
    line.alignment = { vertical: 'top', wrapText: true };
  });
  return workbook;
}
