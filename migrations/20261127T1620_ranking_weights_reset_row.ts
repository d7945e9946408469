import { type Kysely, sql } from 'kysely';

/**
 * A reset to the documented default keeps the kind's row, with `weights` null and its version moved
 * on. Deleting the row restarted the version at 1 on the next change, so a form loaded at version 1
 * before the reset could overwrite weights set after it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE ranking_weights ALTER COLUMN weights DROP NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM ranking_weights WHERE weights IS NULL`.execute(db);
  await sql`ALTER TABLE ranking_weights ALTER COLUMN weights SET NOT NULL`.execute(db);
}
