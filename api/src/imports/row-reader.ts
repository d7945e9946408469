import { isValidUscc, normalizeUscc } from '../firms/uscc';
import type { ColumnMatch } from './import-columns';
import { type Parsed, parseAmount, parseDate, parseInteger, parseList, parseShare } from './parse-values';

/** A problem with one cell, as the dry run lists it. */
export interface RowError {
  row: number;
  column: string;
  value: string;
  reason: string;
}

/**
 * Reads typed values out of one data row, collecting an error (row, column header, value, reason)
 * for each cell that does not parse. A blank cell is `null`, never an error unless required.
 */
export class RowReader {
  readonly errors: RowError[] = [];

  constructor(
    readonly row: number,
    private readonly cells: readonly string[],
    private readonly match: ColumnMatch,
  ) {}

  has(key: string): boolean {
    return this.match.columns.has(key);
  }

  text(key: string, options: { required?: boolean; max?: number } = {}): string | null {
    const index = this.match.columns.get(key);
    const value = index === undefined ? '' : (this.cells[index] ?? '').trim();
    if (value === '') {
      if (options.required) this.fail(key, value, 'is required');
      return null;
    }
    const max = options.max ?? 500;
    if (value.length > max) {
      this.fail(key, value, `is longer than ${max} characters`);
      return null;
    }
    return value;
  }

  amount(key: string): number | null {
    return this.parsed(key, parseAmount);
  }

  integer(key: string): number | null {
    return this.parsed(key, parseInteger);
  }

  share(key: string): number | null {
    return this.parsed(key, parseShare);
  }

  date(key: string): string | null {
    return this.parsed(key, parseDate);
  }

  list(key: string): string[] {
    const text = this.text(key, { max: 2000 });
    return text === null ? [] : parseList(text);
  }

  /** A USCC normalised (full-width, case, blanks), or null when blank; invalid codes are errors. */
  uscc(key: string): string | null {
    const text = this.text(key, { max: 40 });
    if (text === null) return null;
    const code = normalizeUscc(text);
    if (!isValidUscc(code)) {
      this.fail(
        key,
        text,
        code.length === 18
          ? 'is not a valid unified social credit code (the check character does not match)'
          : `is not a unified social credit code (18 characters expected, ${code.length} given)`,
      );
      return null;
    }
    return code;
  }

  /** Applies a parser to a cell: blank → null, unparsable → error and null. */
  parsed<T>(key: string, parse: (text: string) => Parsed<T>): T | null {
    const text = this.text(key, { max: 200 });
    if (text === null) return null;
    const result = parse(text);
    if (!result.ok) {
      this.fail(key, text, result.reason);
      return null;
    }
    return result.value;
  }

  fail(key: string, value: string, reason: string): void {
    const index = this.match.columns.get(key);
    const column = index === undefined ? key : (this.match.headers[index]?.header ?? key);
    this.errors.push({ row: this.row, column, value, reason });
  }
}
