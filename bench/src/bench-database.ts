import pg from 'pg';
import type { Scale } from './scales';

/** The server URL the benchmark works on; both commands refuse to run without one. */
export function requireServerUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      'DATABASE_URL is required: the benchmark runs on a PostgreSQL server only (never PGlite).\n' +
        'Example: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench:data --scale S',
    );
    process.exit(2);
  }
  return url;
}

/** The dedicated database of a scale (`lianzhao_bench_s`), or the one `--database` names. */
export function benchDatabaseName(scale: Scale, override?: string): string {
  const name = override ?? `lianzhao_bench_${scale.name.toLowerCase()}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
  return name;
}

/** DATABASE_URL with its database replaced by `name`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops and creates the benchmark database: the generator writes into empty tables. */
export async function recreateDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(
      `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
    );
  } finally {
    await client.end();
  }
}

export async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return (rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}
