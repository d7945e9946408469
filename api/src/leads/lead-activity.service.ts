import type { ActivityRow } from '../activities/activity.repository';
import { insertAuditEntry } from '../audit/audit.repository';
import type { ServiceContext } from '../context';
import { requireLeadEditor, visibleLead } from './lead-access';
import { activityTime, leadDate, requiredText, SUMMARY_MAX } from './lead-input';
import { insertLeadActivity, lockLead, updateLeadAtVersion } from './lead-write.repository';

export interface LogLeadActivityInput {
  leadId: number;
  kind: string;
  summary: string;
  occurredAt?: Date | null | undefined;
  nextFollowUpOn?: string | null | undefined;
}

/**
 * Logs a call, visit, meeting, email or note on a lead: the activity, the lead's last_activity_at
 * (never moved back by a late entry of an older call) and, when given, its next follow-up date, with
 * a version bump and an audit entry, in one transaction. Logging needs no version: an activity adds
 * to the timeline and overwrites nobody's edit.
 */
export async function logLeadActivity(
  ctx: ServiceContext,
  input: LogLeadActivityInput,
): Promise<ActivityRow> {
  const viewer = requireLeadEditor(ctx.viewer);
  const summary = requiredText(input.summary, 'summary', SUMMARY_MAX);
  const occurredAt = activityTime(input.occurredAt ?? new Date());
  const nextFollowUpOn =
    input.nextFollowUpOn == null
      ? undefined
      : (leadDate(input.nextFollowUpOn, 'nextFollowUpOn') ?? undefined);

  return ctx.db.transaction().execute(async (trx) => {
    const current = visibleLead(viewer, await lockLead(trx, input.leadId));
    const activity = await insertLeadActivity(trx, {
      leadId: current.id,
      authorId: viewer.userId,
      kind: input.kind,
      summary,
      occurredAt,
    });
    const last = current.last_activity_at;
    const lastActivityAt = last && last.getTime() > occurredAt.getTime() ? last : occurredAt;
    const updated = await updateLeadAtVersion(trx, current.id, current.version, {
      last_activity_at: lastActivityAt,
      ...(nextFollowUpOn === undefined ? {} : { next_follow_up_on: nextFollowUpOn }),
    });
    if (!updated) throw new Error('lead changed while locked'); // impossible under the row lock
    await insertAuditEntry(trx, {
      actorId: viewer.userId,
      entity: 'lead',
      entityId: current.id,
      zoneId: current.zone_id,
      action: 'LOG_ACTIVITY',
      before: nextFollowUpOn === undefined ? {} : { next_follow_up_on: current.next_follow_up_on },
      after: {
        activity: { id: activity.id, kind: activity.kind, summary },
        ...(nextFollowUpOn === undefined ? {} : { next_follow_up_on: nextFollowUpOn }),
      },
    });
    ctx.log.info({ leadId: current.id, activityId: activity.id }, 'lead activity logged');
    return activity;
  });
}
