import { neutralizeFormula } from './formula-guard';

export type CsvValue = string | number | null | undefined;

const BOM = '\uFEFF';

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // Numbers are written as numbers; only text can smuggle a formula.
  const text = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document as Excel on Chinese Windows opens it correctly: UTF-8 with a BOM (without it Excel
 * assumes GBK and shows mojibake), CRLF line ends, RFC 4180 quoting, formula-like text neutralised.
 *
 * @example toCsv(['企业名称'], [['=1+1']]) // '\uFEFF企业名称\r\n\'=1+1\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header.map(cell).join(','), ...rows.map((row) => row.map(cell).join(','))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** A CSV download with a UTF-8 file name that Chinese names survive. */
export function csvResponse(text: string, fileName: string): Response {
  return new Response(text, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="export.csv"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'no-store',
    },
  });
}
