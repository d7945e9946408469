import { insertAuditEntry } from '../audit/audit.repository';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { lockReportForWeek, type ProgressReportRow, upsertReport } from './progress-report.repository';
import { lockProject } from './project.repository';
import { requireEditableProject, requireProjectEditor } from './project-access';
import { cleanText } from './project-input';
import { projectToday } from './project-rag.service';
import { isIsoWeek, isoWeekOf } from './rag';

export interface SubmitProgressReportInput {
  projectId: number;
  /** Default: the current ISO week in the Asia/Shanghai calendar. */
  isoWeek?: string | null;
  progressPercent?: number | null;
  progress?: string | null;
  problems?: string | null;
  supportNeeded?: string | null;
}

const MAX_TEXT = 2000;

/**
 * Writes the project's progress report (调度) for an ISO week, authored by the viewer. One report per
 * project and week: a second submission for the same week updates the first (and its version), it
 * does not add a row. A week after the current one is VALIDATION; late reports for past weeks are
 * welcome. Text is stored as typed. Audited with the project, in the same transaction.
 */
export async function submitProgressReport(
  ctx: ServiceContext,
  input: SubmitProgressReportInput,
): Promise<ProgressReportRow> {
  const viewer = requireProjectEditor(ctx.viewer);
  const currentWeek = isoWeekOf(projectToday());
  const isoWeek = input.isoWeek?.trim() || currentWeek;
  if (!isIsoWeek(isoWeek)) {
    throw new AppError('VALIDATION', 'isoWeek must be a week like 2026-W48', {
      details: { field: 'isoWeek' },
    });
  }
  if (isoWeek > currentWeek) {
    throw new AppError('VALIDATION', `Reports cannot be for a future week (this is ${currentWeek})`, {
      details: { field: 'isoWeek' },
    });
  }
  const percent = input.progressPercent ?? null;
  if (percent !== null && !(Number.isFinite(percent) && percent >= 0 && percent <= 100)) {
    throw new AppError('VALIDATION', 'progressPercent must be 0 to 100', {
      details: { field: 'progressPercent' },
    });
  }
  const text = (value: string | null | undefined, field: string) =>
    cleanText(value ?? null, field, MAX_TEXT) ?? '';
  const report = {
    isoWeek,
    progressPercent: percent,
    progress: text(input.progress, 'progress'),
    problems: text(input.problems, 'problems'),
    supportNeeded: text(input.supportNeeded, 'supportNeeded'),
    authorId: viewer.userId,
  };

  return ctx.db.transaction().execute(async (trx) => {
    const project = requireEditableProject(viewer, await lockProject(trx, input.projectId));
    // The project lock serialises writers of this project, so the read and the upsert agree.
    const before = await lockReportForWeek(trx, project.id, isoWeek);
    const saved = await upsertReport(trx, { ...report, projectId: project.id });
    await insertAuditEntry(trx, {
      actorId: viewer.userId,
      entity: 'project',
      entityId: project.id,
      zoneId: project.zone_id,
      action: 'UPDATE',
      before: { progressReport: before ?? null },
      after: { progressReport: saved },
    });
    ctx.log.info({ projectId: project.id, isoWeek, updated: Boolean(before) }, 'progress report saved');
    return saved;
  });
}
