import { insertAuditEntry } from '../audit/audit.repository';
import type { ServiceContext } from '../context';
import type { LeadRow } from '../db/schema';
import { upsertMilestone } from '../projects/milestone.repository';
import { insertProject, type ProjectRow, replaceProjectSegments } from '../projects/project.repository';
import { projectToday } from '../projects/project-rag.service';
import { isUniqueViolation } from '../shared/pg-errors';
import { findOpenLeadForFirm, findSegmentIdsOfLeads } from './lead.repository';
import { duplicateLead, requireLeadEditor, staleLead, visibleLead } from './lead-access';
import { invalid, NOTE_MAX, optionalText, REASON_MAX } from './lead-input';
import { judgeMove, type LeadStage, refusalMessage } from './lead-stage-rules';
import { insertStageChange, lockLead, updateLeadAtVersion } from './lead-write.repository';

export interface MoveLeadInput {
  stage: LeadStage;
  lostReason?: string | null | undefined;
  note?: string | null | undefined;
}

/**
 * Moves a lead to another stage under the rules of lead-stage-rules.ts, all in one transaction: the
 * versioned update, its lead_stage_change row, its audit entry and, for SIGNED, the project with its
 * SIGNED milestone done today (Asia/Shanghai). A refused move is VALIDATION and writes nothing.
 */
export async function moveLead(
  ctx: ServiceContext,
  id: number,
  version: number,
  input: MoveLeadInput,
): Promise<{ lead: LeadRow; project: ProjectRow | null }> {
  const viewer = requireLeadEditor(ctx.viewer);
  const lostReason = optionalText(input.lostReason, 'lostReason', REASON_MAX);
  const note = optionalText(input.note, 'note', NOTE_MAX);

  return ctx.db.transaction().execute(async (trx) => {
    const current = visibleLead(viewer, await lockLead(trx, id));
    if (current.version !== version) throw staleLead(current);
    const from = current.stage as LeadStage;
    const verdict = judgeMove(from, input.stage, input.stage === 'LOST' ? lostReason : null);
    if (!verdict.ok) {
      throw invalid(
        verdict.reason === 'REASON_REQUIRED' ? 'lostReason' : 'stage',
        refusalMessage(from, input.stage, verdict.reason),
      );
    }
    if (verdict.reopens) {
      const other = await findOpenLeadForFirm(trx, current.zone_id, current.firm_id, id);
      if (other) throw duplicateLead(other.id);
    }
    const updated = await updateLeadAtVersion(trx, id, version, {
      stage: input.stage,
      // A lost lead keeps its reason; reopening clears it (the stage history keeps it).
      lost_reason: input.stage === 'LOST' ? lostReason : null,
    }).catch((error: unknown) => {
      if (isUniqueViolation(error, 'lead_open_firm_key')) throw duplicateLead(null);
      throw error;
    });
    if (!updated) throw staleLead(current); // unreachable while the row is locked; kept as a guard
    const stageNote = input.stage === 'LOST' ? lostReason : note;
    await insertStageChange(trx, {
      leadId: id,
      from,
      to: input.stage,
      actorId: viewer.userId,
      note: stageNote,
    });

    let project: ProjectRow | null = null;
    if (verdict.createsProject) {
      project = await insertProject(trx, {
        zone_id: current.zone_id,
        firm_id: current.firm_id,
        lead_id: current.id,
        name: current.title,
        total_investment: current.planned_investment,
        created_by_id: viewer.userId,
      });
      const segmentIds = (await findSegmentIdsOfLeads(trx, [id])).map((r) => r.segment_id);
      await replaceProjectSegments(trx, project.id, segmentIds);
      // The other milestones are created by the projects module when first planned or recorded.
      await upsertMilestone(trx, {
        projectId: project.id,
        kind: 'SIGNED',
        plannedOn: null,
        actualOn: projectToday(),
        note: null,
      });
      await insertAuditEntry(trx, {
        actorId: viewer.userId,
        entity: 'project',
        entityId: project.id,
        zoneId: project.zone_id,
        action: 'CREATE',
        before: null,
        after: { ...project, segmentIds },
      });
    }
    await insertAuditEntry(trx, {
      actorId: viewer.userId,
      entity: 'lead',
      entityId: id,
      zoneId: current.zone_id,
      action: 'MOVE',
      before: { stage: from, lost_reason: current.lost_reason },
      after: {
        stage: input.stage,
        lost_reason: updated.lost_reason,
        ...(stageNote ? { note: stageNote } : {}),
      },
    });
    ctx.log.info({ leadId: id, from, to: input.stage, projectId: project?.id }, 'lead moved');
    return { lead: updated, project };
  });
}
