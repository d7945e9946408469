import { insertAuditEntry } from '../audit/audit.repository';
import { findSegmentsByIds } from '../chains/chain.repository';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { findUsersByIds } from '../users/user.repository';
import {
  findSegmentIdsOfProjects,
  lockProject,
  type ProjectRow,
  replaceProjectSegments,
  updateProjectAtVersion,
} from './project.repository';
import { requireEditableProject, requireProjectEditor } from './project-access';
import { type ProjectPatch, projectChangesOf } from './project-input';

export interface UpdateProjectInput extends ProjectPatch {
  /** Replaces the segments the project fills; missing leaves them. */
  segmentIds?: number[] | null;
}

/**
 * Changes a project's fields when the client saw its current `version` (optimistic concurrency): a
 * stale version is a CONFLICT carrying the current version and when it changed, and changes nothing.
 * The row is locked, changed and audited (before and after) in one transaction.
 */
export async function updateProject(
  ctx: ServiceContext,
  id: number,
  version: number,
  input: UpdateProjectInput,
): Promise<ProjectRow> {
  const viewer = requireProjectEditor(ctx.viewer);
  const segmentIds = input.segmentIds === undefined ? undefined : [...new Set(input.segmentIds ?? [])];
  if (segmentIds && (await findSegmentsByIds(ctx.db, segmentIds)).length !== segmentIds.length) {
    throw new AppError('VALIDATION', 'Unknown segment', { details: { field: 'segmentIds' } });
  }
  if (input.accountableLeaderId != null) await requireLeaderUser(ctx, input.accountableLeaderId);

  return ctx.db.transaction().execute(async (trx) => {
    const current = requireEditableProject(viewer, await lockProject(trx, id));
    if (current.version !== version) throw staleVersion(current);
    const changes = projectChangesOf(input, current);
    const updated = await updateProjectAtVersion(trx, id, version, changes);
    if (!updated) throw staleVersion(current); // unreachable while the row is locked; kept as a guard
    let segmentsBefore: number[] | undefined;
    if (segmentIds) {
      segmentsBefore = (await findSegmentIdsOfProjects(trx, [id])).map((r) => r.segment_id);
      await replaceProjectSegments(trx, id, segmentIds);
    }
    await insertAuditEntry(trx, {
      actorId: viewer.userId,
      entity: 'project',
      entityId: id,
      zoneId: current.zone_id,
      action: 'UPDATE',
      before: segmentIds ? { ...current, segmentIds: segmentsBefore } : current,
      after: segmentIds ? { ...updated, segmentIds } : updated,
    });
    ctx.log.info({ projectId: id, version: updated.version }, 'project updated');
    return updated;
  });
}

function staleVersion(current: ProjectRow): AppError {
  return new AppError('CONFLICT', 'The project was changed by someone else: reload it and try again', {
    details: { currentVersion: current.version, updatedAt: current.updated_at.toISOString() },
  });
}

/** An accountable leader who has an account must be an active LEADER user. */
async function requireLeaderUser(ctx: ServiceContext, userId: number): Promise<void> {
  const [user] = await findUsersByIds(ctx.db, [userId]);
  if (user?.role !== 'LEADER' || user.disabled_at) {
    throw new AppError('VALIDATION', 'The accountable leader must be an active LEADER user', {
      details: { field: 'accountableLeaderId' },
    });
  }
}
