import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createLogger,
  type Database,
  demoReferenceDate,
  loadConfig,
  seedDemoData,
  startServer,
} from '@lianzhao/api';
import type { Kysely } from 'kysely';
import { createTestDatabase } from './test-database';

/**
 * The real server on a free port with the demo data, as a user gets it: on PGlite through the
 * first-start seeding of an empty data folder, or on a fresh database of the DATABASE_URL server.
 */
export async function startDemoServer(): Promise<{
  url: string;
  db: Kysely<Database>;
  close(): Promise<void>;
}> {
  const log = createLogger('warn');
  if (!process.env.DATABASE_URL) {
    const dataDir = mkdtempSync(join(tmpdir(), 'lz-data-'));
    const server = await startServer(loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn' }), log);
    return {
      url: server.url,
      db: server.database.db,
      close: async () => {
        await server.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const database = await createTestDatabase();
  await seedDemoData(database.db, { today: demoReferenceDate(new Date()) });
  if (!database.url) throw new Error('a server test database has a URL');
  const server = await startServer(
    loadConfig({ PORT: '0', DATABASE_URL: database.url, LOG_LEVEL: 'warn' }),
    log,
  );
  return {
    url: server.url,
    db: database.db,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
}
