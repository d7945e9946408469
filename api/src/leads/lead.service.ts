import { insertAuditEntry } from '../audit/audit.repository';
import {
  canAccessZone,
  requireRole,
  requireViewer,
  requireWriteAccess,
  requireZoneAccess,
  visibleZoneIds,
} from '../auth/viewer';
import { findSegmentsByIds } from '../chains/chain.repository';
import type { ServiceContext } from '../context';
import type { LeadRow } from '../db/schema';
import { AppError } from '../errors';
import { findFirmsByIds } from '../firms/firm.repository';
import { groupByKey, orderById } from '../shared/batch-order';
import { isUniqueViolation } from '../shared/pg-errors';
import { findZoneById } from '../zones/zone.repository';
import {
  countLeads,
  findLeadsByIds,
  findLeadsPage,
  findOpenLeadForFirm,
  findSegmentIdsOfLeads,
  insertLead,
  type LeadQuery,
} from './lead.repository';

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

export interface LeadFilterInput {
  zoneId?: number | undefined;
  stages?: string[] | undefined;
  ownerId?: number | undefined;
  firmId?: number | undefined;
  search?: string | undefined;
}

/** A page of the leads of the zones the viewer may see; a zone filter outside them is FORBIDDEN. */
export async function listLeads(
  ctx: ServiceContext,
  filter: LeadFilterInput,
  page: { first: number; afterId: number | null },
): Promise<{ rows: LeadRow[]; totalCount: number }> {
  const viewer = requireViewer(ctx.viewer);
  if (filter.zoneId !== undefined) requireZoneAccess(viewer, filter.zoneId);
  const search = filter.search?.trim().slice(0, 100) || undefined;
  const query: LeadQuery = {
    zoneIds: filter.zoneId !== undefined ? [filter.zoneId] : visibleZoneIds(viewer),
    stages: filter.stages,
    ownerId: filter.ownerId,
    firmId: filter.firmId,
    search,
  };
  const [rows, totalCount] = await Promise.all([
    findLeadsPage(ctx.db, query, page),
    countLeads(ctx.db, query),
  ]);
  return { rows, totalCount };
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
  const viewer = requireWriteAccess(ctx.viewer);
  requireRole(viewer, 'OFFICER', 'ZONE_MANAGER', 'ADMIN');
  requireZoneAccess(viewer, input.zoneId);
  const title = input.title.trim();
  if (!title || title.length > 200) {
    throw new AppError('VALIDATION', 'The title needs 1 to 200 characters', { details: { field: 'title' } });
  }
  if (input.plannedInvestment !== null && !(input.plannedInvestment >= 0 && input.plannedInvestment < 1e12)) {
    throw new AppError('VALIDATION', 'Planned investment must be a positive amount in 万元', {
      details: { field: 'plannedInvestment' },
    });
  }
  if (!(await findZoneById(ctx.db, input.zoneId))) throw new AppError('NOT_FOUND', 'No such zone');
  const [firm] = await findFirmsByIds(ctx.db, [input.firmId]);
  if (!firm) throw new AppError('NOT_FOUND', 'No such firm', { details: { field: 'firmId' } });
  const segmentIds = [...new Set(input.segmentIds)];
  if ((await findSegmentsByIds(ctx.db, segmentIds)).length !== segmentIds.length) {
    throw new AppError('VALIDATION', 'Unknown segment', { details: { field: 'segmentIds' } });
  }

  const existing = await findOpenLeadForFirm(ctx.db, input.zoneId, firm.id);
  if (existing) throw duplicateLead(existing.id);
  return ctx.db.transaction().execute(async (trx) => {
    const lead = await insertLead(trx, { ...input, title, segmentIds, ownerId: viewer.userId }).catch(
      async (error) => {
        // Another request opened it between the check and the insert: the unique index decides.
        if (isUniqueViolation(error, 'lead_open_firm_key')) throw duplicateLead(null);
        throw error;
      },
    );
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

function duplicateLead(existingLeadId: number | null): AppError {
  return new AppError('CONFLICT', 'This zone already has an open lead for this firm', {
    details: existingLeadId === null ? {} : { existingLeadId: String(existingLeadId) },
  });
}
