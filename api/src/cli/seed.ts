// `pnpm seed --demo` writes the demo data into the configured database (PGlite or DATABASE_URL),
// after migrating it. It refuses a database that already holds zones or users.
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { demoReferenceDate, isDatabaseEmpty, seedDemoData } from '../seed/demo';

if (!process.argv.includes('--demo')) {
  console.error('Usage: pnpm seed --demo   (the only data set there is for now)');
  process.exit(2);
}
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrateToLatest(database.db);
  if (!(await isDatabaseEmpty(database.db))) {
    console.error(
      `${database.location} already holds data: demo data is only written into an empty database.`,
    );
    process.exitCode = 1;
  } else {
    const started = performance.now();
    const summary = await seedDemoData(database.db, { today: demoReferenceDate(new Date()) });
    console.log(`Seeded ${database.location} in ${Math.round(performance.now() - started)} ms:`, summary);
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await database.close();
}
