import { type Kysely, sql } from 'kysely';

/**
 * What the weekly digests need beyond the `digest` table of the initial schema:
 * - `app_secret`: secrets every API instance must share, kept in the database so that a link signed
 *   by one instance verifies on another (the digest's unsubscribe links). Created on first use.
 * - an index for reclaiming digests whose sender crashed mid-send (status SENDING, lease expired):
 *   the initial `digest_due_idx` only covers PENDING and FAILED rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE app_secret (
    name text PRIMARY KEY,
    value text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE INDEX digest_lease_idx ON digest (locked_until) WHERE status = 'SENDING'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX digest_lease_idx`.execute(db);
  await sql`DROP TABLE app_secret`.execute(db);
}
