/** One field an import reads, with every header people give it in their sheets. */
export interface ColumnSpec {
  key: string;
  /** Names recognised in a header row, Chinese and English; compared after `normalizeHeader`. */
  headers: readonly string[];
  required?: boolean;
}

export interface ColumnMatch {
  /** Field key → column index. */
  columns: Map<string, number>;
  /** Every header cell with the field it was matched to (null: ignored). */
  headers: { header: string; field: string | null }[];
  /** Required fields with no column. */
  missing: string[];
}

/**
 * Lower-case, without blanks, required-field stars and unit suffixes in brackets, full-width brackets
 * made half-width: `计划投资（万元）*` and `计划投资(万元)` and `计划投资` all compare equal.
 */
export function normalizeHeader(header: string): string {
  return header
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[\s*＊:：_-]/g, '')
    .replace(/\((万元|亿元|元|亩|人|%|万)\)$/, '')
    .toLowerCase();
}

/**
 * Finds each field's column. `overrides` (from the browser's column mapping: header → field key, or ''
 * to ignore a column) wins over recognition.
 */
export function matchColumns(
  header: readonly string[],
  specs: readonly ColumnSpec[],
  overrides: Readonly<Record<string, string>> = {},
): ColumnMatch {
  const lookup = new Map<string, string>();
  for (const spec of specs) {
    lookup.set(normalizeHeader(spec.key), spec.key);
    for (const name of spec.headers) lookup.set(normalizeHeader(name), spec.key);
  }
  const known = new Set(specs.map((spec) => spec.key));
  const columns = new Map<string, number>();
  const headers = header.map((cell, index) => {
    const override = overrides[cell];
    const field =
      override !== undefined
        ? known.has(override)
          ? override
          : null
        : (lookup.get(normalizeHeader(cell)) ?? null);
    if (field === null || columns.has(field)) return { header: cell, field: null };
    columns.set(field, index);
    return { header: cell, field };
  });
  const missing = specs.filter((spec) => spec.required && !columns.has(spec.key)).map((spec) => spec.key);
  return { columns, headers, missing };
}
