import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';

// Queries the digest needs that no other module has yet (lead follow-ups, stalls and stage changes
// per owner or zone). Zone-scoped by the caller: `zoneIds` is what the recipient may see.

type Db = Kysely<Database>;

/** Open leads: not signed or lost (as leads/lead-stage-rules.ts OPEN_STAGES). */
const WORKED_STAGES = ['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'PAUSED'];

export interface DigestLeadRow {
  id: number;
  title: string;
  stage: string;
  firm_name: string;
  next_follow_up_on: string | null;
  last_activity_at: Date | null;
  created_at: Date;
}

function workedLeadsOf(db: Db, ownerId: number, zoneIds: number[] | 'ALL') {
  let q = db
    .selectFrom('lead')
    .innerJoin('firm', 'firm.id', 'lead.firm_id')
    .select([
      'lead.id',
      'lead.title',
      'lead.stage',
      'firm.name as firm_name',
      'lead.next_follow_up_on',
      'lead.last_activity_at',
      'lead.created_at',
    ])
    .where('lead.deleted_at', 'is', null)
    .where('lead.owner_id', '=', ownerId)
    .where('lead.stage', 'in', WORKED_STAGES);
  if (zoneIds !== 'ALL') q = q.where('lead.zone_id', 'in', zoneIds.length ? zoneIds : [-1]);
  return q;
}

/** The owner's worked leads with a follow-up planned from `from` to `to` (inclusive), soonest first. */
export function findFollowUpsBetween(
  db: Db,
  ownerId: number,
  zoneIds: number[] | 'ALL',
  from: string,
  to: string,
): Promise<DigestLeadRow[]> {
  return workedLeadsOf(db, ownerId, zoneIds)
    .where('lead.next_follow_up_on', '>=', from)
    .where('lead.next_follow_up_on', '<=', to)
    .orderBy('lead.next_follow_up_on')
    .orderBy('lead.id')
    .execute();
}

/** The owner's worked leads whose follow-up date is before `day`, oldest first. */
export function findFollowUpsBefore(
  db: Db,
  ownerId: number,
  zoneIds: number[] | 'ALL',
  day: string,
): Promise<DigestLeadRow[]> {
  return workedLeadsOf(db, ownerId, zoneIds)
    .where('lead.next_follow_up_on', '<', day)
    .orderBy('lead.next_follow_up_on')
    .orderBy('lead.id')
    .execute();
}

/**
 * The owner's open leads that are stalled as of `asOf`: no activity (never touched: since creation)
 * for their zone's threshold, `zone.lead_stall_days` (the leads module's STALLED, judged at the
 * digest's Monday rather than now), longest quiet first.
 */
export function findStalledLeads(
  db: Db,
  ownerId: number,
  zoneIds: number[] | 'ALL',
  asOf: Date,
): Promise<DigestLeadRow[]> {
  return workedLeadsOf(db, ownerId, zoneIds)
    .innerJoin('zone', 'zone.id', 'lead.zone_id')
    .where(
      sql<boolean>`coalesce(lead.last_activity_at, lead.created_at) < ${asOf}::timestamptz - zone.lead_stall_days * interval '1 day'`,
    )
    .orderBy(sql`coalesce(lead.last_activity_at, lead.created_at)`)
    .orderBy('lead.id')
    .execute();
}

export interface DigestStageChangeRow {
  lead_id: number;
  title: string;
  firm_name: string;
  from_stage: string | null;
  to_stage: string;
  changed_at: Date;
}

/**
 * Stage changes made in [from, to) of leads in the zones, optionally only the owner's, in order.
 * A lead's creation (no `from_stage`) counts as a change into LEAD.
 */
export function findStageChanges(
  db: Db,
  scope: { zoneIds: number[] | 'ALL'; ownerId?: number },
  from: Date,
  to: Date,
): Promise<DigestStageChangeRow[]> {
  let q = db
    .selectFrom('lead_stage_change as c')
    .innerJoin('lead', 'lead.id', 'c.lead_id')
    .innerJoin('firm', 'firm.id', 'lead.firm_id')
    .select([
      'c.lead_id',
      'lead.title',
      'firm.name as firm_name',
      'c.from_stage',
      'c.to_stage',
      'c.changed_at',
    ])
    .where('lead.deleted_at', 'is', null)
    .where('c.changed_at', '>=', from)
    .where('c.changed_at', '<', to);
  if (scope.zoneIds !== 'ALL') {
    q = q.where('lead.zone_id', 'in', scope.zoneIds.length ? scope.zoneIds : [-1]);
  }
  if (scope.ownerId !== undefined) q = q.where('lead.owner_id', '=', scope.ownerId);
  return q.orderBy('c.changed_at').orderBy('c.id').execute();
}

/** Ids of the zone's projects whose SIGNED milestone was reached from `from` to `to` (inclusive). */
export async function findProjectIdsSignedBetween(
  db: Db,
  zoneId: number,
  from: string,
  to: string,
): Promise<number[]> {
  const rows = await db
    .selectFrom('milestone')
    .innerJoin('project', 'project.id', 'milestone.project_id')
    .select('project.id')
    .where('project.zone_id', '=', zoneId)
    .where('project.deleted_at', 'is', null)
    .where('milestone.kind', '=', 'SIGNED')
    .where('milestone.actual_on', '>=', from)
    .where('milestone.actual_on', '<=', to)
    .orderBy('milestone.actual_on')
    .orderBy('project.id')
    .execute();
  return rows.map((r) => r.id);
}

/** The chains a zone pursues (主导产业), by name. */
export function findChainsOfZone(db: Db, zoneId: number) {
  return db
    .selectFrom('zone_chain')
    .innerJoin('chain', 'chain.id', 'zone_chain.chain_id')
    .select(['chain.id', 'chain.name', 'chain.name_en'])
    .where('zone_chain.zone_id', '=', zoneId)
    .orderBy('chain.id')
    .execute();
}

/** Names of firms by id (the firms of projects the caller already may see). */
export async function findFirmNames(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('firm').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A zone's display names. */
export function findZoneNames(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('zone').select(['id', 'name']).where('id', 'in', ids).orderBy('id').execute();
}
