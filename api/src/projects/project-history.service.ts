import { type ActivityRow, findRecentActivities } from '../activities/activity.repository';
import { requireViewer } from '../auth/viewer';
import type { ServiceContext } from '../context';
import { groupByKey } from '../shared/batch-order';
import { type AuditEntryRow, findRecentAuditOfProjects } from './project-history.repository';

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
  return groupByKey(ids, await findRecentAuditOfProjects(ctx.db, ids, last), (e) => e.entity_id);
}
