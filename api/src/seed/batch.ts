/**
 * Rows per INSERT statement. One statement per row would take minutes on PGlite; 500 rows keeps every
 * statement far below PostgreSQL's 65,535 bind-parameter limit even for the widest table.
 */
export const BATCH_SIZE = 500;

/**
 * Runs `insert` once per batch of rows and concatenates what each call returns. A multi-row
 * INSERT ... VALUES ... RETURNING hands rows back in VALUES order, which callers rely on to pair
 * generated ids with the rows they built.
 *
 * @example const ids = await inBatches(rows, (batch) => trx.insertInto('firm').values(batch).returning('id').execute());
 */
export async function inBatches<Row, Result>(
  rows: readonly Row[],
  insert: (batch: Row[]) => Promise<Result[]>,
  size = BATCH_SIZE,
): Promise<Result[]> {
  const results: Result[] = [];
  for (let start = 0; start < rows.length; start += size) {
    results.push(...(await insert(rows.slice(start, start + size))));
  }
  return results;
}

/** `inBatches` for inserts whose results are not needed. */
export async function insertInBatches<Row>(
  rows: readonly Row[],
  insert: (batch: Row[]) => Promise<unknown>,
  size = BATCH_SIZE,
): Promise<number> {
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
  return rows.length;
}

/** Pairs generated ids (from RETURNING, in VALUES order) with the items the rows were built from. */
export function withIds<T>(items: readonly T[], returned: readonly { id: number }[]): (T & { id: number })[] {
  if (returned.length !== items.length)
    throw new Error(`expected ${items.length} ids, got ${returned.length}`);
  return items.map((item, i) => ({ ...item, id: (returned[i] as { id: number }).id }));
}
