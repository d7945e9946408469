import { type Kysely, sql } from 'kysely';

/**
 * Any update of a firm bumps the chain-gap change counter, not only of the columns the analysis reads:
 * the cache now also keeps the whole rows of the firms a report lists (gap-input-cache.ts), so a new
 * name or city must refresh it too. Firm edits are rare next to the reads they save.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER firm_graph_change ON firm`.execute(db);
  await sql`
    CREATE TRIGGER firm_graph_change AFTER UPDATE OR DELETE OR TRUNCATE ON firm
    FOR EACH STATEMENT EXECUTE FUNCTION bump_graph_change()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER firm_graph_change ON firm`.execute(db);
  await sql`
    CREATE TRIGGER firm_graph_change
    AFTER UPDATE OF id, zone_id, province, tags, revenue, deleted_at OR DELETE OR TRUNCATE ON firm
    FOR EACH STATEMENT EXECUTE FUNCTION bump_graph_change()`.execute(db);
}
