/**
 * DataLoader wants one result per key, in key order. These two helpers turn query rows into that.
 *
 * @example
 * orderById([3, 1], rows); // [row 3 or null, row 1 or null]
 * groupByKey([1, 2], rows, (r) => r.chain_id); // [rows of 1, rows of 2]
 */
export function orderById<T extends { id: number }>(
  ids: readonly number[],
  rows: readonly T[],
): (T | null)[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

export function groupByKey<T>(keys: readonly number[], rows: readonly T[], keyOf: (row: T) => number): T[][] {
  const groups = new Map<number, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}
