import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database, LeadRow } from '../db/schema';
import { afterCursor, type LeadCursor, type LeadOrder, sortOf } from './lead-order';
import { OPEN_STAGES } from './lead-stage-rules';

type Db = Kysely<Database> | Transaction<Database>;

export function findLeadsByIds(db: Db, ids: readonly number[]): Promise<LeadRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('lead').selectAll().where('id', 'in', ids).where('deleted_at', 'is', null).execute();
}

/** Leads by id whether in the bin or not (writers that must tell "gone" from "deleted"). */
export function findLeadsByIdsWithDeleted(db: Db, ids: readonly number[]): Promise<LeadRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('lead').selectAll().where('id', 'in', ids).execute();
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
  chainId?: number | undefined;
  segmentId?: number | undefined;
  sources?: string[] | undefined;
  priorities?: string[] | undefined;
  stalled?: boolean | undefined;
  followUp?: 'DUE_TODAY' | 'OVERDUE' | 'DUE' | undefined;
  search?: string | undefined;
  /** Today in Asia/Shanghai, 'YYYY-MM-DD': what "due" and "overdue" are judged against. */
  today: string;
  /** The bin instead of the live leads. */
  deleted?: boolean | undefined;
}

const openStages = [...OPEN_STAGES];

/** True for an open lead with no activity (or, without any, no creation) for its zone's threshold. */
export const STALLED = sql<boolean>`(lead.stage IN (${sql.join(openStages)})
  AND coalesce(lead.last_activity_at, lead.created_at) < now() - zone.lead_stall_days * interval '1 day')`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filtered(db: Db, query: LeadQuery) {
  let q = db
    .selectFrom('lead')
    .innerJoin('firm', 'firm.id', 'lead.firm_id')
    .innerJoin('zone', 'zone.id', 'lead.zone_id')
    .where('lead.deleted_at', query.deleted ? 'is not' : 'is', null);
  if (query.zoneIds !== 'ALL') q = q.where('lead.zone_id', 'in', query.zoneIds.length ? query.zoneIds : [-1]);
  if (query.stages?.length) q = q.where('lead.stage', 'in', query.stages);
  if (query.ownerId !== undefined) q = q.where('lead.owner_id', '=', query.ownerId);
  if (query.firmId !== undefined) q = q.where('lead.firm_id', '=', query.firmId);
  if (query.sources?.length) q = q.where('lead.source', 'in', query.sources);
  if (query.priorities?.length) q = q.where('lead.priority', 'in', query.priorities);
  if (query.segmentId !== undefined) {
    const segmentId = query.segmentId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('lead_segment')
          .select(sql`1`.as('one'))
          .whereRef('lead_segment.lead_id', '=', 'lead.id')
          .where('lead_segment.segment_id', '=', segmentId),
      ),
    );
  }
  if (query.chainId !== undefined) {
    const chainId = query.chainId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('lead_segment')
          .innerJoin('segment', 'segment.id', 'lead_segment.segment_id')
          .select(sql`1`.as('one'))
          .whereRef('lead_segment.lead_id', '=', 'lead.id')
          .where('segment.chain_id', '=', chainId),
      ),
    );
  }
  if (query.stalled !== undefined) q = q.where(query.stalled ? STALLED : sql<boolean>`NOT ${STALLED}`);
  if (query.followUp !== undefined) {
    // Only open leads have a follow-up to keep: a signed or lost lead's old date is no reminder.
    q = q.where('lead.stage', 'in', openStages);
    if (query.followUp === 'DUE_TODAY') q = q.where('lead.next_follow_up_on', '=', query.today);
    else if (query.followUp === 'OVERDUE') q = q.where('lead.next_follow_up_on', '<', query.today);
    else q = q.where('lead.next_follow_up_on', '<=', query.today);
  }
  if (query.search) q = q.where(searchCondition(query.search));
  return q;
}

/**
 * The lead's title or the firm's name containing the text; the firm's USCC starting with it
 * (spaces dropped, upper-cased); or the pinyin initials of the firm's name containing it (`byd`).
 * Wildcards are escaped: the search is text, never a pattern the user writes.
 */
function searchCondition(search: string) {
  const pattern = `%${escapeLike(search)}%`;
  const conditions = [sql<boolean>`lead.title ILIKE ${pattern}`, sql<boolean>`firm.name ILIKE ${pattern}`];
  if (/^[a-z0-9]+$/i.test(search)) {
    conditions.push(sql<boolean>`firm.name_initials LIKE ${`%${escapeLike(search.toLowerCase())}%`}`);
  }
  const uscc = search.replace(/\s+/g, '').toUpperCase();
  if (/^[0-9A-Z]{4,18}$/.test(uscc)) conditions.push(sql<boolean>`firm.uscc LIKE ${`${uscc}%`}`);
  return sql<boolean>`(${sql.join(conditions, sql` OR `)})`;
}

export type LeadPageRow = LeadRow & { sort_value: string };

/** One page of leads in the order, after the cursor, with each row's sort value for the next cursor. */
export function findLeadsPage(
  db: Db,
  query: LeadQuery,
  order: LeadOrder,
  page: { first: number; after: LeadCursor | null },
): Promise<LeadPageRow[]> {
  const { expression } = sortOf(order);
  const direction = order.direction === 'ASC' ? 'asc' : 'desc';
  let q = filtered(db, query).selectAll('lead').select(sql<string>`(${expression})::text`.as('sort_value'));
  if (page.after) q = q.where(afterCursor(order, page.after));
  return q
    .orderBy(expression, direction)
    .orderBy('lead.id', direction)
    .limit(page.first + 1)
    .execute();
}

/**
 * A page as {@link findLeadsPage}, with the count of the whole filtered set (cursor aside) in the
 * same statement: an uncorrelated sub-select, which PostgreSQL runs once. A page past the end has
 * no row to carry the count, so it is then null and the caller counts on its own.
 */
export async function findLeadsPageWithTotal(
  db: Db,
  query: LeadQuery,
  order: LeadOrder,
  page: { first: number; after: LeadCursor | null },
): Promise<{ rows: LeadPageRow[]; totalCount: number | null }> {
  const { expression } = sortOf(order);
  const direction = order.direction === 'ASC' ? 'asc' : 'desc';
  const total = filtered(db, query).select(sql<number>`count(*)`.as('count'));
  let q = filtered(db, query)
    .selectAll('lead')
    .select(sql<string>`(${expression})::text`.as('sort_value'))
    .select(total.as('total_count'));
  if (page.after) q = q.where(afterCursor(order, page.after));
  const found = await q
    .orderBy(expression, direction)
    .orderBy('lead.id', direction)
    .limit(page.first + 1)
    .execute();
  const rows = found.map(({ total_count: _total, ...row }) => row);
  return { rows, totalCount: found.length ? Number(found[0]?.total_count) : null };
}

export async function countLeads(db: Db, query: LeadQuery): Promise<number> {
  const row = await filtered(db, query).select(sql<number>`count(*)`.as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Count and planned-investment total per stage over the query (the kanban board's column heads). */
export async function summarizeLeadsByStage(
  db: Db,
  query: LeadQuery,
): Promise<{ stage: string; count: number; total: number }[]> {
  const rows = await filtered(db, query)
    .select([
      'lead.stage',
      sql<number>`count(*)`.as('count'),
      sql<number>`coalesce(sum(lead.planned_investment), 0)`.as('total'),
    ])
    .groupBy('lead.stage')
    .execute();
  return rows.map((r) => ({ stage: r.stage, count: Number(r.count), total: Number(r.total) }));
}

/** Live leads matching the query, for My day's short lists (bounded: an officer's own open leads). */
export function findLeadsMatching(
  db: Db,
  query: LeadQuery,
  orderBy: 'next_follow_up_on' | 'last_activity',
  limit: number,
): Promise<LeadRow[]> {
  const q = filtered(db, query).selectAll('lead');
  const ordered =
    orderBy === 'next_follow_up_on'
      ? q.orderBy('lead.next_follow_up_on', 'asc')
      : q.orderBy(sql`coalesce(lead.last_activity_at, lead.created_at)`, 'asc');
  return ordered.orderBy('lead.id', 'asc').limit(limit).execute();
}

/** An open (not SIGNED, LOST or deleted) lead of the zone for the firm, if any (other than `exceptId`). */
export function findOpenLeadForFirm(db: Db, zoneId: number, firmId: number, exceptId?: number) {
  let q = db
    .selectFrom('lead')
    .select('id')
    .where('zone_id', '=', zoneId)
    .where('firm_id', '=', firmId)
    .where('deleted_at', 'is', null)
    .where('stage', 'not in', ['SIGNED', 'LOST']);
  if (exceptId !== undefined) q = q.where('id', '<>', exceptId);
  return q.executeTakeFirst();
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

/** The segments of many leads in one query (joined, so a page of leads costs one statement for them). */
export function findSegmentsOfLeads(db: Db, leadIds: readonly number[]) {
  if (leadIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('lead_segment')
    .innerJoin('segment', 'segment.id', 'lead_segment.segment_id')
    .selectAll('segment')
    .select('lead_segment.lead_id')
    .where('lead_segment.lead_id', 'in', leadIds)
    .orderBy('segment.id')
    .execute();
}
