import ExcelJS from 'exceljs';
import type { ChainRow, FirmRow, SegmentRow, ZoneRow } from '../db/schema';
import { textCell } from '../exports/xlsx-response';
import type { ChainGapReportModel } from './chain-gaps.service';
import { reasonText } from './gap-reason-text';

const STATUS_TEXT = { MISSING: '缺链', WEAK: '薄弱', PRESENT: '已覆盖' } as const;
const STAGE_TEXT: Record<string, string> = { UPSTREAM: '上游', MIDSTREAM: '中游', DOWNSTREAM: '下游' };
/** Candidates per gap in the sheet: the shortlist a team acts on. */
export const CANDIDATES_PER_GAP = 3;

/**
 * The gap list (MISSING and WEAK segments, missing first, then by weight) with each gap's top
 * candidates and their reasons, as one sheet with Chinese headers.
 */
export function buildGapWorkbook(input: {
  report: ChainGapReportModel;
  zone: ZoneRow;
  chain: ChainRow;
  segments: ReadonlyMap<number, SegmentRow>;
  firms: ReadonlyMap<number, FirmRow>;
}): ExcelJS.Workbook {
  const { report, zone, chain, segments, firms } = input;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lianzhao';
  const sheet = workbook.addWorksheet('缺口清单');
  sheet.addRow([
    `${zone.name} · ${chain.name} 缺口清单`,
    '',
    '完整度',
    Math.round(report.completeness * 1000) / 10,
  ]);
  sheet.addRow([]);
  const header = ['环节', '阶段', '重要性', '状态', '断链', '本地企业数', '候选企业总数'];
  for (let i = 1; i <= CANDIDATES_PER_GAP; i++)
    header.push(`候选${i}`, `候选${i}得分`, `候选${i}理由`, `候选${i}已有线索`);
  sheet.addRow(header).font = { bold: true };

  const gaps = report.segments
    .filter((s) => s.status !== 'PRESENT')
    .sort(
      (a, b) =>
        statusRank(a.status) - statusRank(b.status) ||
        weightOf(segments, b.segmentId) - weightOf(segments, a.segmentId),
    );
  for (const gap of gaps) {
    const segment = segments.get(gap.segmentId);
    const row: (string | number)[] = [
      textCell(segment?.name),
      STAGE_TEXT[segment?.stage ?? ''] ?? '',
      segment?.weight ?? '',
      STATUS_TEXT[gap.status],
      gap.brokenLink ? '是' : '',
      gap.localFirmCount,
      gap.candidateCount,
    ];
    for (const candidate of gap.candidates.slice(0, CANDIDATES_PER_GAP)) {
      row.push(
        textCell(firms.get(candidate.firmId)?.name),
        candidate.score,
        candidate.reasons.map(reasonText).join('；'),
        candidate.existingLeadId === null ? '' : '是',
      );
    }
    sheet.addRow(row);
  }
  sheet.columns.forEach((column, index) => {
    column.width = columnWidth(index, header.length - CANDIDATES_PER_GAP * 4);
  });
  return workbook;
}

function statusRank(status: string): number {
  return status === 'MISSING' ? 0 : 1;
}

function weightOf(segments: ReadonlyMap<number, SegmentRow>, id: number): number {
  return segments.get(id)?.weight ?? 0;
}

/** Wide columns for names and reasons, narrow ones for figures. */
function columnWidth(index: number, fixedColumns: number): number {
  if (index === 0) return 18;
  if (index < fixedColumns) return 11;
  const kind = (index - fixedColumns) % 4; // name, score, reasons, existing lead
  return kind === 0 ? 28 : kind === 2 ? 48 : 10;
}
