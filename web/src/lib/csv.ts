/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel on Chinese Windows reads the Chinese
 * right), CRLF line ends, and no cell a spreadsheet would run as a formula (DESIGN.md §8).
 */

/** What a cell may start with that makes Excel, LibreOffice or Sheets treat it as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, neutralised and quoted as needed. Anything starting like a formula gets a leading `'`,
 * which spreadsheets show as text (a negative number too: safe beats typed).
 *
 * @example
 * csvCell('=HYPERLINK("http://x")'); // '"\'=HYPERLINK(""http://x"")"'
 * csvCell('河北省, 石家庄市'); // '"河北省, 石家庄市"'
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file's text, starting with the byte-order mark. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
