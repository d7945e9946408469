import { describe, expect, it } from 'vitest';
import {
  chainAfterZoneChange,
  chainMapHref,
  groupChainOptions,
  parseMapQuery,
  resolveSelection,
  type ZoneOption,
} from './chain-map-selection.ts';

const zone = (id: string, chainIds: string[], accessible = true): ZoneOption => ({
  id,
  name: `zone ${id}`,
  accessible,
  chains: chainIds.map((chainId) => ({ id: chainId })),
});

const zones = [zone('1', ['1', '2', '3']), zone('2', ['2', '4']), zone('3', ['1'], false), zone('4', [])];
const chains = [{ id: '1' }, { id: '2' }, { id: '3' }, { id: '4' }];
const query = (search: string) => parseMapQuery(new URLSearchParams(search));

describe('parseMapQuery and chainMapHref', () => {
  it('reads zone, chain and view, defaulting to the map', () => {
    expect(query('zone=1&chain=2&view=gaps')).toEqual({ zoneId: '1', chainId: '2', view: 'gaps' });
    expect(query('view=other')).toEqual({ zoneId: undefined, chainId: undefined, view: 'map' });
  });

  it('writes the map view without a view parameter', () => {
    expect(chainMapHref({ zoneId: '1', chainId: '2', view: 'map' })).toBe('/chain-map?zone=1&chain=2');
    expect(chainMapHref({ zoneId: '1', chainId: '2', view: 'gaps' })).toBe(
      '/chain-map?zone=1&chain=2&view=gaps',
    );
    expect(chainMapHref({ zoneId: undefined, chainId: undefined, view: 'map' })).toBe('/chain-map');
  });
});

describe('resolveSelection', () => {
  it('starts at the user’s own zone and its first chain', () => {
    expect(resolveSelection(zones, chains, query(''), '2')).toEqual({
      zoneId: '2',
      chainId: '2',
      zoneRejected: false,
      chainRejected: false,
    });
  });

  it('falls back to the first accessible zone for province-level users', () => {
    expect(resolveSelection(zones, chains, query(''), undefined).zoneId).toBe('1');
  });

  it('keeps a chain the zone does not pursue when the link names it', () => {
    expect(resolveSelection(zones, chains, query('zone=1&chain=4'), '1').chainId).toBe('4');
  });

  it('refuses a zone the user may not open, and says so', () => {
    const selection = resolveSelection(zones, chains, query('zone=3&chain=1'), '2');
    expect(selection).toMatchObject({ zoneId: '2', chainId: '1', zoneRejected: true });
  });

  it('replaces a chain that does not exist with the zone’s first', () => {
    expect(resolveSelection(zones, chains, query('zone=1&chain=99'), '1')).toMatchObject({
      chainId: '1',
      chainRejected: true,
    });
  });

  it('chooses no chain for a zone that pursues none', () => {
    expect(resolveSelection(zones, chains, query('zone=4'), '1').chainId).toBeUndefined();
  });

  it('chooses nothing when no zone is accessible', () => {
    const selection = resolveSelection([zone('3', ['1'], false)], chains, query(''), undefined);
    expect(selection.zoneId).toBeUndefined();
    expect(selection.chainId).toBeUndefined();
  });
});

describe('chainAfterZoneChange', () => {
  it('keeps the chain when the new zone pursues it, else takes the new zone’s first', () => {
    expect(chainAfterZoneChange(zone('2', ['2', '4']), '2')).toBe('2');
    expect(chainAfterZoneChange(zone('2', ['2', '4']), '1')).toBe('2');
    expect(chainAfterZoneChange(zone('4', []), '1')).toBe('1');
  });
});

describe('groupChainOptions', () => {
  it('lists the zone’s chains first, in the zone’s order, then the rest', () => {
    const grouped = groupChainOptions(chains, zone('2', ['4', '2']));
    expect(grouped.zoneChains.map((c) => c.id)).toEqual(['4', '2']);
    expect(grouped.otherChains.map((c) => c.id)).toEqual(['1', '3']);
  });
});
