/**
 * `pnpm bench:data --scale S|M|L [--database name] [--seed text]`: recreates the benchmark database
 * on the DATABASE_URL server, migrates it and writes a synthetic province with COPY.
 */
import { hashPassword, migrateToLatest, openDatabase } from '@lianzhao/api';
import cliProgress from 'cli-progress';
import pg from 'pg';
import { finishLoad, hasColumn } from './after-load';
import { argument } from './args';
import { benchDatabaseName, databaseUrl, recreateDatabase, requireServerUrl } from './bench-database';
import { type GenerateProgress, generateProvince } from './generate';
import { parseScale } from './scales';
import { copySink } from './sinks';

/** Every generated user signs in with this password (the benchmark itself uses an API token). */
export const BENCH_PASSWORD = 'lianzhao-bench';

const serverUrl = requireServerUrl();
const scale = parseScale(argument('scale'));
const name = benchDatabaseName(scale, argument('database'));
const url = databaseUrl(serverUrl, name);
const phases: Record<string, number> = {};
const timed = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  const result = await work();
  phases[phase] = Math.round(performance.now() - started);
  return result;
};

console.log(`Scale ${scale.name} → database ${name}`);
await timed('recreate database', () => recreateDatabase(serverUrl, name));
const handle = await openDatabase({ databaseUrl: url });
const client = new pg.Client({ connectionString: url });
try {
  await timed('migrate', () => migrateToLatest(handle.db));
  const firmNameInitials = await hasColumn(handle.db, 'firm', 'name_initials');
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await client.connect();
  const progress = progressBars(phases);
  const counts = await timed('generate (COPY)', () =>
    generateProvince({
      scale,
      sink: copySink(client),
      seed: argument('seed'),
      passwordHash,
      firmNameInitials,
      progress,
    }),
  );
  progress.stop();
  await timed('sequences + VACUUM ANALYZE', () => finishLoad(handle.db, { analyze: true }));
  console.log('\nRows written:');
  for (const [table, rows] of Object.entries(counts))
    console.log(`  ${table.padEnd(18)} ${rows.toLocaleString('en')}`);
  console.log('\nPhases (ms):');
  for (const [phase, ms] of Object.entries(phases))
    console.log(`  ${phase.padEnd(28)} ${ms.toLocaleString('en')}`);
  console.log(`\nSign in as bench-admin@bench.local / ${BENCH_PASSWORD}; DATABASE_URL=${url}`);
} finally {
  await client.end().catch(() => undefined);
  await handle.close();
}

/** One bar per table; each table's duration lands in `phases` too. */
function progressBars(into: Record<string, number>): GenerateProgress & { stop(): void } {
  const bars = new cliProgress.MultiBar(
    { format: ' {table} [{bar}] {percentage}% | {value}/{total}', hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let current: { bar: cliProgress.SingleBar; started: number; rows: number } | undefined;
  return {
    stop: () => bars.stop(),
    start(table, total) {
      const bar = bars.create(Math.max(1, Math.round(total)), 0, { table: table.padEnd(18) });
      current = { bar, started: performance.now(), rows: 0 };
    },
    advance(table, rows) {
      if (!current) return;
      current.rows += rows;
      current.bar.update(current.rows, { table: table.padEnd(18) });
    },
    finish(table, rows) {
      if (!current) return;
      // The total was an estimate for some tables; setTotal drops the payload, so pass it again.
      current.bar.setTotal(Math.max(1, rows));
      current.bar.update(rows, { table: table.padEnd(18) });
      into[`  ${table}`] = Math.round(performance.now() - current.started);
    },
  };
}
