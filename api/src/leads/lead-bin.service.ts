import { insertAuditEntry } from '../audit/audit.repository';
import { requireViewer, requireZoneAccess } from '../auth/viewer';
import type { ServiceContext } from '../context';
import type { LeadRow } from '../db/schema';
import { projectToday } from '../projects/project-rag.service';
import { isUniqueViolation } from '../shared/pg-errors';
import { countLeads, findLeadsPage, findOpenLeadForFirm, type LeadPageRow } from './lead.repository';
import { duplicateLead, requireLeadEditor, requireZoneManager, staleLead, visibleLead } from './lead-access';
import type { LeadCursor, LeadOrder } from './lead-order';
import { isOpenStage } from './lead-stage-rules';
import { lockLead, updateLeadAtVersion } from './lead-write.repository';

/** The bin is ordered most recently deleted first. */
export const BIN_ORDER: LeadOrder = { field: 'DELETED_AT', direction: 'DESC' };

/** Puts a lead in the bin (soft delete) when the client saw its current version; audited. */
export async function deleteLead(ctx: ServiceContext, id: number, version: number): Promise<LeadRow> {
  const viewer = requireLeadEditor(ctx.viewer);
  return ctx.db.transaction().execute(async (trx) => {
    const current = visibleLead(viewer, await lockLead(trx, id));
    if (current.version !== version) throw staleLead(current);
    const updated = await updateLeadAtVersion(trx, id, version, { deleted_at: new Date() });
    if (!updated) throw staleLead(current);
    await insertAuditEntry(trx, {
      actorId: viewer.userId,
      entity: 'lead',
      entityId: id,
      zoneId: current.zone_id,
      action: 'DELETE',
      before: { deleted_at: null },
      after: { deleted_at: updated.deleted_at },
    });
    ctx.log.info({ leadId: id }, 'lead deleted');
    return updated;
  });
}

/**
 * Takes a lead out of the bin (the zone's manager or an admin). An open lead cannot come back while
 * the zone has opened another for the same firm: CONFLICT naming that one.
 */
export async function restoreLead(ctx: ServiceContext, id: number): Promise<LeadRow> {
  const viewer = requireLeadEditor(ctx.viewer);
  return ctx.db.transaction().execute(async (trx) => {
    const current = visibleLead(viewer, await lockLead(trx, id), { inBin: true });
    requireZoneManager(viewer, current.zone_id);
    if (isOpenStage(current.stage)) {
      const other = await findOpenLeadForFirm(trx, current.zone_id, current.firm_id, id);
      if (other) throw duplicateLead(other.id);
    }
    const updated = await updateLeadAtVersion(trx, id, current.version, { deleted_at: null }).catch(
      (error: unknown) => {
        if (isUniqueViolation(error, 'lead_open_firm_key')) throw duplicateLead(null);
        throw error;
      },
    );
    if (!updated) throw staleLead(current);
    await insertAuditEntry(trx, {
      actorId: viewer.userId,
      entity: 'lead',
      entityId: id,
      zoneId: current.zone_id,
      action: 'RESTORE',
      before: { deleted_at: current.deleted_at },
      after: { deleted_at: null },
    });
    ctx.log.info({ leadId: id }, 'lead restored');
    return updated;
  });
}

/** A page of a zone's bin, most recently deleted first (the zone's manager or an admin). */
export async function listDeletedLeads(
  ctx: ServiceContext,
  zoneId: number,
  page: { first: number; after: LeadCursor | null },
): Promise<{ rows: LeadPageRow[]; totalCount: number }> {
  const viewer = requireZoneAccess(requireViewer(ctx.viewer), zoneId);
  requireZoneManager(viewer, zoneId);
  const query = { zoneIds: [zoneId], deleted: true, today: projectToday() };
  const [rows, totalCount] = await Promise.all([
    findLeadsPage(ctx.db, query, BIN_ORDER, page),
    countLeads(ctx.db, query),
  ]);
  return { rows, totalCount };
}
