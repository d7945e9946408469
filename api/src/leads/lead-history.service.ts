import { type ActivityRow, findRecentActivities } from '../activities/activity.repository';
import { type AuditEntryRow, findRecentAuditEntries } from '../audit/audit.repository';
import { requireViewer } from '../auth/viewer';
import type { ServiceContext } from '../context';
import { groupByKey } from '../shared/batch-order';
import {
  findProjectIdsOfLeads,
  findStageChangesOfLeads,
  type LeadStageChangeRow,
} from './lead-history.repository';

// The lead page's timeline, stage history and audit history, batched for many leads. They serve
// nested fields of leads the caller already holds (so already access-checked).

export async function activitiesOfLeads(
  ctx: ServiceContext,
  ids: readonly number[],
  last: number,
): Promise<ActivityRow[][]> {
  requireViewer(ctx.viewer);
  return groupByKey(ids, await findRecentActivities(ctx.db, 'lead_id', ids, last), (a) => a.lead_id ?? 0);
}

export async function stageChangesOfLeads(
  ctx: ServiceContext,
  ids: readonly number[],
): Promise<LeadStageChangeRow[][]> {
  requireViewer(ctx.viewer);
  return groupByKey(ids, await findStageChangesOfLeads(ctx.db, ids), (c) => c.lead_id);
}

export async function historyOfLeads(
  ctx: ServiceContext,
  ids: readonly number[],
  last: number,
): Promise<AuditEntryRow[][]> {
  requireViewer(ctx.viewer);
  return groupByKey(ids, await findRecentAuditEntries(ctx.db, 'lead', ids, last), (e) => e.entity_id);
}

/** The id of the project made from each lead, or null (the project loader then checks access). */
export async function projectIdsOfLeads(
  ctx: ServiceContext,
  ids: readonly number[],
): Promise<(number | null)[]> {
  requireViewer(ctx.viewer);
  const byLead = new Map((await findProjectIdsOfLeads(ctx.db, ids)).map((p) => [p.lead_id, p.id]));
  return ids.map((id) => byLead.get(id) ?? null);
}
