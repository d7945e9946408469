import { type Kysely, sql } from 'kysely';

/**
 * A change counter for the data a chain-gap analysis reads (issue #9), so every API instance can keep the
 * analysis input in memory and know, with one tiny query, when it has gone stale. Triggers bump it in the
 * same transaction as the write, whoever writes (services, imports, merges, bulk loads, psql), so no
 * writer can forget it; the bump becomes visible exactly when the write commits.
 *
 * One global counter rather than one per chain: a supply or a firm's move touches chains that the trigger
 * could only find with joins, and writes that matter are rare next to reads. Statement-level triggers:
 * an import of 100,000 rows bumps once per statement, not once per row. Firm inserts do not bump (a new
 * firm has no segment and no supply yet); only updates of the columns the analysis reads do.
 */
const WATCHED: { table: string; events: string }[] = [
  { table: 'supply', events: 'INSERT OR UPDATE OR DELETE OR TRUNCATE' },
  { table: 'firm_segment', events: 'INSERT OR UPDATE OR DELETE OR TRUNCATE' },
  { table: 'segment', events: 'INSERT OR UPDATE OR DELETE OR TRUNCATE' },
  { table: 'segment_feed', events: 'INSERT OR UPDATE OR DELETE OR TRUNCATE' },
  {
    table: 'firm',
    events: 'UPDATE OF id, zone_id, province, tags, revenue, deleted_at OR DELETE OR TRUNCATE',
  },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE graph_change (
      id smallint PRIMARY KEY CHECK (id = 1),
      version bigint NOT NULL DEFAULT 0
    )`.execute(db);
  await sql`INSERT INTO graph_change (id, version) VALUES (1, 0)`.execute(db);
  await sql`
    CREATE FUNCTION bump_graph_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE graph_change SET version = version + 1 WHERE id = 1;
      RETURN NULL;
    END
    $$`.execute(db);
  for (const { table, events } of WATCHED) {
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_graph_change`)} AFTER ${sql.raw(events)} ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION bump_graph_change()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const { table } of WATCHED) {
    await sql`DROP TRIGGER ${sql.raw(`${table}_graph_change`)} ON ${sql.table(table)}`.execute(db);
  }
  await sql`DROP FUNCTION bump_graph_change()`.execute(db);
  await sql`DROP TABLE graph_change`.execute(db);
}
