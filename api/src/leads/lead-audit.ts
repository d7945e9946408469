/** Bookkeeping columns: not changes a person made. */
const IGNORED = new Set(['version', 'updated_at']);

type Json = Record<string, unknown>;

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a instanceof Date ? a.toISOString() : a) ===
  JSON.stringify(b instanceof Date ? b.toISOString() : b);

/**
 * The audit entry's before and after, reduced to the fields that changed (so the history shows
 * what someone did, not the whole row twice); null when nothing changed.
 *
 * @example
 * changedFields({ title: 'a', stage: 'LEAD' }, { title: 'b', stage: 'LEAD' });
 * // { before: { title: 'a' }, after: { title: 'b' } }
 */
export function changedFields(before: Json, after: Json): { before: Json; after: Json } | null {
  const result = { before: {} as Json, after: {} as Json };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (IGNORED.has(key) || same(before[key], after[key])) continue;
    result.before[key] = before[key] ?? null;
    result.after[key] = after[key] ?? null;
  }
  return Object.keys(result.after).length ? result : null;
}
