import { serve } from '@hono/node-server';
import type { Config } from './config';
import { type DatabaseHandle, openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { startDigestJobs } from './digests/digest-jobs';
import { fillMissingFirmInitials } from './firms/firm-initials-backfill';
import { createApp } from './http/app';
import type { Logger } from './logger';
import { demoReferenceDate, isDatabaseEmpty, seedDemoData } from './seed/demo';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, hasDemoAccounts } from './seed/demo-accounts';

export interface RunningServer {
  url: string;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/**
 * Opens the database, applies migrations, seeds demo data into an empty embedded database, and
 * listens. Used by `main.ts` and by tests that need a real socket (the browser test).
 */
export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  log.info({ database: database.kind, location: database.location }, 'database opened');
  await migrateToLatest(database.db);
  await fillMissingFirmInitials(database.db);

  // Only the embedded default is seeded by itself: a server's data is never touched without `pnpm seed --demo`.
  if (database.kind === 'pglite' && config.seedDemo && (await isDatabaseEmpty(database.db))) {
    const started = performance.now();
    const summary = await seedDemoData(database.db, { today: demoReferenceDate(new Date()) });
    log.info({ ...summary, ms: Math.round(performance.now() - started) }, 'demo data seeded');
  }

  const app = createApp({ db: database.db, config, log });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;

  if (await hasDemoAccounts(database.db)) {
    const accounts = DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(22)} ${a.role}`).join('\n');
    console.log(`\nDemo accounts (password: ${DEMO_PASSWORD}):\n${accounts}\n`);
  }
  log.info({ url }, 'Lianzhao is listening');
  const digestJobs = startDigestJobs({ db: database.db, config, log });

  return {
    url,
    database,
    close: async () => {
      await digestJobs.stop();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      await database.close();
    },
  };
}
