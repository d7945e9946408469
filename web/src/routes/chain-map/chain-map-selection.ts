/** The chain map's two views: the layered diagram and the gap list. */
export type MapView = 'map' | 'gaps';

/** What the URL asks for: `/chain-map?zone=1&chain=2&view=gaps`. */
export interface MapQuery {
  zoneId: string | undefined;
  chainId: string | undefined;
  view: MapView;
}

export interface ZoneOption {
  id: string;
  name: string;
  accessible: boolean;
  chains: { id: string }[];
}

export interface ChainOption {
  id: string;
}

export interface MapSelection {
  zoneId: string | undefined;
  chainId: string | undefined;
  /** The URL named a zone the user may not open (or that does not exist); another was chosen. */
  zoneRejected: boolean;
  /** The URL named a chain that does not exist; another was chosen. */
  chainRejected: boolean;
}

export function parseMapQuery(query: URLSearchParams): MapQuery {
  return {
    zoneId: query.get('zone') || undefined,
    chainId: query.get('chain') || undefined,
    view: query.get('view') === 'gaps' ? 'gaps' : 'map',
  };
}

/**
 * The link to a chain map; the map view is the default and left out.
 *
 * @example
 * chainMapHref({ zoneId: '1', chainId: '2', view: 'gaps' }); // '/chain-map?zone=1&chain=2&view=gaps'
 */
export function chainMapHref(query: MapQuery): string {
  const params = new URLSearchParams();
  if (query.zoneId) params.set('zone', query.zoneId);
  if (query.chainId) params.set('chain', query.chainId);
  if (query.view !== 'map') params.set('view', query.view);
  const search = params.toString();
  return search ? `/chain-map?${search}` : '/chain-map';
}

/**
 * Which zone and chain to show. Only accessible zones can be chosen; without a (usable) zone in the
 * URL it is the user's own zone, else the first accessible one. Without a chain it is the zone's
 * first chain (主导产业), else none: the user picks one.
 *
 * @example
 * resolveSelection(zones, chains, { zoneId: undefined, chainId: undefined, view: 'map' }, '1');
 * // { zoneId: '1', chainId: '1', zoneRejected: false, chainRejected: false }
 */
export function resolveSelection(
  zones: readonly ZoneOption[],
  chains: readonly ChainOption[],
  query: MapQuery,
  ownZoneId: string | undefined,
): MapSelection {
  const accessible = zones.filter((zone) => zone.accessible);
  const requested = query.zoneId ? accessible.find((zone) => zone.id === query.zoneId) : undefined;
  const zone = requested ?? accessible.find((z) => z.id === ownZoneId) ?? accessible[0];
  const chainExists = query.chainId !== undefined && chains.some((chain) => chain.id === query.chainId);
  return {
    zoneId: zone?.id,
    chainId: chainExists ? query.chainId : zone?.chains[0]?.id,
    zoneRejected: query.zoneId !== undefined && !requested,
    chainRejected: query.chainId !== undefined && !chainExists,
  };
}

/**
 * The chain to show after switching zones: the current one when the new zone pursues it too,
 * otherwise the new zone's first chain (or, when it pursues none, the current one).
 */
export function chainAfterZoneChange(
  zone: ZoneOption,
  currentChainId: string | undefined,
): string | undefined {
  if (currentChainId && zone.chains.some((chain) => chain.id === currentChainId)) return currentChainId;
  return zone.chains[0]?.id ?? currentChainId;
}

/**
 * Splits the chain list for the picker: the zone's own chains first (in the zone's order), then
 * the others (in the list's order).
 */
export function groupChainOptions<C extends ChainOption>(
  chains: readonly C[],
  zone: ZoneOption | undefined,
): { zoneChains: C[]; otherChains: C[] } {
  const byId = new Map(chains.map((chain) => [chain.id, chain]));
  const zoneChains = (zone?.chains ?? []).map((c) => byId.get(c.id)).filter((c) => c !== undefined);
  const own = new Set(zoneChains.map((chain) => chain.id));
  return { zoneChains, otherChains: chains.filter((chain) => !own.has(chain.id)) };
}
