import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import type { Viewer } from '../../api/src/auth/viewer';
import { loadConfig } from '../../api/src/config';
import { openDatabase } from '../../api/src/db/database';
import type { Database } from '../../api/src/db/schema';
import { runImport } from '../../api/src/imports/import.service';
import { createLogger } from '../../api/src/logger';
import { forgetImportBatch } from './import-cleanup';
import { type ExistingFirm, type ImportFile, importFile } from './import-csv';

export interface ImportMeasurement {
  rowsPerSecond: number;
  baselineRowsPerSecond: number;
  /** rowsPerSecond / baselineRowsPerSecond. */
  ratio: number;
  rows: number;
  seconds: number;
  baselineSeconds: number;
}

/** Who `pnpm import` runs as: an administrator with no user behind it. */
const COMMAND_LINE: Viewer = {
  userId: 0,
  role: 'ADMIN',
  zoneId: null,
  zoneIds: 'ALL',
  via: 'API_TOKEN',
  scope: 'READ_WRITE',
};

/**
 * Imports a generated CSV of `rows` firms through the service `pnpm import` calls (read, validate,
 * dedup, commit in one transaction, timed end to end), then inserts the same rows with one INSERT
 * statement each (the naive import) for comparison.
 *
 * The database is left as it was found: the import is committed for real (a rolled-back import would
 * time a different thing), then forgotten: its firms, their segments, change and audit rows and the
 * batch are deleted and the firms it updated get their before images back. Only identity counters
 * and the graph-change counter stay advanced. The baseline runs in a transaction that is rolled back.
 */
export async function measureImport(
  databaseUrl: string,
  options: { rows: number },
): Promise<ImportMeasurement> {
  const database = await openDatabase({ databaseUrl });
  try {
    const db = database.db;
    const zone = await db
      .selectFrom('zone')
      .innerJoin('zone_chain', 'zone_chain.zone_id', 'zone.id')
      .select('zone.id')
      .orderBy('zone.id')
      .executeTakeFirstOrThrow();
    const segments = await segmentNamesOf(db, zone.id);
    const existing = (await db
      .selectFrom('firm')
      .select(['name', 'uscc'])
      .where('deleted_at', 'is', null)
      .where('uscc', 'is not', null)
      .orderBy('id')
      .limit(Math.max(1000, Math.ceil(options.rows / 5)))
      .execute()) as ExistingFirm[];
    const file = importFile(options.rows, existing, segments);

    const started = performance.now();
    const report = await runImport(
      { db, viewer: COMMAND_LINE, log: createLogger('warn'), config: loadConfig({}) },
      {
        kind: 'FIRM',
        zoneId: zone.id,
        fileName: `bench-${options.rows}.csv`,
        bytes: new TextEncoder().encode(file.csv),
        dryRun: false,
      },
    );
    const seconds = (performance.now() - started) / 1000;
    if (report.batchId === null) throw new Error('the benchmark import committed nothing');
    await forgetImportBatch(db, report.batchId);
    await sql`ANALYZE firm`.execute(db);

    const baselineSeconds = await insertRowByRow(databaseUrl, zone.id, file);
    const rowsPerSecond = options.rows / seconds;
    const baselineRowsPerSecond = options.rows / baselineSeconds;
    return {
      rowsPerSecond,
      baselineRowsPerSecond,
      ratio: rowsPerSecond / baselineRowsPerSecond,
      rows: options.rows,
      seconds,
      baselineSeconds,
    };
  } finally {
    await database.close();
  }
}

/** Names of the zone's segments that name one segment only (a code or name may repeat across chains). */
async function segmentNamesOf(db: Kysely<Database>, zoneId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('segment')
    .innerJoin('zone_chain', 'zone_chain.chain_id', 'segment.chain_id')
    .where('zone_chain.zone_id', '=', zoneId)
    .select(['segment.name', 'segment.code'])
    .orderBy('segment.id')
    .execute();
  const uses = new Map<string, number>();
  for (const r of rows) for (const key of [r.name, r.code]) if (key) uses.set(key, (uses.get(key) ?? 0) + 1);
  return rows.map((r) => r.name).filter((name) => uses.get(name) === 1);
}

/**
 * The naive import: one INSERT per row over a plain client, in one transaction (rolled back), a row
 * whose USCC a live firm already has skipped by the unique index. No validation, no dedup, no history.
 */
async function insertRowByRow(databaseUrl: string, zoneId: number, file: ImportFile): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const started = performance.now();
    for (const row of file.rows) {
      await client.query(
        `INSERT INTO firm (name, uscc, city, zone_id, revenue, employees, founded_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (uscc) WHERE deleted_at IS NULL DO NOTHING`,
        [row.name, row.uscc, row.city, zoneId, row.revenue, row.employees, row.foundedOn],
      );
    }
    const seconds = (performance.now() - started) / 1000;
    await client.query('ROLLBACK');
    return seconds;
  } finally {
    await client.end();
  }
}
