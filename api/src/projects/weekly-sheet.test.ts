import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWeeklySheet } from './weekly-sheet';
import type { WeeklySheetRow } from './weekly-sheet.service';

const row = (overrides: Partial<WeeklySheetRow>): WeeklySheetRow => ({
  zoneName: '石家庄高新区',
  name: '示例项目',
  firmName: '示例企业',
  totalInvestment: 50_000,
  fixedAssetInvestment: 40_000,
  investmentToDate: 12_500,
  investmentRatio: 0.25,
  leader: '张书记 党工委书记',
  responsibleUnit: '投资促进局',
  milestones: { CONSTRUCTION_START: { plannedOn: '2026-07-15', actualOn: null } },
  rag: {
    status: 'RED',
    reasons: [
      { code: 'CONSTRUCTION_START_LATE', severity: 'RED', params: { months: 4, days: 131, started: false } },
    ],
    progress: null,
  },
  latestReport: {
    iso_week: '2026-W47',
    progress_percent: 3,
    progress: '场地平整',
    problems: '环评待批',
    support_needed: '协调生态环境局',
  },
  ...overrides,
});

async function read(rows: WeeklySheetRow[]) {
  const built = buildWeeklySheet({
    zoneName: '石家庄高新区',
    today: '2026-11-23',
    isoWeek: '2026-W48',
    rows,
  });
  const bytes = await built.xlsx.writeBuffer();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.getWorksheet('调度表')!;
}

describe('the weekly sheet (调度表) as XLSX', () => {
  it('has a title, two header rows with each milestone over 计划 / 实际, and one row per project', async () => {
    const ws = await read([
      row({}),
      row({ name: '第二个项目', rag: { status: 'GREEN', reasons: [], progress: null } }),
    ]);
    expect(ws.getCell(1, 1).value).toBe('石家庄高新区重大项目调度表（2026-W48，截至 2026-11-23）');
    const headers = (ws.getRow(2).values as unknown[]).slice(1);
    expect(headers.slice(0, 11)).toEqual([
      '序号',
      '开发区',
      '项目名称',
      '企业',
      '总投资（万元）',
      '固定资产投资（万元）',
      '到位资金（万元）',
      '资金到位率',
      '挂点领导',
      '责任单位',
      '签约',
    ]);
    expect(ws.getCell(2, 17).value).toBe('开工');
    expect([ws.getCell(3, 17).value, ws.getCell(3, 18).value]).toEqual(['计划', '实际']);
    expect((ws.getRow(2).values as unknown[]).slice(-5)).toEqual([
      '状态',
      '原因',
      '最新进展',
      '存在问题',
      '需协调事项',
    ]);
    expect(ws.rowCount).toBe(5);
    const first = ws.getRow(4);
    expect([
      first.getCell(1).value,
      first.getCell(3).value,
      first.getCell(5).value,
      first.getCell(17).value,
    ]).toEqual([1, '示例项目', 50_000, '2026-07-15']);
    expect([first.getCell(23).value, first.getCell(24).value, first.getCell(25).value]).toEqual([
      '红灯',
      '开工滞后计划 4 个月（131 天），尚未开工',
      '2026-W47（3%）：场地平整',
    ]);
    expect(ws.getRow(5).getCell(23).value).toBe('绿灯');
  });

  it('writes text that looks like a formula as a plain string cell, unchanged', async () => {
    const tricky = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '<b>html</b>', '\t=1'];
    const ws = await read(
      tricky.map((text) =>
        row({ name: text, firmName: text, latestReport: { ...row({}).latestReport!, problems: text } }),
      ),
    );
    tricky.forEach((text, i) => {
      for (const column of [3, 4, 26]) {
        const cell = ws.getRow(4 + i).getCell(column);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
        expect(cell.value).toBe(text);
      }
    });
  });

  it('drops only the control characters XML cannot carry', async () => {
    const ws = await read([row({ name: 'a\u0000b\u0007c\nd' })]);
    expect(ws.getCell(4, 3).value).toBe('abc\nd');
  });
});
