import { requireViewer, requireWritableCredential, visibleZoneIds } from '../auth/viewer';
import type { ServiceContext } from '../context';
import type { LeadRow } from '../db/schema';
import { AppError } from '../errors';
import { projectToday } from '../projects/project-rag.service';
import { findUsersByIds } from '../users/user.repository';
import { findLeadsMatching, type LeadQuery } from './lead.repository';
import { findMovesByOthers, type LeadStageChangeRow } from './lead-history.repository';
import { OPEN_STAGES } from './lead-stage-rules';

/*
 * My day (我的今日): the signed-in user's open leads that need them today. Each list is computed only
 * when asked for (the fields resolve lazily) and capped, so a page never grows without bound.
 */

const LIST_LIMIT = 100;
/** Without a "seen" mark, moves of the last week count as new. */
const DEFAULT_LOOKBACK_DAYS = 7;

export interface MyDayModel {
  userId: number;
  seenAt: Date | null;
}

export async function myDay(ctx: ServiceContext): Promise<MyDayModel> {
  const viewer = requireViewer(ctx.viewer);
  const [user] = await findUsersByIds(ctx.db, [viewer.userId]);
  return { userId: viewer.userId, seenAt: user?.my_day_seen_at ?? null };
}

function ownOpenLeads(ctx: ServiceContext): LeadQuery {
  const viewer = requireViewer(ctx.viewer);
  return {
    zoneIds: visibleZoneIds(viewer),
    ownerId: viewer.userId,
    stages: [...OPEN_STAGES],
    today: projectToday(),
  };
}

export function myDueToday(ctx: ServiceContext): Promise<LeadRow[]> {
  return findLeadsMatching(
    ctx.db,
    { ...ownOpenLeads(ctx), followUp: 'DUE_TODAY' },
    'next_follow_up_on',
    LIST_LIMIT,
  );
}

/** Most overdue first. */
export function myOverdue(ctx: ServiceContext): Promise<LeadRow[]> {
  return findLeadsMatching(
    ctx.db,
    { ...ownOpenLeads(ctx), followUp: 'OVERDUE' },
    'next_follow_up_on',
    LIST_LIMIT,
  );
}

/** Longest quiet first. */
export function myStalled(ctx: ServiceContext): Promise<LeadRow[]> {
  return findLeadsMatching(ctx.db, { ...ownOpenLeads(ctx), stalled: true }, 'last_activity', LIST_LIMIT);
}

/** Stage moves of the viewer's leads made by others since the day was last marked seen, newest first. */
export function myLeadsMovedByOthers(ctx: ServiceContext, day: MyDayModel): Promise<LeadStageChangeRow[]> {
  const viewer = requireViewer(ctx.viewer);
  const since = day.seenAt ?? new Date(Date.now() - DEFAULT_LOOKBACK_DAYS * 86_400_000);
  return findMovesByOthers(ctx.db, {
    ownerId: viewer.userId,
    zoneIds: visibleZoneIds(viewer),
    since,
    limit: LIST_LIMIT,
  });
}

/** Marks My day seen now: moves by others after this count as new. A bookmark of the user, not zone data. */
export async function markMyDaySeen(ctx: ServiceContext): Promise<MyDayModel> {
  const viewer = requireWritableCredential(ctx.viewer);
  const row = await ctx.db
    .updateTable('app_user')
    .set({ my_day_seen_at: new Date() })
    .where('id', '=', viewer.userId)
    .returning(['id', 'my_day_seen_at'])
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such user');
  return { userId: row.id, seenAt: row.my_day_seen_at };
}
