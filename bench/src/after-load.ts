import { type Kysely, sql } from 'kysely';
import { GENERATED_TABLES, type GeneratedTable, IDENTITY_TABLES } from './generate';

/**
 * Moves each identity sequence past the ids the generator wrote, so rows the API inserts later get
 * fresh ids, and vacuums and analyses (see vacuumAnalyze).
 */
export async function finishLoad<DB>(db: Kysely<DB>, options: { analyze: boolean }): Promise<void> {
  for (const table of IDENTITY_TABLES) {
    await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), max(id)) FROM ${sql.table(table)}`.execute(
      db,
    );
  }
  if (options.analyze) await vacuumAnalyze(db);
}

/**
 * VACUUM ANALYZE of the whole database: the planner's statistics (a bulk load leaves none) and the
 * visibility map and free space of a table autovacuum keeps. Autovacuum is off on this project's
 * PostgreSQL servers, so without it dead rows of earlier runs and migrations (an import scenario's
 * cleanup, a backfill) stay in the tables and make every figure a measure of bloat.
 */
export async function vacuumAnalyze<DB>(db: Kysely<DB>): Promise<void> {
  await sql`VACUUM ANALYZE`.execute(db);
}

/** Row count and an md5 of every generated table's generated columns, for the determinism check. */
export async function checksumProvince<DB>(
  db: Kysely<DB>,
): Promise<Record<GeneratedTable, { rows: number; md5: string }>> {
  const result = {} as Record<GeneratedTable, { rows: number; md5: string }>;
  for (const [table, columns] of Object.entries(GENERATED_TABLES) as [GeneratedTable, readonly string[]][]) {
    // Timestamps as epoch text, so the server's time zone does not change the checksum.
    const cells = columns.map((c) =>
      c.endsWith('_at')
        ? sql`coalesce(extract(epoch from ${sql.ref(c)})::text, '-')`
        : sql`coalesce(${sql.ref(c)}::text, '-')`,
    );
    const rowText = sql`concat_ws('|', ${sql.join(cells, sql`, `)})`;
    const { rows } = await sql<{ rows: number | string; md5: string | null }>`
      SELECT count(*) AS rows, md5(string_agg(${rowText}, E'\n' ORDER BY ${rowText})) AS md5
      FROM ${sql.table(table)}`.execute(db);
    result[table] = { rows: Number(rows[0]!.rows), md5: rows[0]!.md5 ?? '' };
  }
  return result;
}

/** True when `table` has `column` (later migrations may add columns the generator can fill). */
export async function hasColumn<DB>(db: Kysely<DB>, table: string, column: string): Promise<boolean> {
  const { rows } = await sql<{ n: number | string }>`
    SELECT count(*) AS n FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table} AND column_name = ${column}`.execute(db);
  return Number(rows[0]!.n) > 0;
}
