import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { AuditEntryTable, Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export type AuditEntryRow = Selectable<AuditEntryTable>;

/** The `last` most recent audit entries of each project (its fields, milestones and reports), newest first. */
export async function findRecentAuditOfProjects(
  db: Db,
  projectIds: readonly number[],
  last: number,
): Promise<AuditEntryRow[]> {
  if (projectIds.length === 0) return [];
  const ranked = db
    .selectFrom('audit_entry')
    .selectAll()
    .select(sql<number>`row_number() OVER (PARTITION BY entity_id ORDER BY at DESC, id DESC)`.as('rank'))
    .where('entity', '=', 'project')
    .where('entity_id', 'in', projectIds)
    .as('ranked');
  const rows = await db
    .selectFrom(ranked)
    .selectAll()
    .where('rank', '<=', last)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(({ rank: _rank, ...row }) => row);
}
