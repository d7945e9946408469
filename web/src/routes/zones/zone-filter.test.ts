import { describe, expect, it } from 'vitest';
import type { ZoneListItem } from '../../graphql/zones.ts';
import { EMPTY_ZONE_FILTER, filterZones, isFiltering } from './zone-filter.ts';

function zone(overrides: Partial<ZoneListItem> & { id: string }): ZoneListItem {
  return {
    code: null,
    name: `开发区${overrides.id}`,
    kind: 'HIGH_TECH',
    level: 'NATIONAL',
    city: null,
    accessible: false,
    chains: [],
    ...overrides,
  };
}

const zones = [
  zone({ id: '1', code: '130171', name: '石家庄高新技术产业开发区', city: '石家庄市', accessible: true }),
  zone({ id: '2', code: '130273', name: '唐山高新技术产业开发区', city: '唐山市', kind: 'HIGH_TECH' }),
  zone({ id: '3', code: null, name: 'Caofeidian Bonded Zone', city: '唐山市', kind: 'BONDED' }),
];
const ids = (list: ZoneListItem[]) => list.map((z) => z.id);

describe('filterZones', () => {
  it('keeps every zone, in order, without a filter', () => {
    expect(ids(filterZones(zones, EMPTY_ZONE_FILTER))).toEqual(['1', '2', '3']);
  });

  it('matches the search against name, code and city, ignoring case and spaces around it', () => {
    expect(ids(filterZones(zones, { ...EMPTY_ZONE_FILTER, search: ' 唐山 ' }))).toEqual(['2', '3']);
    expect(ids(filterZones(zones, { ...EMPTY_ZONE_FILTER, search: '130171' }))).toEqual(['1']);
    expect(ids(filterZones(zones, { ...EMPTY_ZONE_FILTER, search: 'caofeidian' }))).toEqual(['3']);
  });

  it('combines kind, access and search', () => {
    expect(ids(filterZones(zones, { search: '', kind: 'BONDED', accessibleOnly: false }))).toEqual(['3']);
    expect(ids(filterZones(zones, { search: '高新', kind: 'HIGH_TECH', accessibleOnly: true }))).toEqual([
      '1',
    ]);
  });
});

describe('isFiltering', () => {
  it('is false only for the empty filter (a blank search counts as none)', () => {
    expect(isFiltering(EMPTY_ZONE_FILTER)).toBe(false);
    expect(isFiltering({ ...EMPTY_ZONE_FILTER, search: '  ' })).toBe(false);
    expect(isFiltering({ ...EMPTY_ZONE_FILTER, accessibleOnly: true })).toBe(true);
  });
});
