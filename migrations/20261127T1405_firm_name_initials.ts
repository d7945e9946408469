import { type Kysely, sql } from 'kysely';

/**
 * Pinyin initials of firm names (`byd` finds 比亚迪), with a trigram index so that a substring of them is
 * found fast. NULL means "not computed yet": the application computes them when it writes a firm, and
 * fills rows left NULL (rows written before this migration, or bulk-loaded) right after migrating,
 * because pinyin conversion is application code that SQL cannot run.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE firm ADD COLUMN name_initials text`.execute(db);
  await sql`CREATE INDEX firm_name_initials_trgm_idx ON firm USING gin (name_initials gin_trgm_ops)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX firm_name_initials_trgm_idx`.execute(db);
  await sql`ALTER TABLE firm DROP COLUMN name_initials`.execute(db);
}
