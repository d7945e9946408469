import { type Kysely, sql } from 'kysely';
import type { Database } from '../../api/src/db/schema';

/**
 * Removes every trace of a firm import from the database, in one transaction: the audit entries it
 * wrote, the firms it created (their segments go with them), the segments it added to firms it
 * updated, those firms' columns as they were before (version included), and the batch with its change
 * rows. Unlike the app's undo, which keeps history, this is for the benchmark only.
 */
export async function forgetImportBatch(db: Kysely<Database>, batchId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Fresh statistics first: planned with those from before the import (tables nearly empty), the
    // joins below ran as nested loops over 100,000 × 100,000 rows.
    await sql`ANALYZE import_change, audit_entry, firm`.execute(trx);
    await sql`DELETE FROM audit_entry a USING import_change c
      WHERE c.batch_id = ${batchId} AND a.entity = c.entity AND a.entity_id = c.entity_id
        AND a.after->>'importBatchId' = ${String(batchId)}`.execute(trx);
    await sql`DELETE FROM firm_segment s USING import_change c
      WHERE c.batch_id = ${batchId} AND c.action = 'UPDATE' AND c.entity = 'firm'
        AND s.firm_id = c.entity_id
        AND s.segment_id IN (SELECT jsonb_array_elements_text(c.after->'addedSegmentIds')::bigint)`.execute(
      trx,
    );
    await sql`UPDATE firm f SET
        uscc = b.uscc, name = b.name, aliases = b.aliases, province = b.province, city = b.city,
        zone_id = b.zone_id, tags = b.tags, revenue = b.revenue, employees = b.employees,
        founded_on = b.founded_on, website = b.website, merged_into_id = b.merged_into_id,
        created_at = b.created_at, updated_at = b.updated_at, deleted_at = b.deleted_at,
        version = b.version, name_initials = b.name_initials
      FROM (SELECT (jsonb_populate_record(null::firm, c.before)).* FROM import_change c
            WHERE c.batch_id = ${batchId} AND c.action = 'UPDATE' AND c.entity = 'firm') b
      WHERE f.id = b.id`.execute(trx);
    await sql`DELETE FROM firm f USING import_change c
      WHERE c.batch_id = ${batchId} AND c.action = 'CREATE' AND c.entity = 'firm' AND f.id = c.entity_id`.execute(
      trx,
    );
    await sql`DELETE FROM import_batch WHERE id = ${batchId}`.execute(trx);
  });
}
