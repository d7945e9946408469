// `pnpm migrate` applies pending migrations; `pnpm migrate --down` reverts the latest one.
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrateDown, migrateToLatest } from '../db/migrate';
import { fillMissingFirmInitials } from '../firms/firm-initials-backfill';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const down = process.argv.includes('--down');
  const result = down ? await migrateDown(database.db) : await migrateToLatest(database.db);
  const applied = result.results ?? [];
  if (applied.length === 0) console.log(`${database.location}: nothing to migrate`);
  for (const r of applied) console.log(`${database.location}: ${r.direction} ${r.migrationName} ${r.status}`);
  if (!down) {
    const filled = await fillMissingFirmInitials(database.db);
    if (filled > 0) console.log(`${database.location}: pinyin initials computed for ${filled} firms`);
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await database.close();
}
