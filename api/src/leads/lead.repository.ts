import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database, LeadRow } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export function findLeadsByIds(db: Db, ids: readonly number[]): Promise<LeadRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('lead').selectAll().where('id', 'in', ids).where('deleted_at', 'is', null).execute();
}

export function findSegmentIdsOfLeads(db: Db, leadIds: readonly number[]) {
  if (leadIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('lead_segment')
    .select(['lead_id', 'segment_id'])
    .where('lead_id', 'in', leadIds)
    .orderBy('segment_id')
    .execute();
}

export interface LeadQuery {
  /** 'ALL' or the zones to look in (already narrowed to what the viewer may see). */
  zoneIds: number[] | 'ALL';
  stages?: string[] | undefined;
  ownerId?: number | undefined;
  firmId?: number | undefined;
  search?: string | undefined;
}

function filtered(db: Db, query: LeadQuery) {
  let q = db
    .selectFrom('lead')
    .innerJoin('firm', 'firm.id', 'lead.firm_id')
    .where('lead.deleted_at', 'is', null);
  if (query.zoneIds !== 'ALL') q = q.where('lead.zone_id', 'in', query.zoneIds.length ? query.zoneIds : [-1]);
  if (query.stages?.length) q = q.where('lead.stage', 'in', query.stages);
  if (query.ownerId !== undefined) q = q.where('lead.owner_id', '=', query.ownerId);
  if (query.firmId !== undefined) q = q.where('lead.firm_id', '=', query.firmId);
  if (query.search) {
    // The pattern's wildcards are escaped: the search is text, never a pattern the user writes.
    const pattern = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('lead.title', 'ilike', pattern), eb('firm.name', 'ilike', pattern)]));
  }
  return q;
}

/** One page of leads, newest first (keyset on id, so pages stay stable while leads are added). */
export function findLeadsPage(db: Db, query: LeadQuery, page: { first: number; afterId: number | null }) {
  let q = filtered(db, query).selectAll('lead');
  if (page.afterId !== null) q = q.where('lead.id', '<', page.afterId);
  return q
    .orderBy('lead.id', 'desc')
    .limit(page.first + 1)
    .execute();
}

export async function countLeads(db: Db, query: LeadQuery): Promise<number> {
  const row = await filtered(db, query).select(sql<number>`count(*)`.as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** An open (not SIGNED, LOST or deleted) lead of the zone for the firm, if any. */
export function findOpenLeadForFirm(db: Db, zoneId: number, firmId: number) {
  return db
    .selectFrom('lead')
    .select('id')
    .where('zone_id', '=', zoneId)
    .where('firm_id', '=', firmId)
    .where('deleted_at', 'is', null)
    .where('stage', 'not in', ['SIGNED', 'LOST'])
    .executeTakeFirst();
}

export async function insertLead(
  trx: Transaction<Database>,
  lead: {
    zoneId: number;
    firmId: number;
    title: string;
    source: string;
    priority: string;
    plannedInvestment: number | null;
    nextFollowUpOn: string | null;
    ownerId: number;
    segmentIds: number[];
  },
): Promise<LeadRow> {
  const row = await trx
    .insertInto('lead')
    .values({
      zone_id: lead.zoneId,
      firm_id: lead.firmId,
      title: lead.title,
      stage: 'LEAD',
      source: lead.source,
      priority: lead.priority,
      planned_investment: lead.plannedInvestment,
      next_follow_up_on: lead.nextFollowUpOn,
      owner_id: lead.ownerId,
      created_by_id: lead.ownerId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (lead.segmentIds.length) {
    await trx
      .insertInto('lead_segment')
      .values(lead.segmentIds.map((segmentId) => ({ lead_id: row.id, segment_id: segmentId })))
      .execute();
  }
  await trx
    .insertInto('lead_stage_change')
    .values({ lead_id: row.id, from_stage: null, to_stage: 'LEAD', changed_by_id: lead.ownerId })
    .execute();
  return row;
}
