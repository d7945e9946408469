import { firmName, firmUscc, HEBEI_CITIES, OUTSIDE_PROVINCES } from './names';
import { Random } from './random';
import type { Scale } from './scales';

/**
 * The synthetic province held in memory before it is written: zones, chains and firms, the parts
 * the later tables (supply, leads, projects) are drawn from. Firms are kept in typed arrays so that
 * scale L (200,000 firms) stays small.
 */
export interface ZoneModel {
  id: number;
  city: string;
  kind: string;
  chainIndexes: number[];
  managerId: number;
  officerIds: number[];
}

export interface ChainModel {
  id: number;
  parents: number[];
  /** The children of each parent, by the parent's index in `parents`. */
  childrenByParent: number[][];
  children: number[];
  /** Each child's parent index, by segment id. */
  parentOf: Map<number, number>;
  /** Firm indexes of the chain, anchors first, then by revenue: the head of a skewed pick. */
  firmsBySize: number[];
}

export interface FirmModel {
  count: number;
  /** Zone id, 0 when outside every zone. */
  zoneId: Int32Array;
  chainIndex: Uint16Array;
  anchor: Uint8Array;
  revenue: Float64Array;
  segmentIds: number[][];
  names: string[];
}

export interface ProvinceModel {
  zones: ZoneModel[];
  chains: ChainModel[];
  firms: FirmModel;
  /** Firm indexes by `${zoneId}:${chainIndex}`: the local firms of a zone's chain. */
  localFirms: Map<string, number[]>;
}

export const ADMIN_USER_ID = 1;
export const ANALYST_USER_ID = 2;
export const FIRST_ZONE_USER_ID = 3;

export const ZONE_KINDS = { HIGH_TECH: 35, ECONOMIC: 45, BONDED: 8, OTHER: 12 } as const;

export function buildProvinceModel(scale: Scale, seed: string): ProvinceModel {
  const random = (stream: string) => new Random(`${seed}:${scale.name}:${stream}`);
  const chains = buildChains(scale, random('chains'));
  const zones = buildZones(scale, random('zones'));
  const firms = buildFirms(scale, zones, chains, random('firms'));

  const localFirms = new Map<string, number[]>();
  for (let i = 0; i < firms.count; i++) {
    const zoneId = firms.zoneId[i]!;
    if (zoneId === 0) continue;
    const key = `${zoneId}:${firms.chainIndex[i]}`;
    const list = localFirms.get(key);
    if (list) list.push(i);
    else localFirms.set(key, [i]);
  }
  for (const chain of chains) {
    chain.firmsBySize.sort(
      (a, b) => firms.anchor[b]! - firms.anchor[a]! || firms.revenue[b]! - firms.revenue[a]! || a - b,
    );
  }
  return { zones, chains, firms, localFirms };
}

function buildChains(scale: Scale, random: Random): ChainModel[] {
  const chains: ChainModel[] = [];
  const parentCount = Math.max(3, Math.round(scale.segmentsPerChain / 6));
  for (let c = 0; c < scale.chains; c++) {
    const first = c * scale.segmentsPerChain + 1;
    const parents = Array.from({ length: parentCount }, (_, j) => first + j);
    const childrenByParent: number[][] = parents.map(() => []);
    const children: number[] = [];
    const parentOf = new Map<number, number>();
    for (let k = 0; k < scale.segmentsPerChain - parentCount; k++) {
      const id = first + parentCount + k;
      const parentIndex = k % parentCount;
      childrenByParent[parentIndex]!.push(id);
      children.push(id);
      parentOf.set(id, parentIndex);
    }
    random.next();
    chains.push({ id: c + 1, parents, childrenByParent, children, parentOf, firmsBySize: [] });
  }
  return chains;
}

function buildZones(scale: Scale, random: Random): ZoneModel[] {
  return Array.from({ length: scale.zones }, (_, z) => {
    const chainIndexes = new Set<number>();
    const wanted = Math.min(scale.chains, random.int(2, 4));
    while (chainIndexes.size < wanted) chainIndexes.add(random.skewedIndex(scale.chains, 1.5));
    const firstUser = FIRST_ZONE_USER_ID + 3 * z;
    return {
      id: z + 1,
      city: random.pick(HEBEI_CITIES),
      kind: random.weighted(ZONE_KINDS),
      chainIndexes: [...chainIndexes].sort((a, b) => a - b),
      managerId: firstUser,
      officerIds: [firstUser + 1, firstUser + 2],
    };
  });
}

function buildFirms(scale: Scale, zones: ZoneModel[], chains: ChainModel[], random: Random): FirmModel {
  const n = scale.firms;
  const firms: FirmModel = {
    count: n,
    zoneId: new Int32Array(n),
    chainIndex: new Uint16Array(n),
    anchor: new Uint8Array(n),
    revenue: new Float64Array(n),
    segmentIds: new Array(n),
    names: new Array(n),
  };
  for (let i = 0; i < n; i++) {
    // Most firms are in no zone; those that are crowd into the big zones (skewed pick).
    const zone = random.chance(0.55) ? zones[random.skewedIndex(zones.length, 2)]! : null;
    const chainIndex =
      zone && random.chance(0.8) ? random.pick(zone.chainIndexes) : random.skewedIndex(chains.length, 1.5);
    const chain = chains[chainIndex]!;
    const anchor = random.chance(0.005);
    const primary = random.pick(chain.children);
    const siblings = chain.childrenByParent[chain.parentOf.get(primary)!]!;
    const segments = new Set([primary]);
    if (random.chance(0.35)) segments.add(random.pick(siblings));
    if (random.chance(0.1)) segments.add(random.pick(siblings));
    const name = firmName(random, chainIndex);

    firms.zoneId[i] = zone?.id ?? 0;
    firms.chainIndex[i] = chainIndex;
    firms.anchor[i] = anchor ? 1 : 0;
    firms.revenue[i] =
      Math.round((anchor ? random.logNormal(2e6, 0.8) : random.logNormal(3000, 1.4)) * 100) / 100;
    firms.segmentIds[i] = [...segments].sort((a, b) => a - b);
    firms.names[i] = name;
    chain.firmsBySize.push(i);
  }
  return firms;
}

/** The columns of a firm row other than the ones the model already holds. */
export function firmDetails(i: number, firms: FirmModel, zones: ZoneModel[], random: Random) {
  const anchor = firms.anchor[i] === 1;
  const tags: string[] = [];
  if (anchor) tags.push('ANCHOR');
  if (random.chance(anchor ? 0.5 : 0.12)) tags.push('HIGH_TECH');
  if (!anchor && random.chance(0.05)) {
    tags.push('SPECIALIZED');
    if (random.chance(0.2)) tags.push('LITTLE_GIANT');
  }
  if (random.chance(anchor ? 0.5 : 0.01)) tags.push('LISTED');
  const zoneId = firms.zoneId[i]!;
  const province = zoneId ? '河北省' : random.weighted(OUTSIDE_PROVINCES);
  const city = zoneId ? zones[zoneId - 1]!.city : null;
  return {
    uscc: random.chance(0.98) ? firmUscc(i + 1) : null,
    tags,
    province,
    city,
    revenue: random.chance(0.9) ? firms.revenue[i]! : null,
    employees: anchor ? random.int(2000, 50_000) : Math.round(random.logNormal(80, 1.2)),
    foundedDaysAgo: random.int(700, 14_000),
    website: random.chance(0.3) ? `https://f${i + 1}.example.cn` : null,
    createdDaysAgo: random.int(30, 2000),
  };
}
