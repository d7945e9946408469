import { localSupplyRate } from '@lianzhao/graph';
import { requireViewer } from '../auth/viewer';
import type { ServiceContext } from '../context';
import type { FirmRow, SegmentRow } from '../db/schema';
import { AppError } from '../errors';
import { groupByKey, orderById } from '../shared/batch-order';
import { findFirmsByIds, findSegmentsOfFirms, findSuppliersOf } from './firm.repository';

// Firms and supply relations are shared reference data (DESIGN.md §2): readable by every signed-in user.

export async function firmsByIds(ctx: ServiceContext, ids: readonly number[]): Promise<(FirmRow | null)[]> {
  requireViewer(ctx.viewer);
  return orderById(ids, await findFirmsByIds(ctx.db, ids));
}

/** The segments of each firm (one statement for any number of firms). */
export async function segmentsOfFirms(
  ctx: ServiceContext,
  firmIds: readonly number[],
): Promise<SegmentRow[][]> {
  requireViewer(ctx.viewer);
  const rows = await findSegmentsOfFirms(ctx.db, firmIds);
  return groupByKey(firmIds, rows, (r) => r.firm_id).map((group) =>
    group.map(({ firm_id: _f, ...segment }) => segment),
  );
}

export interface SupplyNetworkModel {
  anchor: FirmRow;
  supplierCount: number;
  localSupplierCount: number;
  localSupplyRate: number | null;
  localSupplyRateByVolume: number | null;
  suppliers: { firmId: number; segmentId: number | null; local: boolean; annualVolume: number | null }[];
}

/** An anchor's suppliers, local or not, and its local supply rate (本地配套率) by count and by volume. */
export async function getSupplyNetwork(ctx: ServiceContext, anchorId: number): Promise<SupplyNetworkModel> {
  requireViewer(ctx.viewer);
  const [anchor] = await findFirmsByIds(ctx.db, [anchorId]);
  if (!anchor) throw new AppError('NOT_FOUND', 'No such firm', { details: { firmId: anchorId } });
  const rows = await findSuppliersOf(ctx.db, anchor.id);
  const rate = localSupplyRate({
    anchorId: anchor.id,
    firms: [
      { id: anchor.id, zoneId: anchor.zone_id },
      ...rows.map((r) => ({ id: r.supplier_id, zoneId: r.supplier_zone_id })),
    ],
    supplies: rows.map((r) => ({ supplierId: r.supplier_id, buyerId: anchor.id, volume: r.annual_volume })),
  });
  return {
    anchor,
    supplierCount: rate.byCount.total,
    localSupplierCount: rate.byCount.local,
    localSupplyRate: rate.byCount.rate,
    localSupplyRateByVolume: rate.byVolume?.rate ?? null,
    suppliers: rows.map((r) => ({
      firmId: r.supplier_id,
      segmentId: r.segment_id,
      local: anchor.zone_id !== null && r.supplier_zone_id === anchor.zone_id,
      annualVolume: r.annual_volume,
    })),
  };
}
