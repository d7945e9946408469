// `pnpm snapshot [--week 2026-W48] [--backfill-from 2026-W01]` takes the weekly snapshot of every
// zone's metrics (default: this week in Asia/Shanghai) into the configured database, after migrating
// it. With --backfill-from it first fills the weeks from that one up to the week before, from history.
// Idempotent: weeks that already have their snapshot are kept as they are.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { backfillSnapshots, previousIsoWeek, takeWeeklySnapshots } from '../metrics/snapshots';
import { shanghaiIsoWeek } from '../projects/rag';

const { values } = parseArgs({
  options: { week: { type: 'string' }, 'backfill-from': { type: 'string' }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log('Usage: pnpm snapshot [--week 2026-W48] [--backfill-from 2026-W01]');
  process.exit(0);
}

const week = values.week ?? shanghaiIsoWeek(new Date());
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrateToLatest(database.db);
  const backfillFrom = values['backfill-from'];
  if (backfillFrom) {
    const results = await backfillSnapshots(database.db, backfillFrom, previousIsoWeek(week));
    const written = results.reduce((sum, r) => sum + r.written, 0);
    console.log(`Backfilled ${results.length} weeks from ${backfillFrom}: ${written} snapshots written.`);
  }
  const result = await takeWeeklySnapshots(database.db, week);
  console.log(`Snapshot of ${result.isoWeek}: ${result.written} written, ${result.kept} already there.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
