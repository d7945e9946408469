import type { SupplierLink, SupplySegment } from '../../graphql/supply-network.ts';

/** The suppliers of one segment, or of none (`segment: null`), as the list shows them. */
export interface SupplierGroup {
  /** A stable key for `{#each}`: the segment's id, or `none`. */
  key: string;
  segment: SupplySegment | null;
  /** Local first, then by annual volume (largest first, unknown last), then by name. */
  suppliers: SupplierLink[];
  localCount: number;
  /** The sum of the known annual volumes, 万元. */
  knownVolume: number;
}

/**
 * Local suppliers before outside ones, then the larger annual volume (unknown last), then by name.
 * Use with `Array.prototype.sort`.
 */
export function compareSuppliers(a: SupplierLink, b: SupplierLink): number {
  return (
    Number(b.local) - Number(a.local) ||
    (b.annualVolume ?? -1) - (a.annualVolume ?? -1) ||
    a.firm.name.localeCompare(b.firm.name, 'zh-CN') ||
    a.firm.id.localeCompare(b.firm.id)
  );
}

/**
 * Groups an anchor's supply relations by segment. Groups with more known volume come first, then
 * those with more suppliers, then by segment id; the relations without a segment come last.
 *
 * @example
 * groupSuppliersBySegment(network.suppliers).map((g) => g.segment?.name ?? '—');
 * // ['正极材料', '电解液', '—']
 */
export function groupSuppliersBySegment(links: readonly SupplierLink[]): SupplierGroup[] {
  const groups = new Map<string, SupplierGroup>();
  for (const link of links) {
    const key = link.segment ? link.segment.id : 'none';
    let group = groups.get(key);
    if (!group) {
      group = { key, segment: link.segment, suppliers: [], localCount: 0, knownVolume: 0 };
      groups.set(key, group);
    }
    group.suppliers.push(link);
    if (link.local) group.localCount += 1;
    group.knownVolume += link.annualVolume ?? 0;
  }
  for (const group of groups.values()) group.suppliers.sort(compareSuppliers);
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.segment === null) - Number(b.segment === null) ||
      b.knownVolume - a.knownVolume ||
      b.suppliers.length - a.suppliers.length ||
      a.key.localeCompare(b.key, 'en', { numeric: true }),
  );
}

/** What the volume-based rate is computed from: the known annual volumes, 万元. */
export interface VolumeSummary {
  local: number;
  total: number;
  /** How many relations have a known volume. */
  knownCount: number;
}

/**
 * Sums the known annual volumes of an anchor's supply relations, local and in all: the facts
 * behind `localSupplyRateByVolume`, to show next to it.
 */
export function summariseVolume(links: readonly SupplierLink[]): VolumeSummary {
  const summary: VolumeSummary = { local: 0, total: 0, knownCount: 0 };
  for (const link of links) {
    if (link.annualVolume === null) continue;
    summary.total += link.annualVolume;
    summary.knownCount += 1;
    if (link.local) summary.local += link.annualVolume;
  }
  return summary;
}
