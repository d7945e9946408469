import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './schema';

export type DatabaseKind = 'pglite' | 'postgres';

/** A Kysely handle plus what the server needs to run and stop it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Where the data lives, for the start-up log: a folder or a redacted URL. */
  location: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string; when absent an embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** The folder of the embedded database; `undefined` keeps it in memory (tests). */
  dataDir?: string | undefined;
}

// Both drivers hand back the same JavaScript types: ids and counts (int8) and amounts (numeric) as
// numbers, calendar dates as 'YYYY-MM-DD' strings (a Date would shift by the server's time zone).
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const parseNumber = (value: string) => Number(value);
const keepString = (value: string) => value;

/**
 * Opens the database the configuration asks for.
 *
 * @example
 * const { db, close } = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: './data' });
 */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir);
}

function openPostgres(databaseUrl: string): DatabaseHandle {
  const parsers: Record<number, (value: string) => unknown> = {
    [INT8]: parseNumber,
    [NUMERIC]: parseNumber,
    [DATE]: keepString,
  };
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // Fail a request clearly instead of queueing it forever when the server does not answer.
    connectionTimeoutMillis: 5000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        parsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // A client whose server went away (a restart, a failover) emits 'error': on the pool while idle, on
  // itself while checked out between two queries. Unheard, either would crash the process. The query
  // that needed it fails (and is reported as UNAVAILABLE); the pool discards the broken client and
  // connects afresh for the next one.
  const ignoreDroppedConnection = () => {};
  pool.on('error', ignoreDroppedConnection);
  pool.on('connect', (client) => client.on('error', ignoreDroppedConnection));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', location: redactUrl(databaseUrl), close: () => db.destroy() };
}

async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    extensions: { pg_trgm },
    parsers: { [INT8]: parseNumber, [NUMERIC]: parseNumber, [DATE]: keepString },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    location: dataDir ?? 'memory',
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

/** True when the database answers a trivial query; used by /health. */
export async function pingDatabase(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`SELECT 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}
