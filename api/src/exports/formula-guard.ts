import type ExcelJS from 'exceljs';

/**
 * The characters that make a spreadsheet run a cell as a formula when they start it (CSV/formula
 * injection, OWASP): `=`, `+`, `-`, `@`, and tab or carriage return (which some programs skip before
 * looking at the next character). This is the one definition both writers use.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet could take this text for a formula. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * For CSV, where every cell is untyped text: a formula-like text gets a leading apostrophe, which
 * Excel and LibreOffice show as text and never evaluate.
 *
 * @example neutralizeFormula('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 */
export function neutralizeFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/**
 * For XLSX, where cells are typed: text is always written as a string cell (never a formula), so the
 * value stays exactly what the user typed; a formula-like string cell also gets the Text number
 * format (`@`), so that editing it in Excel and pressing Enter does not turn it into a formula either.
 * Run on a finished workbook (xlsxResponse does it for every export).
 */
export function guardWorkbook(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && startsLikeFormula(cell.value)) cell.numFmt = '@';
      });
    });
  }
}
