import { insertAuditEntry } from '../audit/audit.repository';
import type { ServiceContext } from '../context';
import type { LeadRow } from '../db/schema';
import { findLeadsByIdsWithDeleted } from './lead.repository';
import { requireLeadEditor, requireZoneManager, visibleLead } from './lead-access';
import { requireOwnerOfZone } from './lead-checks';
import { distinctIds, invalid } from './lead-input';
import { lockLead, updateLeadAtVersion } from './lead-write.repository';

/**
 * Gives leads to another officer or manager (the zone's manager or an admin), all or none: every
 * lead must be visible (NOT_FOUND otherwise) and the new owner must work in each lead's zone. No
 * version is asked: a reassignment is a manager's decision over whatever else changed, and each lead
 * still gets its version bumped and its REASSIGN audit entry.
 */
export async function reassignLeads(ctx: ServiceContext, ids: number[], ownerId: number): Promise<LeadRow[]> {
  const viewer = requireLeadEditor(ctx.viewer);
  const leadIds = distinctIds(ids, 'ids');
  if (leadIds.length === 0) throw invalid('ids', 'Choose at least one lead');
  const seen = await findLeadsByIdsWithDeleted(ctx.db, leadIds);
  const byId = new Map(seen.map((l) => [l.id, l]));
  const zones = new Set(leadIds.map((id) => visibleLead(viewer, byId.get(id)).zone_id));
  for (const zoneId of zones) {
    requireZoneManager(viewer, zoneId);
    await requireOwnerOfZone(ctx.db, zoneId, ownerId);
  }

  return ctx.db.transaction().execute(async (trx) => {
    const result: LeadRow[] = [];
    for (const id of [...leadIds].sort((a, b) => a - b)) {
      // Locked in id order, so two reassignments of overlapping sets cannot deadlock.
      const current = visibleLead(viewer, await lockLead(trx, id));
      requireZoneManager(viewer, current.zone_id);
      if (current.owner_id === ownerId) {
        result.push(current);
        continue;
      }
      const updated = await updateLeadAtVersion(trx, id, current.version, { owner_id: ownerId });
      if (!updated) throw new Error('lead changed while locked'); // impossible under the row lock
      await insertAuditEntry(trx, {
        actorId: viewer.userId,
        entity: 'lead',
        entityId: id,
        zoneId: current.zone_id,
        action: 'REASSIGN',
        before: { owner_id: current.owner_id },
        after: { owner_id: ownerId },
      });
      result.push(updated);
    }
    ctx.log.info({ leadIds, ownerId }, 'leads reassigned');
    const order = new Map(leadIds.map((id, i) => [id, i]));
    return result.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  });
}
