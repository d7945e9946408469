import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, LeadStageChangeTable } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export type LeadStageChangeRow = Selectable<LeadStageChangeTable>;

/** Every stage change of each lead, oldest first. */
export function findStageChangesOfLeads(db: Db, leadIds: readonly number[]): Promise<LeadStageChangeRow[]> {
  if (leadIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('lead_stage_change')
    .selectAll()
    .where('lead_id', 'in', leadIds)
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
}

/** The live project made from each lead, if any (lead_id is unique on project). */
export function findProjectIdsOfLeads(db: Db, leadIds: readonly number[]) {
  if (leadIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('project')
    .select(['id', 'lead_id'])
    .where('lead_id', 'in', leadIds)
    .where('deleted_at', 'is', null)
    .execute();
}

/**
 * Stage moves of live leads owned by `ownerId` that someone else made since `since`, newest first
 * (at most `limit`): My day's "moved by others".
 */
export function findMovesByOthers(
  db: Db,
  query: { ownerId: number; zoneIds: number[] | 'ALL'; since: Date; limit: number },
) {
  const { ownerId, zoneIds } = query;
  let q = db
    .selectFrom('lead_stage_change')
    .innerJoin('lead', 'lead.id', 'lead_stage_change.lead_id')
    .selectAll('lead_stage_change')
    .where('lead.owner_id', '=', ownerId);
  if (zoneIds !== 'ALL') q = q.where('lead.zone_id', 'in', zoneIds.length ? zoneIds : [-1]);
  return q
    .where('lead.deleted_at', 'is', null)
    .where('lead_stage_change.changed_at', '>', query.since)
    .where('lead_stage_change.from_stage', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('lead_stage_change.changed_by_id', 'is', null),
        eb('lead_stage_change.changed_by_id', '<>', ownerId),
      ]),
    )
    .orderBy('lead_stage_change.changed_at', 'desc')
    .orderBy('lead_stage_change.id', 'desc')
    .limit(query.limit)
    .execute();
}
