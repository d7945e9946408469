import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { AuditEntryTable, Database } from '../db/schema';

export type AuditEntryRow = Selectable<AuditEntryTable>;

export type AuditAction =
  | 'CREATE'
  | 'UPDATE'
  | 'DELETE'
  | 'RESTORE'
  | 'MERGE'
  | 'MOVE'
  | 'REASSIGN'
  | 'LOG_ACTIVITY';

/**
 * Writes one audit entry. Call it with the transaction that makes the change, so the change and its
 * record commit or roll back together.
 */
export async function insertAuditEntry(
  db: Kysely<Database> | Transaction<Database>,
  entry: {
    actorId: number | null;
    entity: 'lead' | 'project' | 'firm' | 'user' | 'zone' | 'chain' | 'ranking_weights';
    entityId: number;
    zoneId: number | null;
    action: AuditAction;
    before: unknown;
    after: unknown;
  },
): Promise<void> {
  await db
    .insertInto('audit_entry')
    .values({
      actor_id: entry.actorId,
      entity: entry.entity,
      entity_id: entry.entityId,
      zone_id: entry.zoneId,
      action: entry.action,
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === null ? null : JSON.stringify(entry.after),
    })
    .execute();
}

/**
 * The `last` most recent audit entries of each of `ids` (of one kind of entity: a project's include its
 * milestones and reports), newest first: one statement for a whole page of leads or projects.
 */
export async function findRecentAuditEntries(
  db: Kysely<Database> | Transaction<Database>,
  entity: 'lead' | 'project',
  ids: readonly number[],
  last: number,
): Promise<AuditEntryRow[]> {
  if (ids.length === 0) return [];
  const ranked = db
    .selectFrom('audit_entry')
    .selectAll()
    .select(sql<number>`row_number() OVER (PARTITION BY entity_id ORDER BY at DESC, id DESC)`.as('rank'))
    .where('entity', '=', entity)
    .where('entity_id', 'in', ids)
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
