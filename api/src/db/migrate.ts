import { migrations } from '@lianzhao/migrations';
import { type Kysely, type MigrationResultSet, Migrator, NO_MIGRATIONS } from 'kysely';
import type { Database } from './schema';

function migrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

/** Applies every pending migration; throws with the failing migration's name when one fails. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResultSet> {
  return check(await migrator(db).migrateToLatest());
}

/** Reverts the latest applied migration (for `pnpm migrate --down`). */
export async function migrateDown(db: Kysely<Database>): Promise<MigrationResultSet> {
  return check(await migrator(db).migrateDown());
}

function check(result: MigrationResultSet): MigrationResultSet {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed`, { cause: result.error });
  }
  return result;
}

/** Reverts every migration, leaving an empty schema (tests of the `down` steps). */
export async function migrateAllDown(db: Kysely<Database>): Promise<MigrationResultSet> {
  return check(await migrator(db).migrateTo(NO_MIGRATIONS));
}
