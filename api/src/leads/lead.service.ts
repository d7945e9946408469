import { canAccessZone, requireViewer } from '../auth/viewer';
import type { ServiceContext } from '../context';
import type { LeadRow } from '../db/schema';
import { groupByKey, orderById } from '../shared/batch-order';
import { findLeadsByIds, findSegmentIdsOfLeads } from './lead.repository';

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
