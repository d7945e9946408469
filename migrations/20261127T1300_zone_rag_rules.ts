import { type Kysely, sql } from 'kysely';

/** A zone's own RAG thresholds (DESIGN.md §6 "a documented default that zones may tune"): a partial
 * override of the defaults, validated by the application when written. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE zone ADD COLUMN rag_rules jsonb NOT NULL DEFAULT '{}'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE zone DROP COLUMN rag_rules`.execute(db);
}
