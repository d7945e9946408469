import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database, FirmRow } from '../../db/schema';
import { firmNameInitials } from '../../firms/firm-initials';

type Db = Kysely<Database> | Transaction<Database>;

// Set-based reads and writes of firms for an import: one statement per chunk of rows, whatever its
// size. Rows travel as one JSON parameter read back with jsonb_to_recordset, which keeps clear of
// PostgreSQL's 65,535 bind-parameter limit and of compiling a query per row, on PGlite as on a server.

/** The columns an import writes, with their SQL types for jsonb_to_recordset. */
const COLUMN_TYPES = {
  uscc: 'text',
  name: 'text',
  name_initials: 'text',
  aliases: 'text[]',
  province: 'text',
  city: 'text',
  zone_id: 'bigint',
  tags: 'text[]',
  revenue: 'numeric',
  employees: 'int',
  founded_on: 'date',
  website: 'text',
} as const;

type FirmColumn = keyof typeof COLUMN_TYPES;
/** A new firm as an import writes it; `name_initials` from `withInitials`. */
export type FirmValues = Pick<FirmRow, FirmColumn>;
export type FirmChanges = Partial<Omit<FirmValues, 'name_initials'>>;

/** The firm with the pinyin initials of its name, for search. */
export function withInitials(firm: Omit<FirmValues, 'name_initials'>): FirmValues {
  return { ...firm, name_initials: firmNameInitials(firm.name) };
}

/** `r(col type, ...)`: the record jsonb_to_recordset reads, for the given columns. */
function recordOf(columns: readonly string[]) {
  return sql.raw(`r(${columns.map((c) => `${c} ${COLUMN_TYPES[c as FirmColumn] ?? 'bigint'}`).join(', ')})`);
}

/** Live firms whose USCC is one of `codes`. */
export async function findLiveFirmsByUsccs(db: Db, codes: readonly string[]): Promise<FirmRow[]> {
  if (codes.length === 0) return [];
  const result = await sql<FirmRow>`SELECT f.* FROM firm f
    JOIN (SELECT DISTINCT code FROM unnest(${[...codes]}::text[]) AS c(code)) c ON f.uscc = c.code
    WHERE f.deleted_at IS NULL`.execute(db);
  return result.rows;
}

/** From this many names on, they are matched with a hash join rather than index lookups. */
const MANY_NAMES = 1000;

/** Live firms whose name is exactly one of `names`, oldest first. */
export async function findLiveFirmsByNames(db: Db, names: readonly string[]): Promise<FirmRow[]> {
  if (names.length === 0) return [];
  // There is no b-tree on the name, but the trigram index answers `=` too, and the planner, which
  // expects a few names from unnest, probes it once per name: minutes for 100,000 names. A hash join
  // over one scan of the firms takes well under a second at any size, so nested loops are off
  // (for this transaction only) while a large file's names are matched.
  const query = (trx: Db) =>
    sql<FirmRow>`SELECT f.* FROM firm f
      JOIN (SELECT DISTINCT name FROM unnest(${[...names]}::text[]) AS n(name)) n ON f.name = n.name
      WHERE f.deleted_at IS NULL ORDER BY f.id`.execute(trx);
  if (names.length < MANY_NAMES) return (await query(db)).rows;
  const inTransaction = async (trx: Transaction<Database>) => {
    await sql`SELECT set_config('enable_nestloop', 'off', true)`.execute(trx);
    return (await query(trx)).rows;
  };
  return db.isTransaction
    ? inTransaction(db as Transaction<Database>)
    : db.transaction().execute(inTransaction);
}

/** Inserts firms in one statement; the rows come back in the order given. */
export async function insertFirms(trx: Db, firms: readonly FirmValues[]): Promise<FirmRow[]> {
  if (firms.length === 0) return [];
  const columns = Object.keys(COLUMN_TYPES);
  const rows = firms.map((f, index) => ({ ...f, ord: index }));
  const result = await sql<FirmRow & { ord: number }>`
    WITH inserted AS (
      INSERT INTO firm (${sql.raw(columns.join(', '))})
      SELECT ${sql.raw(columns.join(', '))} FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS ${recordOf([...columns, 'ord'])}
      ORDER BY ord
      RETURNING *
    )
    SELECT * FROM inserted ORDER BY id`.execute(trx);
  // Identity values are handed out in insertion order, which follows `ord`.
  return result.rows;
}

export interface VersionedChange {
  id: number;
  version: number;
  changes: FirmChanges;
}

/**
 * Applies each change to its firm if the firm is still at `version` (bumping it, even with no
 * column to change), one statement per set of changed columns (so that triggers watching columns
 * fire only when those change). Returns the firms updated; a firm missing from it was changed or
 * deleted by someone else meanwhile.
 */
export async function updateFirmsAtVersion(trx: Db, updates: readonly VersionedChange[]): Promise<FirmRow[]> {
  const groups = new Map<string, VersionedChange[]>();
  for (const u of updates) {
    const key = Object.keys(u.changes).sort().join();
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  const updated: FirmRow[] = [];
  for (const [key, group] of groups) {
    const changed = key.split(',').filter(Boolean) as (keyof FirmChanges)[];
    const columns: string[] = changed.includes('name') ? [...changed, 'name_initials'] : [...changed];
    const rows = group.map((u) => ({
      ...u.changes,
      ...(u.changes.name === undefined ? {} : { name_initials: firmNameInitials(u.changes.name) }),
      id: u.id,
      version: u.version,
    }));
    const assignments = [
      ...columns.map((c) => sql`${sql.ref(c)} = r.${sql.ref(c)}`),
      sql`version = f.version + 1`,
      sql`updated_at = now()`,
    ];
    const result = await sql<FirmRow>`
      UPDATE firm f SET ${sql.join(assignments, sql`, `)}
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS ${recordOf([...columns, 'id', 'version'])}
      WHERE f.id = ANY(${group.map((u) => u.id)}::bigint[])
        AND f.id = r.id AND f.version = r.version AND f.deleted_at IS NULL
      RETURNING f.*`.execute(trx);
    updated.push(...result.rows);
  }
  return updated;
}

/** Adds segments to firms (ignoring those a firm already has). */
export async function addSegmentsToFirms(
  trx: Db,
  pairs: readonly { firm_id: number; segment_id: number }[],
): Promise<void> {
  if (pairs.length === 0) return;
  await sql`INSERT INTO firm_segment (firm_id, segment_id)
    SELECT firm_id, segment_id FROM jsonb_to_recordset(${JSON.stringify(pairs)}::jsonb) AS r(firm_id bigint, segment_id bigint)
    ON CONFLICT DO NOTHING`.execute(trx);
}

/**
 * Merges the pending lists of the firm table's GIN indexes into the indexes proper. Inserted firms
 * wait in such a list (fastupdate) until autovacuum gets to it, and every search through the index
 * reads the whole list: after a large import, each trigram lookup of the duplicate check took ~15 ms
 * instead of ~0.4 ms. Merging is cheap in bulk (~50 ms per 20,000 firms). Best effort: it needs
 * ownership of the indexes and a primary, and without them the lookups are only slower.
 */
export async function mergePendingFirmIndexEntries(db: Kysely<Database>): Promise<void> {
  try {
    await sql`SELECT gin_clean_pending_list(i.indexrelid)
      FROM pg_index i
      JOIN pg_class c ON c.oid = i.indexrelid
      JOIN pg_am a ON a.oid = c.relam
      WHERE i.indrelid = 'firm'::regclass AND a.amname = 'gin'`.execute(db);
  } catch {
    // Not the owner, or a read-only standby: nothing to do but search the slower way.
  }
}
