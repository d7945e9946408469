import type { ZoneKind } from '../../graphql/enums.ts';
import type { ZoneListItem } from '../../graphql/zones.ts';

export interface ZoneFilter {
  /** Matched, case-insensitively, against name, code and city. */
  search: string;
  kind: ZoneKind | '';
  accessibleOnly: boolean;
}

export const EMPTY_ZONE_FILTER: ZoneFilter = { search: '', kind: '', accessibleOnly: false };

/**
 * The zones that pass a filter, in their original order.
 *
 * @example
 * filterZones(zones, { search: '石家庄', kind: 'HIGH_TECH', accessibleOnly: false });
 */
export function filterZones(zones: readonly ZoneListItem[], filter: ZoneFilter): ZoneListItem[] {
  const needle = filter.search.trim().toLocaleLowerCase();
  return zones.filter((zone) => {
    if (filter.kind && zone.kind !== filter.kind) return false;
    if (filter.accessibleOnly && !zone.accessible) return false;
    if (!needle) return true;
    return [zone.name, zone.code, zone.city].some((value) => value?.toLocaleLowerCase().includes(needle));
  });
}

export function isFiltering(filter: ZoneFilter): boolean {
  return filter.search.trim() !== '' || filter.kind !== '' || filter.accessibleOnly;
}
