import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../errors';
import { decodeText, type TextEncodingName } from './decode-text';

/** Limits that keep one upload from starving the server (the route also caps the body size). */
export const IMPORT_LIMITS = { maxBytes: 20 * 1024 * 1024, maxRows: 200_000, maxColumns: 200 } as const;

export interface RawTable {
  format: 'CSV' | 'XLSX';
  /** The text encoding of a CSV; null for XLSX (always Unicode). */
  encoding: TextEncodingName | null;
  header: string[];
  /** Data rows with their number as a spreadsheet shows it (the header is row 1). Blank rows dropped. */
  rows: { row: number; cells: string[] }[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/**
 * Reads a CSV or XLSX file into a header and rows of trimmed text. The format is recognised by the
 * bytes, not the file name (an XLSX renamed `.csv` still reads). Every failure is a VALIDATION error
 * whose message says what is wrong with the file.
 */
export async function readTable(bytes: Uint8Array): Promise<RawTable> {
  if (bytes.length === 0) throw invalidFile('The file is empty', 'EMPTY');
  if (bytes.length > IMPORT_LIMITS.maxBytes) {
    throw invalidFile(`The file is larger than ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB`, 'TOO_LARGE');
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    throw invalidFile('Old Excel files (.xls) are not supported: save the sheet as .xlsx or CSV', 'XLS');
  }
  const table = startsWith(bytes, ZIP_MAGIC) ? await readXlsx(bytes) : await readCsv(bytes);
  if (table.header.every((cell) => cell === '')) throw invalidFile('The file has no header row', 'NO_HEADER');
  if (table.rows.length === 0) throw invalidFile('The file has a header but no data rows', 'NO_ROWS');
  return table;
}

async function readCsv(bytes: Uint8Array): Promise<RawTable> {
  const { text, encoding } = decodeText(bytes);
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: false,
      skip_empty_lines: true,
      max_record_size: 1024 * 1024,
      trim: true,
    }) as string[][];
  } catch (error) {
    throw csvError(error);
  }
  await yieldToEventLoop(); // parsing was synchronous: let waiting requests run before mapping rows
  const [header = [], ...data] = records;
  checkShape(header.length, data.length);
  return {
    format: 'CSV',
    encoding,
    header,
    rows: data
      .map((cells, i) => ({ row: i + 2, cells }))
      .filter(({ cells }) => cells.some((cell) => cell !== '')),
  };
}

async function readXlsx(bytes: Uint8Array): Promise<RawTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    throw invalidFile('The file looks like a ZIP archive but is not an XLSX workbook', 'XLSX_SYNTAX');
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw invalidFile('The workbook has no rows', 'EMPTY');
  checkShape(sheet.actualColumnCount, sheet.actualRowCount - 1);
  const width = sheet.columnCount;
  const lines: { row: number; cells: string[] }[] = [];
  let seen = 0;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c)));
    lines.push({ row: r, cells });
    if (++seen % 2000 === 0) await yieldToEventLoop();
  }
  const headerIndex = lines.findIndex((line) => line.cells.some((cell) => cell !== ''));
  const header = lines[headerIndex]?.cells ?? [];
  while (header.length > 0 && header.at(-1) === '') header.pop();
  return {
    format: 'XLSX',
    encoding: null,
    header,
    rows: lines
      .slice(headerIndex + 1)
      .filter(({ cells }) => cells.some((cell) => cell !== ''))
      .map(({ row, cells }) => ({ row, cells: cells.slice(0, Math.max(header.length, lastFilled(cells))) })),
  };
}

function lastFilled(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '') return i + 1;
  return 0;
}

/**
 * A cell as text. Dates become `YYYY-MM-DD` (Excel stores them as numbers; exceljs hands back a
 * Date), formulas give their cached result, rich text its plain text.
 */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value)
      return value.result === undefined
        ? ''
        : String(
            value.result instanceof Date ? value.result.toISOString().slice(0, 10) : value.result,
          ).trim();
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    return '';
  }
  return String(value).trim();
}

function checkShape(columns: number, rows: number): void {
  if (columns > IMPORT_LIMITS.maxColumns) {
    throw invalidFile(
      `The file has ${columns} columns; at most ${IMPORT_LIMITS.maxColumns} are read. Is it the right file?`,
      'TOO_MANY_COLUMNS',
    );
  }
  if (rows > IMPORT_LIMITS.maxRows) {
    throw invalidFile(
      `The file has ${rows} rows; at most ${IMPORT_LIMITS.maxRows} can be imported at once: split it`,
      'TOO_MANY_ROWS',
    );
  }
}

/** csv-parse's errors, said in words a spreadsheet user understands. */
function csvError(error: unknown): AppError {
  const { code, lines } = error as { code?: string; lines?: number };
  const where = lines ? `line ${lines}` : 'the file';
  switch (code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return invalidFile(
        `The row at ${where} has a different number of columns than the header row`,
        'COLUMN_COUNT',
      );
    case 'CSV_QUOTE_NOT_CLOSED':
      return invalidFile(`A quoted cell starting near ${where} is never closed`, 'CSV_SYNTAX');
    case 'CSV_MAX_RECORD_SIZE':
      return invalidFile(`The row at ${where} is larger than 1 MB`, 'CSV_SYNTAX');
    default:
      return invalidFile(`The CSV cannot be read near ${where}: ${(error as Error).message}`, 'CSV_SYNTAX');
  }
}

function invalidFile(message: string, reason: string): AppError {
  return new AppError('VALIDATION', message, { details: { reason } });
}
