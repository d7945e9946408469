import { insertAuditEntry } from '../audit/audit.repository';
import { canAccessZone, requireViewer, requireZoneAccess, type Viewer, visibleZoneIds } from '../auth/viewer';
import type { ServiceContext } from '../context';
import type { LeadRow, SegmentRow } from '../db/schema';
import { AppError } from '../errors';
import { findFirmsByIds } from '../firms/firm.repository';
import { projectToday } from '../projects/project-rag.service';
import { groupByKey, orderById } from '../shared/batch-order';
import { isUniqueViolation } from '../shared/pg-errors';
import { findZoneById } from '../zones/zone.repository';
import {
  countLeads,
  findLeadsByIds,
  findLeadsPageWithTotal,
  findOpenLeadForFirm,
  findSegmentIdsOfLeads,
  findSegmentsOfLeads,
  insertLead,
  type LeadPageRow,
  type LeadQuery,
  summarizeLeadsByStage,
} from './lead.repository';
import { duplicateLead, requireLeadEditor } from './lead-access';
import { requireZoneSegments } from './lead-checks';
import { distinctIds, leadAmount, leadDate, leadTitle } from './lead-input';
import type { LeadCursor, LeadOrder } from './lead-order';
import { type LeadStage, STAGE_ORDER } from './lead-stage-rules';

/**
 * Leads by id, as null where the viewer may not see the lead's zone: a foreign lead and a missing
 * one look the same, so ids of other zones' leads reveal nothing.
 */
export async function leadsByIds(ctx: ServiceContext, ids: readonly number[]): Promise<(LeadRow | null)[]> {
  const viewer = requireViewer(ctx.viewer);
  const rows = await findLeadsByIds(ctx.db, ids);
  return orderById(
    ids,
    rows.filter((l) => canAccessZone(viewer, l.zone_id)),
  );
}

/** Segment ids of leads the caller already holds (so already access-checked). */
export async function segmentIdsOfLeads(
  ctx: ServiceContext,
  leadIds: readonly number[],
): Promise<number[][]> {
  requireViewer(ctx.viewer);
  const rows = await findSegmentIdsOfLeads(ctx.db, leadIds);
  return groupByKey(leadIds, rows, (r) => r.lead_id).map((group) => group.map((r) => r.segment_id));
}

/** The segments of leads the caller already holds, in one query. */
export async function segmentsOfLeads(
  ctx: ServiceContext,
  leadIds: readonly number[],
): Promise<SegmentRow[][]> {
  requireViewer(ctx.viewer);
  const rows = await findSegmentsOfLeads(ctx.db, leadIds);
  return groupByKey(leadIds, rows, (r) => r.lead_id).map((group) =>
    group.map(({ lead_id: _l, ...segment }) => segment),
  );
}

export interface LeadFilterInput {
  zoneId?: number | undefined;
  stages?: string[] | undefined;
  ownerId?: number | undefined;
  firmId?: number | undefined;
  mine?: boolean | undefined;
  chainId?: number | undefined;
  segmentId?: number | undefined;
  sources?: string[] | undefined;
  priorities?: string[] | undefined;
  stalled?: boolean | undefined;
  followUp?: 'DUE_TODAY' | 'OVERDUE' | 'DUE' | undefined;
  search?: string | undefined;
}

/** The query of a filter, narrowed to the zones the viewer may see; a zone filter outside them is FORBIDDEN. */
export function leadQueryOf(viewer: Viewer, filter: LeadFilterInput, today = projectToday()): LeadQuery {
  if (filter.zoneId !== undefined) requireZoneAccess(viewer, filter.zoneId);
  return {
    zoneIds: filter.zoneId !== undefined ? [filter.zoneId] : visibleZoneIds(viewer),
    stages: filter.stages,
    ownerId: filter.mine ? viewer.userId : filter.ownerId,
    firmId: filter.firmId,
    chainId: filter.chainId,
    segmentId: filter.segmentId,
    sources: filter.sources,
    priorities: filter.priorities,
    stalled: filter.stalled,
    followUp: filter.followUp,
    search: filter.search?.trim().slice(0, 100) || undefined,
    today,
  };
}

/**
 * A page of the leads of the zones the viewer may see, in the order, with the count of the whole
 * filtered set in the same statement (a second one only for an empty page after a cursor).
 */
export async function listLeads(
  ctx: ServiceContext,
  filter: LeadFilterInput,
  order: LeadOrder,
  page: { first: number; after: LeadCursor | null },
): Promise<{ rows: LeadPageRow[]; totalCount: number }> {
  const viewer = requireViewer(ctx.viewer);
  const query = leadQueryOf(viewer, filter);
  const { rows, totalCount } = await findLeadsPageWithTotal(ctx.db, query, order, page);
  if (totalCount !== null) return { rows, totalCount };
  return { rows, totalCount: page.after ? await countLeads(ctx.db, query) : 0 };
}

export interface BoardColumn {
  stage: LeadStage;
  count: number;
  plannedInvestmentTotal: number;
}

/** The kanban board's column heads: count and planned investment per stage, every stage in pipeline order. */
export async function leadBoard(ctx: ServiceContext, filter: LeadFilterInput): Promise<BoardColumn[]> {
  const viewer = requireViewer(ctx.viewer);
  const byStage = new Map(
    (await summarizeLeadsByStage(ctx.db, leadQueryOf(viewer, filter))).map((r) => [r.stage, r]),
  );
  return STAGE_ORDER.map((stage) => ({
    stage,
    count: byStage.get(stage)?.count ?? 0,
    plannedInvestmentTotal: byStage.get(stage)?.total ?? 0,
  }));
}

export interface CreateLeadInput {
  zoneId: number;
  firmId: number;
  title: string;
  segmentIds: number[];
  source: string;
  priority: string;
  plannedInvestment: number | null;
  nextFollowUpOn: string | null;
}

/**
 * Opens a lead at stage LEAD, owned by the viewer, with its first stage record and audit entry in
 * one transaction. One open lead per firm and zone: a second is a CONFLICT naming the first.
 */
export async function createLead(ctx: ServiceContext, input: CreateLeadInput): Promise<LeadRow> {
  const viewer = requireLeadEditor(ctx.viewer);
  requireZoneAccess(viewer, input.zoneId);
  const title = leadTitle(input.title);
  const plannedInvestment = leadAmount(input.plannedInvestment);
  const nextFollowUpOn = leadDate(input.nextFollowUpOn, 'nextFollowUpOn');
  if (!(await findZoneById(ctx.db, input.zoneId))) throw new AppError('NOT_FOUND', 'No such zone');
  const [firm] = await findFirmsByIds(ctx.db, [input.firmId]);
  if (!firm) throw new AppError('NOT_FOUND', 'No such firm', { details: { field: 'firmId' } });
  const segmentIds = distinctIds(input.segmentIds, 'segmentIds');
  await requireZoneSegments(ctx.db, input.zoneId, segmentIds);

  const existing = await findOpenLeadForFirm(ctx.db, input.zoneId, firm.id);
  if (existing) throw duplicateLead(existing.id);
  return ctx.db.transaction().execute(async (trx) => {
    const lead = await insertLead(trx, {
      ...input,
      title,
      plannedInvestment,
      nextFollowUpOn,
      segmentIds,
      ownerId: viewer.userId,
    }).catch(async (error) => {
      // Another request opened it between the check and the insert: the unique index decides.
      if (isUniqueViolation(error, 'lead_open_firm_key')) throw duplicateLead(null);
      throw error;
    });
    await insertAuditEntry(trx, {
      actorId: viewer.userId,
      entity: 'lead',
      entityId: lead.id,
      zoneId: lead.zone_id,
      action: 'CREATE',
      before: null,
      after: { ...lead, segmentIds },
    });
    ctx.log.info({ leadId: lead.id, zoneId: lead.zone_id }, 'lead created');
    return lead;
  });
}
