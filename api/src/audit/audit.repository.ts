import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

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
