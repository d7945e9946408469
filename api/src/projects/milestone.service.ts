import { insertAuditEntry } from '../audit/audit.repository';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { lockMilestonesOfProject, type MilestoneRow, upsertMilestone } from './milestone.repository';
import { requireMilestoneOrder } from './milestone-input';
import { lockProject } from './project.repository';
import { requireEditableProject, requireProjectEditor } from './project-access';
import type { MilestoneKind } from './project-enums';
import { cleanText, requireNotFuture } from './project-input';
import { projectToday, toRagMilestones } from './project-rag.service';

export interface RecordMilestoneInput {
  projectId: number;
  kind: MilestoneKind;
  /** A missing key leaves the value as it is; null clears it. */
  plannedOn?: string | null;
  actualOn?: string | null;
  note?: string | null;
  /** The milestone's version as the client saw it; without it the last write wins. */
  version?: number | null;
}

/**
 * Records a milestone's planned and actual dates (creating it on first use). An actual date after
 * today (Asia/Shanghai) is VALIDATION, and so is a date that breaks signing <= start <= completion <=
 * production. Audited with the project, in the same transaction.
 */
export async function recordMilestone(
  ctx: ServiceContext,
  input: RecordMilestoneInput,
): Promise<MilestoneRow> {
  const viewer = requireProjectEditor(ctx.viewer);
  requireNotFuture(input.actualOn ?? null, projectToday(), 'actualOn');
  const note = input.note === undefined ? undefined : cleanText(input.note, 'note', 500);

  return ctx.db.transaction().execute(async (trx) => {
    const project = requireEditableProject(viewer, await lockProject(trx, input.projectId));
    const milestones = await lockMilestonesOfProject(trx, project.id);
    const current = milestones.find((m) => m.kind === input.kind);
    if (input.version != null && current?.version !== input.version) {
      throw new AppError('CONFLICT', 'The milestone was changed by someone else: reload it and try again', {
        details: { currentVersion: current?.version ?? null },
      });
    }
    const next = {
      projectId: project.id,
      kind: input.kind,
      plannedOn: input.plannedOn === undefined ? (current?.planned_on ?? null) : input.plannedOn,
      actualOn: input.actualOn === undefined ? (current?.actual_on ?? null) : input.actualOn,
      note: note === undefined ? (current?.note ?? null) : note,
    };
    const after = [
      ...toRagMilestones(milestones.filter((m) => m.kind !== input.kind)),
      { kind: input.kind, plannedOn: next.plannedOn, actualOn: next.actualOn },
    ];
    requireMilestoneOrder(after, input.kind);
    const saved = await upsertMilestone(trx, next);
    await insertAuditEntry(trx, {
      actorId: viewer.userId,
      entity: 'project',
      entityId: project.id,
      zoneId: project.zone_id,
      action: 'UPDATE',
      before: { milestone: current ?? { kind: input.kind } },
      after: { milestone: saved },
    });
    ctx.log.info({ projectId: project.id, kind: input.kind }, 'milestone recorded');
    return saved;
  });
}
