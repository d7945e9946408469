import type { ChainGapInput, FirmInput } from '@lianzhao/graph';
import type { Kysely } from 'kysely';
import { findFeedsOfChains, findSegmentsOfChains } from '../chains/chain.repository';
import { STAGES } from '../chains/chain-enums';
import type { ChainRow, Database, ZoneRow } from '../db/schema';
import { oneOf } from '../shared/one-of';
import { findFirmsOfChain, findOpenLeadsOfZone, findSuppliesForGaps } from './chain-gaps.repository';

/**
 * Loads what the analysis of one zone and one chain needs, and nothing more: the chain's segments
 * and feeds, the firms of the chain, the supply relations the signals read (and the local buyers
 * they name), and the zone's open leads. Four indexed queries, independent of the firm table's size.
 */
export async function loadGapInput(
  db: Kysely<Database>,
  zone: ZoneRow,
  chain: ChainRow,
): Promise<ChainGapInput> {
  const [segments, feeds, firms, supplies, openLeads] = await Promise.all([
    findSegmentsOfChains(db, [chain.id]),
    findFeedsOfChains(db, [chain.id]),
    findFirmsOfChain(db, chain.id),
    findSuppliesForGaps(db, zone.id, chain.id),
    findOpenLeadsOfZone(db, zone.id),
  ]);

  const firmInputs = new Map<number, FirmInput>(
    firms.map((f) => [
      f.id,
      {
        id: f.id,
        zoneId: f.zone_id,
        province: f.province,
        tags: f.tags,
        revenue: f.revenue,
        segmentIds: f.segment_ids,
      },
    ]),
  );
  // Local buyers outside the chain still make "supplies a local firm": pass them to be located.
  for (const s of supplies) {
    if (!firmInputs.has(s.buyer_id)) {
      firmInputs.set(s.buyer_id, {
        id: s.buyer_id,
        zoneId: s.buyer_zone_id,
        province: s.buyer_province,
        tags: s.buyer_tags,
        revenue: s.buyer_revenue,
        segmentIds: [],
      });
    }
  }

  return {
    zoneId: zone.id,
    zoneProvince: zone.province,
    chain: {
      id: chain.id,
      weakBelow: chain.weak_below,
      segments: segments.map((s) => ({
        id: s.id,
        parentId: s.parent_id,
        stage: oneOf(STAGES, s.stage),
        weight: s.weight,
      })),
      feeds: feeds.map((f) => ({ from: f.from_segment_id, to: f.to_segment_id })),
    },
    firms: [...firmInputs.values()],
    supplies: supplies.map((s) => ({
      supplierId: s.supplier_id,
      buyerId: s.buyer_id,
      volume: s.annual_volume,
    })),
    openLeads: openLeads.map((l) => ({ id: l.id, firmId: l.firm_id })),
  };
}
