import { requireViewer, visibleZoneIds } from '../auth/viewer';
import type { ServiceContext } from '../context';
import type { FirmRow } from '../db/schema';
import { AppError } from '../errors';
import { orderById } from '../shared/batch-order';
import { findFirmsByIds } from './firm.repository';
import { findDuplicatePairs } from './firm-duplicates.repository';

export interface FirmDuplicateModel {
  first: FirmRow;
  second: FirmRow;
  similarity: number;
}

/**
 * Possible duplicates to review: pairs of live firms whose names, without legal forms and fillers
 * (有限公司, 集团, 科技...), are similar by pg_trgm. (Equal USCCs cannot occur among live firms: the
 * unique index forbids them, and imports match by USCC instead of creating.) Scoped to the firms of
 * one zone, or of the viewer's zones (all firms for an administrator).
 */
export async function listFirmDuplicates(
  ctx: ServiceContext,
  options: { zoneId?: number | undefined; first?: number | null | undefined },
): Promise<FirmDuplicateModel[]> {
  const viewer = requireViewer(ctx.viewer);
  const first = options.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > 200) {
    throw new AppError('VALIDATION', '"first" must be 1 to 200', { details: { field: 'first' } });
  }
  const pairs = await findDuplicatePairs(
    ctx.db,
    { zoneId: options.zoneId ?? null, zoneIds: visibleZoneIds(viewer) },
    first,
  );
  const ids = [...new Set(pairs.flatMap((p) => [p.first_id, p.second_id]))];
  const firms = new Map(
    orderById(ids, await findFirmsByIds(ctx.db, ids)).flatMap((f) => (f ? [[f.id, f]] : [])),
  );
  return pairs.flatMap((p) => {
    const a = firms.get(p.first_id);
    const b = firms.get(p.second_id);
    return a && b ? [{ first: a, second: b, similarity: p.similarity }] : [];
  });
}
