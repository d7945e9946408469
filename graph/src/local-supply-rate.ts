import { UnknownFirmError } from './errors.ts';
import { buildSupplyGraph } from './supply-graph.ts';
import type { FirmInput, SupplyInput } from './types.ts';

export interface SupplyShare {
  local: number;
  total: number;
  /** local / total; null when there is nothing to divide by, or the anchor has no zone. */
  rate: number | null;
}

export interface VolumeShare extends SupplyShare {
  /** Suppliers with at least one known volume: what `total` (万元) actually covers. */
  suppliersWithVolume: number;
}

export interface LocalSupplyRate {
  /** Distinct suppliers of the anchor, and those located in its zone. */
  byCount: SupplyShare;
  /** Annual volumes (万元); null when no supply to the anchor has a known volume. */
  byVolume: VolumeShare | null;
}

export interface LocalSupplyRateInput {
  anchorId: number;
  /** The anchor and its suppliers; only `id` and `zoneId` are read. */
  firms: readonly Pick<FirmInput, 'id' | 'zoneId'>[];
  supplies: readonly SupplyInput[];
}

/**
 * 本地配套率: the share of an anchor's suppliers located in the anchor's zone.
 *
 * By count, each distinct supplier counts once. By volume, partial data is used rather than thrown
 * away: only supply rows with a known volume are summed (a supplier with several rows contributes
 * its known ones), `suppliersWithVolume` says how many suppliers that covers, and `byVolume` is null
 * only when no row to the anchor has a volume. The UI should show that coverage next to the rate.
 *
 * A supplier absent from `firms` counts as not local (its location is unknown), but still counts in
 * the totals: it is a supplier all the same. An anchor outside every zone has rate null.
 *
 * @example
 * localSupplyRate({
 *   anchorId: 1,
 *   firms: [{ id: 1, zoneId: 5 }, { id: 2, zoneId: 5 }, { id: 3, zoneId: null }],
 *   supplies: [{ supplierId: 2, buyerId: 1, volume: 300 }, { supplierId: 3, buyerId: 1, volume: 100 }],
 * });
 * // { byCount: { local: 1, total: 2, rate: 0.5 },
 * //   byVolume: { local: 300, total: 400, rate: 0.75, suppliersWithVolume: 2 } }
 */
export function localSupplyRate(input: LocalSupplyRateInput): LocalSupplyRate {
  const zoneOf = new Map(input.firms.map((firm) => [firm.id, firm.zoneId]));
  if (!zoneOf.has(input.anchorId)) throw new UnknownFirmError(input.anchorId);
  const anchorZone = zoneOf.get(input.anchorId) ?? null;

  const graph = buildSupplyGraph(input.supplies, (supply) => supply.buyerId === input.anchorId);
  const anchorKey = String(input.anchorId);
  const suppliers = graph.hasNode(anchorKey) ? graph.inNeighbors(anchorKey) : [];

  let localCount = 0;
  let localVolume = 0;
  let totalVolume = 0;
  let suppliersWithVolume = 0;
  for (const supplierKey of suppliers) {
    const supplierZone = zoneOf.get(Number(supplierKey)) ?? null;
    const isLocal = anchorZone !== null && supplierZone === anchorZone;
    const edge = graph.getEdgeAttributes(supplierKey, anchorKey);
    if (isLocal) localCount++;
    if (edge.relationsWithVolume > 0) {
      suppliersWithVolume++;
      totalVolume += edge.knownVolume;
      if (isLocal) localVolume += edge.knownVolume;
    }
  }

  return {
    byCount: share(localCount, suppliers.length, anchorZone),
    byVolume:
      suppliersWithVolume === 0
        ? null
        : { ...share(localVolume, totalVolume, anchorZone), suppliersWithVolume },
  };
}

function share(local: number, total: number, anchorZone: number | null): SupplyShare {
  return { local, total, rate: anchorZone === null || total === 0 ? null : local / total };
}
