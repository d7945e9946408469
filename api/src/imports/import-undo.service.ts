import { requireRole, requireWriteAccess } from '../auth/viewer';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import type { ImportEntity } from './change-recorder';
import { findBatchChanges, type ImportBatchRow, lockBatch, markBatchUndone } from './import.repository';
import {
  type CurrentRecord,
  countOtherUsesOfFirm,
  deleteSupply,
  findCurrent,
  RESTORED_COLUMNS,
  removeSegments,
  restoreColumns,
  softDelete,
} from './import-undo.repository';

interface Conflict {
  entity: ImportEntity;
  id: string;
  name: string;
  reason: string;
}

/**
 * Reverts an import (administrators only): what it created is deleted (soft, for firms, leads and
 * projects), what it updated gets its former values back, in one audited transaction. Refused with a
 * CONFLICT naming the records when any of them changed since the import (or, for a created firm,
 * when something else now uses it), so that undo never destroys later work.
 */
export async function undoImport(ctx: ServiceContext, batchId: number): Promise<ImportBatchRow> {
  const viewer = requireRole(requireWriteAccess(ctx.viewer), 'ADMIN');
  return ctx.db.transaction().execute(async (trx) => {
    const batch = await lockBatch(trx, batchId);
    if (!batch) throw new AppError('NOT_FOUND', 'No such import');
    if (batch.undone_at) throw new AppError('CONFLICT', 'This import has already been undone');
    const changes = await findBatchChanges(trx, batchId);
    const created = { lead: [] as number[], project: [] as number[], supply: [] as number[] };
    for (const c of changes) {
      if (c.action === 'CREATE' && c.entity in created)
        created[c.entity as keyof typeof created].push(c.entity_id);
    }

    const conflicts: Conflict[] = [];
    const current = new Map<number, CurrentRecord | undefined>();
    for (const change of changes) {
      const entity = change.entity as ImportEntity;
      const after = asRecord(change.after);
      const row = await findCurrent(trx, entity, change.entity_id);
      current.set(change.id, row);
      const reason = changedSince(entity, after, row);
      if (reason) conflicts.push(conflictOf(entity, change.entity_id, after, reason));
      else if (entity === 'firm' && change.action === 'CREATE') {
        if ((await countOtherUsesOfFirm(trx, change.entity_id, created)) > 0) {
          conflicts.push(
            conflictOf(entity, change.entity_id, after, 'now used by other leads, projects or supplies'),
          );
        }
      }
    }
    if (conflicts.length) {
      const names = conflicts.slice(0, 5).map((c) => `${c.entity} "${c.name}" (${c.reason})`);
      throw new AppError(
        'CONFLICT',
        `The import cannot be undone: ${names.join('; ')}${conflicts.length > 5 ? ` and ${conflicts.length - 5} more` : ''}`,
        { details: { conflicts: conflicts.slice(0, 100) } },
      );
    }

    for (const change of changes) {
      const entity = change.entity as ImportEntity;
      const after = asRecord(change.after);
      const before = change.before === null ? null : asRecord(change.before);
      if (change.action === 'CREATE') {
        if (entity === 'supply') await deleteSupply(trx, change.entity_id);
        else await softDelete(trx, entity, change.entity_id);
      } else if (before) {
        await restoreColumns(trx, entity, change.entity_id, before);
        await removeSegments(
          trx,
          entity,
          change.entity_id,
          (after.addedSegmentIds as number[] | undefined) ?? [],
        );
        if (entity === 'lead' && before.stage !== after.stage) {
          await trx
            .insertInto('lead_stage_change')
            .values({
              lead_id: change.entity_id,
              from_stage: String(after.stage),
              to_stage: String(before.stage),
              changed_by_id: viewer.userId,
              note: 'import undone',
            })
            .execute();
        }
      }
      await trx
        .insertInto('audit_entry')
        .values({
          actor_id: viewer.userId,
          entity,
          entity_id: change.entity_id,
          zone_id: typeof after.zone_id === 'number' ? after.zone_id : null,
          action: change.action === 'CREATE' ? 'DELETE' : 'UPDATE',
          before: JSON.stringify(current.get(change.id) ?? null),
          after: JSON.stringify({ ...(before ?? {}), undoneImportBatchId: batchId }),
        })
        .execute();
    }
    ctx.log.info({ batchId, changes: changes.length }, 'import undone');
    return markBatchUndone(trx, batchId, viewer.userId);
  });
}

function asRecord(value: unknown): Record<string, unknown> {
  return (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>;
}

/** Why a record cannot be reverted: gone, or edited after the import. Null when it can. */
function changedSince(
  entity: ImportEntity,
  after: Record<string, unknown>,
  row: CurrentRecord | undefined,
): string | null {
  if (!row || ('deleted_at' in row && row.deleted_at !== null)) return 'deleted since';
  if (entity === 'supply') {
    const same = RESTORED_COLUMNS.supply.every(
      (c) => Number(row[c] ?? -1) === Number(after[c] ?? -1) || row[c] === after[c],
    );
    return same ? null : 'changed since';
  }
  return Number(row.version) === Number(after.version) ? null : 'changed since';
}

function conflictOf(
  entity: ImportEntity,
  id: number,
  after: Record<string, unknown>,
  reason: string,
): Conflict {
  const name = String(after.name ?? after.title ?? `#${id}`);
  return { entity, id: String(id), name, reason };
}
