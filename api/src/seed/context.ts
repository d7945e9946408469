import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Role } from '../users/roles';
import type { ChainSpec, SegmentSpec } from './data/chain-spec';
import type { ChainCode, ZoneProfile } from './data/zone-profiles';

/** The transaction every part of the seed writes through. */
export type Trx = Kysely<Database>;

export type FirmTag = 'ANCHOR' | 'SPECIALIZED' | 'LITTLE_GIANT' | 'HIGH_TECH' | 'LISTED';

export interface SeededZone {
  id: number;
  code: string;
  name: string;
  city: string;
  profile: ZoneProfile;
}

export interface SeededSegment {
  id: number;
  spec: SegmentSpec;
  parentCode: string | null;
}

export interface SeededChain {
  id: number;
  spec: ChainSpec;
  /** By segment code. */
  segments: ReadonlyMap<string, SeededSegment>;
}

export interface SeededUser {
  id: number;
  email: string;
  role: Role;
  zoneCode: string | null;
  displayName: string;
  title: string | null;
}

/** A demo firm as generated, before it has an id. */
export interface FirmDraft {
  name: string;
  /** The distinguishing part used in titles: 示例恒瑞, or "Altavia Demo" for a foreign firm. */
  shortName: string;
  uscc: string | null;
  aliases: string[];
  province: string | null;
  city: string | null;
  zoneCode: string | null;
  tags: FirmTag[];
  revenue: number;
  employees: number;
  foundedOn: string;
  website: string | null;
  chainCode: ChainCode;
  /** Segment codes within the chain; the first is the main one. */
  segmentCodes: string[];
}

export interface SeededFirm extends FirmDraft {
  id: number;
}

/** Everything written so far, for the later parts of the seed to refer to. */
export interface SeedContext {
  today: string;
  zones: ReadonlyMap<string, SeededZone>;
  chains: ReadonlyMap<ChainCode, SeededChain>;
  users: ReadonlyMap<string, SeededUser>;
}

/** Looks up a segment id, failing loudly on a typo in the data files. */
export function segmentId(chain: SeededChain, code: string): number {
  const segment = chain.segments.get(code);
  if (!segment) throw new Error(`unknown segment ${chain.spec.code}/${code}`);
  return segment.id;
}

/** Looks up a map entry that the seed itself put there. */
export function must<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`missing seed entry ${String(key)}`);
  return value;
}
