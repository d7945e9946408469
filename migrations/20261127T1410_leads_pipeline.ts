import { type Kysely, sql } from 'kysely';

/**
 * The leads pipeline (issue #4): a per-zone stall threshold, when each user last looked at My day,
 * the sort of a saved view, and the indexes the leads table's filters and orders need at 10,000 leads
 * in a zone. lead (zone_id, stage) WHERE deleted_at IS NULL exists since the initial schema.
 */
const statements = [
  sql`ALTER TABLE zone ADD COLUMN lead_stall_days integer NOT NULL DEFAULT 30
    CHECK (lead_stall_days BETWEEN 1 AND 365)`,
  sql`ALTER TABLE app_user ADD COLUMN my_day_seen_at timestamptz`,
  sql`ALTER TABLE saved_view ADD COLUMN order_field text`,
  sql`ALTER TABLE saved_view ADD COLUMN order_direction text CHECK (order_direction IN ('ASC', 'DESC'))`,
  // The leads table's default order (most recently updated first) and the others, within a zone.
  sql`CREATE INDEX lead_zone_updated_idx ON lead (zone_id, updated_at DESC, id DESC) WHERE deleted_at IS NULL`,
  sql`CREATE INDEX lead_zone_follow_up_idx ON lead (zone_id, next_follow_up_on) WHERE deleted_at IS NULL`,
  sql`CREATE INDEX lead_zone_last_activity_idx ON lead (zone_id, last_activity_at) WHERE deleted_at IS NULL`,
  // My day: the viewer's own open leads.
  sql`CREATE INDEX lead_owner_follow_up_idx ON lead (owner_id, next_follow_up_on) WHERE deleted_at IS NULL`,
  // The bin of a zone, most recently deleted first.
  sql`CREATE INDEX lead_zone_deleted_idx ON lead (zone_id, deleted_at DESC) WHERE deleted_at IS NOT NULL`,
  sql`CREATE INDEX lead_title_trgm_idx ON lead USING gin (title gin_trgm_ops)`,
  sql`CREATE INDEX lead_segment_segment_idx ON lead_segment (segment_id)`,
  // My day's "moved by others since": recent stage changes.
  sql`CREATE INDEX lead_stage_change_at_idx ON lead_stage_change (changed_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement per call: PGlite's extended protocol takes a single statement at a time.
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of [
    'lead_stage_change_at_idx',
    'lead_segment_segment_idx',
    'lead_title_trgm_idx',
    'lead_zone_deleted_idx',
    'lead_owner_follow_up_idx',
    'lead_zone_last_activity_idx',
    'lead_zone_follow_up_idx',
    'lead_zone_updated_idx',
  ]) {
    await sql`DROP INDEX IF EXISTS ${sql.id(index)}`.execute(db);
  }
  await sql`ALTER TABLE saved_view DROP COLUMN order_direction`.execute(db);
  await sql`ALTER TABLE saved_view DROP COLUMN order_field`.execute(db);
  await sql`ALTER TABLE app_user DROP COLUMN my_day_seen_at`.execute(db);
  await sql`ALTER TABLE zone DROP COLUMN lead_stall_days`.execute(db);
}
