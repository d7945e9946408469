import {
  candidateSegmentIds,
  type FeedInput,
  type FirmInput,
  type SegmentInput,
  type SupplyInput,
} from '@lianzhao/graph';
import type { Kysely } from 'kysely';
import { findFeedsOfChains, findSegmentsOfChains } from '../chains/chain.repository';
import { STAGES } from '../chains/chain-enums';
import type { Database, FirmRow } from '../db/schema';
import { oneOf } from '../shared/one-of';
import {
  findCandidateFirms,
  findLocalFirmsOfChain,
  findSuppliesForGaps,
  type GapFirmRow,
} from './chain-gaps.repository';
import { VersionedLru } from './versioned-lru';

/** A chain's structure, the same for every zone. */
export interface ChainStructure {
  segments: SegmentInput[];
  feeds: FeedInput[];
}

/**
 * The expensive, viewer-independent part of one (zone, chain) analysis input: the chain's structure,
 * the zone's firms in the chain, the firms that can be candidates (outside the zone, in a MISSING or
 * WEAK segment or below one: graph's candidateSegmentIds) with their supplies, and the buyers those
 * supplies name. Nothing else can change the report (see candidateSegmentIds), so the slice costs what
 * the zone's gaps cost, not what the chain's size costs. The zone's own row, the chain's row and the
 * zone's open leads are not in it: the caller reads those fresh on every request (they are cheap, and
 * leads change all day).
 */
export interface ZoneChainPart extends ChainStructure {
  firms: readonly FirmInput[];
  supplies: readonly SupplyInput[];
}

/**
 * The whole rows of the zone's firms of the chain, by the `firms` array of the part they were loaded
 * with: the report lists every one of them (localFirms), so a warm request takes them from here rather
 * than fetching ~1,500 rows again. Any update of a firm bumps the counter (migration 1630), so they are
 * exactly as fresh as the analysis input.
 */
const localFirmRows = new WeakMap<readonly FirmInput[], ReadonlyMap<number, FirmRow>>();

/** The cached rows of the local firms of an input built from a cached part (empty otherwise). */
export function cachedLocalFirmRows(firms: readonly FirmInput[]): ReadonlyMap<number, FirmRow> {
  return localFirmRows.get(firms) ?? new Map();
}

/** The chain as a part is loaded for: its id, and the threshold the gaps (hence the slice) depend on. */
export interface PartChain {
  id: number;
  weakBelow: number | null;
}

/** Bounds of one process's cache. Rows held, summed over entries, bound memory at scale L (issue #9). */
const MAX_ZONE_ENTRIES = 64;
const MAX_ZONE_ROWS = 1_500_000;
const MAX_CHAIN_ENTRIES = 32;

interface Caches {
  chains: VersionedLru<ChainStructure>;
  zoneChains: VersionedLru<ZoneChainPart>;
}

/**
 * One cache per database handle, i.e. per app instance: in a test, two handles on one database behave as
 * two instances, each with its own memory, agreeing only through the database's change counter.
 */
const cachesByDatabase = new WeakMap<Kysely<Database>, Caches>();

function cachesOf(db: Kysely<Database>): Caches {
  let caches = cachesByDatabase.get(db);
  if (!caches) {
    caches = {
      chains: new VersionedLru(MAX_CHAIN_ENTRIES, Number.POSITIVE_INFINITY, () => 0),
      zoneChains: new VersionedLru(
        MAX_ZONE_ENTRIES,
        MAX_ZONE_ROWS,
        (part) => part.firms.length + part.supplies.length,
      ),
    };
    cachesByDatabase.set(db, caches);
  }
  return caches;
}

/** Hits and misses of a handle's cache, for tests and the benchmark. */
export function gapInputCacheStats(db: Kysely<Database>) {
  const { zoneChains } = cachesOf(db);
  return {
    hits: zoneChains.hits,
    misses: zoneChains.misses,
    entries: zoneChains.size,
    rows: zoneChains.weight,
  };
}

/** The counter the graph_change triggers bump in the transaction of every write the analysis reads. */
async function readGraphVersion(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('graph_change').select('version').where('id', '=', 1).executeTakeFirst();
  // No row only if someone deleted it: never cache then.
  return row ? Number(row.version) : Number.NaN;
}

/**
 * The (zone, chain) part of an analysis input, from this process's memory when nothing it reads has
 * changed since it was loaded, else from the database. The counter is read BEFORE the data: a write
 * committing in between leaves newer data under an older counter, which costs one extra reload, never
 * a stale answer. Inside a transaction (which may hold uncommitted writes) nothing is cached. The
 * chain's weakBelow (its row is not watched by the counter) is part of the key: it decides the gaps.
 */
export async function zoneChainPart(
  db: Kysely<Database>,
  zoneId: number,
  chain: PartChain,
): Promise<ZoneChainPart> {
  if (db.isTransaction) return loadZoneChainPart(db, zoneId, chain, loadChainStructure(db, chain.id));
  const version = await readGraphVersion(db);
  if (Number.isNaN(version)) return loadZoneChainPart(db, zoneId, chain, loadChainStructure(db, chain.id));
  const caches = cachesOf(db);
  return caches.zoneChains.get(`${zoneId}:${chain.id}:${chain.weakBelow ?? ''}`, version, () =>
    loadZoneChainPart(
      db,
      zoneId,
      chain,
      caches.chains.get(String(chain.id), version, () => loadChainStructure(db, chain.id)),
    ),
  );
}

async function loadChainStructure(db: Kysely<Database>, chainId: number): Promise<ChainStructure> {
  const [segments, feeds] = await Promise.all([
    findSegmentsOfChains(db, [chainId]),
    findFeedsOfChains(db, [chainId]),
  ]);
  return {
    segments: segments.map((s) => ({
      id: s.id,
      parentId: s.parent_id,
      stage: oneOf(STAGES, s.stage),
      weight: s.weight,
    })),
    feeds: feeds.map((f) => ({ from: f.from_segment_id, to: f.to_segment_id })),
  };
}

/**
 * Up to three round trips, each a slice: the zone's firms of the chain (they decide the gaps), the
 * candidates of the gaps, their supplies. A zone with no gap needs only the first.
 */
async function loadZoneChainPart(
  db: Kysely<Database>,
  zoneId: number,
  chain: PartChain,
  structure: Promise<ChainStructure>,
): Promise<ZoneChainPart> {
  const { segments, feeds } = await structure;
  const chainSegmentIds = segments.map((s) => s.id);
  if (chainSegmentIds.length === 0) return { segments, feeds, firms: [], supplies: [] };
  const localRows = await findLocalFirmsOfChain(db, zoneId, chainSegmentIds);
  const local = localRows.map(toFirmInput);
  const rows = new Map(localRows.map(({ segment_ids: _segments, ...row }) => [row.id, row]));
  const withRows = (part: ZoneChainPart): ZoneChainPart => {
    localFirmRows.set(part.firms, rows);
    return part;
  };
  const searched = [...candidateSegmentIds({ zoneId, chain: { ...chain, segments, feeds }, firms: local })];
  if (searched.length === 0) return withRows({ segments, feeds, firms: local, supplies: [] });
  const candidates = (await findCandidateFirms(db, zoneId, searched)).map(toFirmInput);
  const firms = [...local, ...candidates];
  if (candidates.length === 0) return withRows({ segments, feeds, firms, supplies: [] });
  const supplies = await findSuppliesForGaps(
    db,
    zoneId,
    candidates.map((f) => f.id),
    chainSegmentIds,
  );
  // Buyers the firms above do not include still count: local ones for "supplies a local firm", anchors of
  // the chain elsewhere (with their segments of the chain, which make them so) for "supplies a chain anchor".
  const known = new Set(firms.map((f) => f.id));
  for (const s of supplies) {
    if (known.has(s.buyer_id)) continue;
    known.add(s.buyer_id);
    firms.push({
      id: s.buyer_id,
      zoneId: s.buyer_zone_id,
      province: s.buyer_province,
      tags: s.buyer_tags,
      revenue: s.buyer_revenue,
      segmentIds: s.buyer_segment_ids,
    });
  }
  return withRows({
    segments,
    feeds,
    firms,
    supplies: supplies.map((s) => ({
      supplierId: s.supplier_id,
      buyerId: s.buyer_id,
      volume: s.annual_volume,
    })),
  });
}

function toFirmInput(row: GapFirmRow): FirmInput {
  return {
    id: row.id,
    zoneId: row.zone_id,
    province: row.province,
    tags: row.tags,
    revenue: row.revenue,
    segmentIds: row.segment_ids,
  };
}
