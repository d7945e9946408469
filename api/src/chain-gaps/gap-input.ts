import type { ChainGapInput } from '@lianzhao/graph';
import type { Kysely } from 'kysely';
import type { ChainRow, Database, ZoneRow } from '../db/schema';
import { findOpenLeadsOfZone } from './chain-gaps.repository';
import { zoneChainPart } from './gap-input-cache';

/**
 * Loads what the analysis of one zone and one chain needs, and nothing more: the chain's segments
 * and feeds, the zone's firms of the chain, the firms that can be candidates for its gaps with the
 * supply relations the signals read (and the buyers they name) — kept in this process's memory until a
 * write changes them (gap-input-cache.ts) — and the zone's open leads, read fresh every time. The zone
 * and chain rows are the caller's, just read and access-checked.
 */
export async function loadGapInput(
  db: Kysely<Database>,
  zone: ZoneRow,
  chain: ChainRow,
): Promise<ChainGapInput> {
  const [part, openLeads] = await Promise.all([
    zoneChainPart(db, zone.id, { id: chain.id, weakBelow: chain.weak_below }),
    findOpenLeadsOfZone(db, zone.id),
  ]);
  return {
    zoneId: zone.id,
    zoneProvince: zone.province,
    chain: { id: chain.id, weakBelow: chain.weak_below, segments: part.segments, feeds: part.feeds },
    firms: part.firms,
    supplies: part.supplies,
    openLeads: openLeads.map((l) => ({ id: l.id, firmId: l.firm_id })),
  };
}
