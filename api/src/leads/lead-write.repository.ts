import { sql, type Transaction, type Updateable } from 'kysely';
import type { Database, LeadRow, LeadTable } from '../db/schema';

type Trx = Transaction<Database>;

export type LeadChanges = Omit<
  Updateable<LeadTable>,
  'id' | 'zone_id' | 'firm_id' | 'version' | 'created_at'
>;

/** Reads a lead (in the bin or not) and locks it for the rest of the transaction. */
export function lockLead(trx: Trx, id: number): Promise<LeadRow | undefined> {
  return trx.selectFrom('lead').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * Applies changes when the lead is still at `version` (the check sits in the UPDATE's WHERE, so two
 * writers can never both win), bumping the version; undefined when it is not.
 */
export function updateLeadAtVersion(
  trx: Trx,
  id: number,
  version: number,
  changes: LeadChanges,
): Promise<LeadRow | undefined> {
  return trx
    .updateTable('lead')
    .set({ ...changes, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function replaceLeadSegments(trx: Trx, leadId: number, segmentIds: readonly number[]) {
  await trx.deleteFrom('lead_segment').where('lead_id', '=', leadId).execute();
  if (segmentIds.length === 0) return;
  await trx
    .insertInto('lead_segment')
    .values(segmentIds.map((segmentId) => ({ lead_id: leadId, segment_id: segmentId })))
    .execute();
}

export async function insertStageChange(
  trx: Trx,
  change: { leadId: number; from: string; to: string; actorId: number; note: string | null },
): Promise<void> {
  await trx
    .insertInto('lead_stage_change')
    .values({
      lead_id: change.leadId,
      from_stage: change.from,
      to_stage: change.to,
      changed_by_id: change.actorId,
      note: change.note,
    })
    .execute();
}

export function insertLeadActivity(
  trx: Trx,
  activity: { leadId: number; authorId: number; kind: string; summary: string; occurredAt: Date },
) {
  return trx
    .insertInto('activity')
    .values({
      lead_id: activity.leadId,
      author_id: activity.authorId,
      kind: activity.kind,
      summary: activity.summary,
      occurred_at: activity.occurredAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
