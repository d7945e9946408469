import { type Kysely, sql } from 'kysely';

/**
 * An administrator's indicator weights for the ranking of one kind of zone (issue #10: "configurable,
 * with a sensible documented default"). No row for a kind means the documented default of
 * api/src/metrics/ranking-weights.ts; `weights` is validated by the application when written.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE ranking_weights (
    zone_kind text PRIMARY KEY CHECK (zone_kind IN ('HIGH_TECH', 'ECONOMIC', 'BONDED', 'OTHER')),
    weights jsonb NOT NULL,
    updated_by_id bigint REFERENCES app_user (id),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 1
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE ranking_weights`.execute(db);
}
