import { requireViewer, requireZoneAccess, visibleZoneIds } from '../auth/viewer';
import type { ServiceContext } from '../context';
import type { ZoneRow } from '../db/schema';
import { AppError } from '../errors';
import { findZonesByIds } from '../zones/zone.repository';
import { findBatches, findUserNames, type ImportBatchRow } from './import.repository';
import type { ImportKind } from './import-kind';

/** An import batch as the history lists it. */
export interface ImportBatchModel {
  id: number;
  kind: ImportKind;
  fileName: string;
  zone: ZoneRow | null;
  createdByName: string | null;
  createdAt: Date;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  firmsCreated: number;
  undoneAt: Date | null;
  undoneByName: string | null;
}

/** The import history of the zones the viewer may see, newest first. */
export async function listImportBatches(
  ctx: ServiceContext,
  options: { zoneId?: number | undefined; first?: number | null | undefined },
): Promise<ImportBatchModel[]> {
  const viewer = requireViewer(ctx.viewer);
  if (options.zoneId !== undefined) requireZoneAccess(viewer, options.zoneId);
  const first = options.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > 200) {
    throw new AppError('VALIDATION', '"first" must be 1 to 200', { details: { field: 'first' } });
  }
  const zoneIds = options.zoneId !== undefined ? [options.zoneId] : visibleZoneIds(viewer);
  return toModels(ctx, await findBatches(ctx.db, zoneIds, first));
}

export async function toModels(ctx: ServiceContext, rows: ImportBatchRow[]): Promise<ImportBatchModel[]> {
  const userIds = rows
    .flatMap((r) => [r.created_by_id, r.undone_by_id])
    .filter((id): id is number => id !== null);
  const names = new Map(
    (await findUserNames(ctx.db, [...new Set(userIds)])).map((u) => [u.id, u.display_name]),
  );
  const zoneIds = [...new Set(rows.flatMap((r) => (r.zone_id === null ? [] : [r.zone_id])))];
  const zones = new Map((await findZonesByIds(ctx.db, zoneIds)).map((z) => [z.id, z]));
  return rows.map((r) => {
    const counts = (typeof r.counts === 'string' ? JSON.parse(r.counts) : r.counts) as Record<string, number>;
    return {
      id: r.id,
      kind: r.kind as ImportKind,
      fileName: r.file_name,
      zone: r.zone_id === null ? null : (zones.get(r.zone_id) ?? null),
      createdByName: r.created_by_id === null ? null : (names.get(r.created_by_id) ?? null),
      createdAt: r.created_at,
      rowCount: r.row_count,
      created: counts.created ?? 0,
      updated: counts.updated ?? 0,
      unchanged: counts.unchanged ?? 0,
      firmsCreated: counts.firmsCreated ?? 0,
      undoneAt: r.undone_at,
      undoneByName: r.undone_by_id === null ? null : (names.get(r.undone_by_id) ?? null),
    };
  });
}
