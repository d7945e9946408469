import { AppError } from '../errors';

/** Relay cursors are opaque to clients; inside they carry the last row's id. */
export function encodeCursor(id: number): string {
  return Buffer.from(`id:${id}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number | null {
  if (cursor == null) return null;
  const match = /^id:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match)
    throw new AppError('VALIDATION', '"after" is not a cursor this API gave out', {
      details: { field: 'after' },
    });
  return Number(match[1]);
}

/** `first` within 1..max, so one request cannot ask for the whole table. */
export function pageSize(first: number | null | undefined, max = 200): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new AppError('VALIDATION', `"first" must be 1 to ${max}`, { details: { field: 'first' } });
  }
  return size;
}

/**
 * Builds a connection from rows fetched with one extra row to tell whether a next page exists.
 * `totalCount` is a number, or a function a field resolver calls only when the query asks for it.
 */
export function toConnection<T extends { id: number }, Total = number>(
  rows: T[],
  first: number,
  totalCount: Total,
) {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
