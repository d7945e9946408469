import { insertAuditEntry } from '../audit/audit.repository';
import type { ServiceContext } from '../context';
import type { LeadRow } from '../db/schema';
import { findLeadsByIdsWithDeleted, findSegmentIdsOfLeads } from './lead.repository';
import { requireLeadEditor, requireZoneManager, staleLead, visibleLead } from './lead-access';
import { changedFields } from './lead-audit';
import { requireOwnerOfZone, requireZoneSegments } from './lead-checks';
import { distinctIds, invalid, leadAmount, leadDate, leadTitle } from './lead-input';
import {
  type LeadChanges,
  lockLead,
  replaceLeadSegments,
  updateLeadAtVersion,
} from './lead-write.repository';

/** The editable fields of a lead: a missing key leaves the field as it is, null clears it. */
export interface LeadPatch {
  title?: string | null;
  segmentIds?: number[] | null;
  source?: string | null;
  priority?: string | null;
  plannedInvestment?: number | null;
  nextFollowUpOn?: string | null;
  expectedSigningOn?: string | null;
  ownerId?: number | null;
}

/** The column changes a patch asks for, validated (VALIDATION naming the field otherwise). */
export function leadChangesOf(patch: LeadPatch): LeadChanges {
  const changes: LeadChanges = {};
  if (patch.title !== undefined) {
    if (patch.title === null) throw invalid('title', 'title cannot be cleared');
    changes.title = leadTitle(patch.title);
  }
  for (const [key, column] of [
    ['source', 'source'],
    ['priority', 'priority'],
  ] as const) {
    if (patch[key] === undefined) continue;
    if (patch[key] === null) throw invalid(key, `${key} cannot be cleared`);
    changes[column] = patch[key];
  }
  if (patch.plannedInvestment !== undefined) changes.planned_investment = leadAmount(patch.plannedInvestment);
  if (patch.nextFollowUpOn !== undefined) {
    changes.next_follow_up_on = leadDate(patch.nextFollowUpOn, 'nextFollowUpOn');
  }
  if (patch.expectedSigningOn !== undefined) {
    changes.expected_signing_on = leadDate(patch.expectedSigningOn, 'expectedSigningOn');
  }
  if (patch.ownerId !== undefined) changes.owner_id = patch.ownerId;
  return changes;
}

/**
 * Changes a lead's fields when the client saw its current `version` (optimistic concurrency): a
 * stale version is a CONFLICT carrying the current version, and changes nothing. Changing the owner
 * is a manager's reassignment. Locked, changed and audited (changed fields only) in one transaction.
 */
export async function updateLead(
  ctx: ServiceContext,
  id: number,
  version: number,
  patch: LeadPatch,
): Promise<LeadRow> {
  const viewer = requireLeadEditor(ctx.viewer);
  const changes = leadChangesOf(patch);
  const segmentIds =
    patch.segmentIds === undefined ? undefined : distinctIds(patch.segmentIds ?? [], 'segmentIds');
  // The zone is needed for the checks below: read it outside the transaction, re-check inside.
  const [seen] = await findLeadsByIdsWithDeleted(ctx.db, [id]);
  const lead = visibleLead(viewer, seen);
  if (patch.ownerId !== undefined) {
    requireZoneManager(viewer, lead.zone_id);
    if (patch.ownerId !== null) await requireOwnerOfZone(ctx.db, lead.zone_id, patch.ownerId);
  }
  if (segmentIds) await requireZoneSegments(ctx.db, lead.zone_id, segmentIds);

  return ctx.db.transaction().execute(async (trx) => {
    const current = visibleLead(viewer, await lockLead(trx, id));
    if (current.version !== version) throw staleLead(current);
    const updated = await updateLeadAtVersion(trx, id, version, changes);
    if (!updated) throw staleLead(current); // unreachable while the row is locked; kept as a guard
    let before: Record<string, unknown> = current;
    let after: Record<string, unknown> = updated;
    if (segmentIds) {
      const segmentsBefore = (await findSegmentIdsOfLeads(trx, [id])).map((r) => r.segment_id);
      await replaceLeadSegments(trx, id, segmentIds);
      before = { ...before, segmentIds: segmentsBefore };
      after = { ...after, segmentIds: [...segmentIds].sort((a, b) => a - b) };
    }
    const diff = changedFields(before, after);
    await insertAuditEntry(trx, {
      actorId: viewer.userId,
      entity: 'lead',
      entityId: id,
      zoneId: current.zone_id,
      action: 'UPDATE',
      before: diff?.before ?? {},
      after: diff?.after ?? {},
    });
    ctx.log.info({ leadId: id, version: updated.version }, 'lead updated');
    return updated;
  });
}
