import type { FeedInput, FirmInput, SegmentInput, SupplyInput } from '@lianzhao/graph';
import type { Kysely } from 'kysely';
import { findFeedsOfChains, findSegmentsOfChains } from '../chains/chain.repository';
import { STAGES } from '../chains/chain-enums';
import type { Database } from '../db/schema';
import { oneOf } from '../shared/one-of';
import { findFirmsOfChain, findSuppliesForGaps } from './chain-gaps.repository';
import { VersionedLru } from './versioned-lru';

/** What one chain contributes to every zone's analysis: its structure and the firms operating in it. */
export interface ChainPart {
  segments: SegmentInput[];
  feeds: FeedInput[];
  firms: readonly FirmInput[];
}

/**
 * The expensive, viewer-independent part of one (zone, chain) analysis input: the chain's firms (shared
 * with the chain's other zones, not copied), plus the local buyers the supplies name, and the supplies.
 * The zone's own row, the chain's row and the zone's open leads are not in it: the caller reads those
 * fresh on every request (they are cheap, and leads change all day).
 */
export interface ZoneChainPart extends ChainPart {
  supplies: readonly SupplyInput[];
}

/** Bounds of one process's cache. Rows held, summed over entries, bound memory at scale L (issue #9). */
const MAX_ZONE_ENTRIES = 64;
const MAX_ZONE_ROWS = 1_500_000;
const MAX_CHAIN_ENTRIES = 32;

interface Caches {
  chains: VersionedLru<ChainPart>;
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
 * a stale answer. Inside a transaction (which may hold uncommitted writes) nothing is cached.
 */
export async function zoneChainPart(
  db: Kysely<Database>,
  zoneId: number,
  chainId: number,
): Promise<ZoneChainPart> {
  if (db.isTransaction) return loadZoneChainPart(db, zoneId, chainId, loadChainPart(db, chainId));
  const version = await readGraphVersion(db);
  if (Number.isNaN(version)) return loadZoneChainPart(db, zoneId, chainId, loadChainPart(db, chainId));
  const caches = cachesOf(db);
  return caches.zoneChains.get(`${zoneId}:${chainId}`, version, () =>
    loadZoneChainPart(
      db,
      zoneId,
      chainId,
      caches.chains.get(String(chainId), version, () => loadChainPart(db, chainId)),
    ),
  );
}

async function loadChainPart(db: Kysely<Database>, chainId: number): Promise<ChainPart> {
  const [segments, feeds, firms] = await Promise.all([
    findSegmentsOfChains(db, [chainId]),
    findFeedsOfChains(db, [chainId]),
    findFirmsOfChain(db, chainId),
  ]);
  return {
    segments: segments.map((s) => ({
      id: s.id,
      parentId: s.parent_id,
      stage: oneOf(STAGES, s.stage),
      weight: s.weight,
    })),
    feeds: feeds.map((f) => ({ from: f.from_segment_id, to: f.to_segment_id })),
    firms: firms.map((f) => ({
      id: f.id,
      zoneId: f.zone_id,
      province: f.province,
      tags: f.tags,
      revenue: f.revenue,
      segmentIds: f.segment_ids,
    })),
  };
}

async function loadZoneChainPart(
  db: Kysely<Database>,
  zoneId: number,
  chainId: number,
  chainPart: Promise<ChainPart>,
): Promise<ZoneChainPart> {
  const [chain, supplies] = await Promise.all([chainPart, findSuppliesForGaps(db, zoneId, chainId)]);
  // Local buyers outside the chain still make "supplies a local firm": pass them to be located.
  const known = new Set(chain.firms.map((f) => f.id));
  const buyers: FirmInput[] = [];
  for (const s of supplies) {
    if (known.has(s.buyer_id)) continue;
    known.add(s.buyer_id);
    buyers.push({
      id: s.buyer_id,
      zoneId: s.buyer_zone_id,
      province: s.buyer_province,
      tags: s.buyer_tags,
      revenue: s.buyer_revenue,
      segmentIds: [],
    });
  }
  return {
    segments: chain.segments,
    feeds: chain.feeds,
    firms: buyers.length === 0 ? chain.firms : [...chain.firms, ...buyers],
    supplies: supplies.map((s) => ({
      supplierId: s.supplier_id,
      buyerId: s.buyer_id,
      volume: s.annual_volume,
    })),
  };
}
