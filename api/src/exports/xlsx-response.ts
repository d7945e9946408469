import type ExcelJS from 'exceljs';
import { guardWorkbook } from './formula-guard';

/**
 * Cells are written as typed values: text always as a string cell, never a formula, so a title such
 * as `=HYPERLINK(...)` from user data is shown, not run (the workbook holds no formula at all);
 * `xlsxResponse` then applies the formula guard (exports/formula-guard.ts) to every cell.
 */
export function textCell(value: string | null | undefined): string {
  return value ?? '';
}

/** An XLSX download: the workbook as the body, a UTF-8 file name that Chinese names survive. */
export async function xlsxResponse(workbook: ExcelJS.Workbook, fileName: string): Promise<Response> {
  guardWorkbook(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Response(new Uint8Array(buffer as ArrayBuffer), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'no-store',
    },
  });
}
