import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';
import { firmNameInitials } from './firm-initials';

const BATCH = 5000;

/**
 * Computes the pinyin initials of firms that have none yet (rows from before the column existed, or
 * bulk-loaded with COPY). Runs after migrations; a no-op once every firm has them. Returns how many it filled.
 */
export async function fillMissingFirmInitials(db: Kysely<Database>): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db
      .selectFrom('firm')
      .select(['id', 'name'])
      .where('name_initials', 'is', null)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return filled;
    const ids = rows.map((row) => row.id);
    const initials = rows.map((row) => firmNameInitials(row.name));
    await sql`
      UPDATE firm SET name_initials = v.initials
      FROM unnest(${ids}::bigint[], ${initials}::text[]) AS v(id, initials)
      WHERE firm.id = v.id`.execute(db);
    filled += rows.length;
  }
}
