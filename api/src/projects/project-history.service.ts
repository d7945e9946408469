import { type ActivityRow, findRecentActivities } from '../activities/activity.repository';
import { type AuditEntryRow, findRecentAuditEntries } from '../audit/audit.repository';
import { requireViewer } from '../auth/viewer';
import type { ServiceContext } from '../context';
import { groupByKey } from '../shared/batch-order';

// The project page's activities and history, for projects the caller already holds (so already checked).

/** The `last` most recent activities (跟进记录) of each project, newest first. */
export async function activitiesOfProjects(
  ctx: ServiceContext,
  ids: readonly number[],
  last: number,
): Promise<ActivityRow[][]> {
  requireViewer(ctx.viewer);
  return groupByKey(
    ids,
    await findRecentActivities(ctx.db, 'project_id', ids, last),
    (a) => a.project_id ?? 0,
  );
}

/** The `last` most recent audited changes of each project (fields, milestones, reports), newest first. */
export async function historyOfProjects(
  ctx: ServiceContext,
  ids: readonly number[],
  last: number,
): Promise<AuditEntryRow[][]> {
  requireViewer(ctx.viewer);
  return groupByKey(ids, await findRecentAuditEntries(ctx.db, 'project', ids, last), (e) => e.entity_id);
}
