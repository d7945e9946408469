import { requireViewer } from '../auth/viewer';
import type { ServiceContext } from '../context';
import type { ZoneRow } from '../db/schema';
import { groupByKey, orderById } from '../shared/batch-order';
import { findZoneById, findZoneChainIds, findZonesByIds, listAllZones } from './zone.repository';

// Zones are reference data: every signed-in user sees the list (the product compares zones).
// Their leads, projects and figures are what zone scoping protects, in those services.

export function listZones(ctx: ServiceContext): Promise<ZoneRow[]> {
  requireViewer(ctx.viewer);
  return listAllZones(ctx.db);
}

export async function getZone(ctx: ServiceContext, id: number): Promise<ZoneRow | null> {
  requireViewer(ctx.viewer);
  return (await findZoneById(ctx.db, id)) ?? null;
}

/** The chain ids each zone pursues, in the order of `zoneIds` (a batch for DataLoader). */
export async function chainIdsOfZones(ctx: ServiceContext, zoneIds: readonly number[]): Promise<number[][]> {
  requireViewer(ctx.viewer);
  const rows = await findZoneChainIds(ctx.db, zoneIds);
  return groupByKey(zoneIds, rows, (r) => r.zone_id).map((group) => group.map((r) => r.chain_id));
}

export async function zonesByIds(ctx: ServiceContext, ids: readonly number[]): Promise<(ZoneRow | null)[]> {
  requireViewer(ctx.viewer);
  return orderById(ids, await findZonesByIds(ctx.db, ids));
}
