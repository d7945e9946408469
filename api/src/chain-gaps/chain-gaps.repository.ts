import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';

/** A firm as the gap analysis reads it, with the chain's segments it operates in. */
export interface GapFirmRow {
  id: number;
  zone_id: number | null;
  province: string | null;
  tags: string[];
  revenue: number | null;
  segment_ids: number[];
}

/**
 * The live firms operating in any segment of the chain: the only firms the analysis of one chain
 * needs, whatever the size of the firm table (served by firm_segment_segment_idx).
 */
export async function findFirmsOfChain(db: Kysely<Database>, chainId: number): Promise<GapFirmRow[]> {
  const rows = await db
    .selectFrom('firm_segment as fs')
    .innerJoin('segment as s', 's.id', 'fs.segment_id')
    .innerJoin('firm as f', 'f.id', 'fs.firm_id')
    .where('s.chain_id', '=', chainId)
    .where('f.deleted_at', 'is', null)
    .groupBy('f.id')
    .select(['f.id', 'f.zone_id', 'f.province', 'f.tags', 'f.revenue'])
    .select(sql<(number | string)[]>`array_agg(fs.segment_id ORDER BY fs.segment_id)`.as('segment_ids'))
    .orderBy('f.id')
    .execute();
  // bigint arrays arrive as strings from pg: one conversion here rather than in every caller.
  return rows.map((r) => ({ ...r, segment_ids: r.segment_ids.map(Number) }));
}

/** A supply relation from a chain firm, with where its buyer is. */
export interface GapSupplyRow {
  supplier_id: number;
  buyer_id: number;
  annual_volume: number | null;
  buyer_zone_id: number | null;
  buyer_province: string | null;
  buyer_tags: string[];
  buyer_revenue: number | null;
}

/**
 * The supply relations the candidate signals read: from a firm of the chain to a buyer located in
 * the zone, or to an anchor of the chain anywhere (served by supply's (supplier_id, ...) key).
 */
export async function findSuppliesForGaps(
  db: Kysely<Database>,
  zoneId: number,
  chainId: number,
): Promise<GapSupplyRow[]> {
  const result = await sql<GapSupplyRow>`
    WITH chain_firm AS (
      SELECT DISTINCT fs.firm_id FROM firm_segment fs JOIN segment s ON s.id = fs.segment_id WHERE s.chain_id = ${chainId}
    )
    SELECT sp.supplier_id, sp.buyer_id, sp.annual_volume,
           b.zone_id AS buyer_zone_id, b.province AS buyer_province, b.tags AS buyer_tags, b.revenue AS buyer_revenue
    FROM supply sp
    JOIN firm b ON b.id = sp.buyer_id AND b.deleted_at IS NULL
    JOIN firm sup ON sup.id = sp.supplier_id AND sup.deleted_at IS NULL
    WHERE sp.supplier_id IN (SELECT firm_id FROM chain_firm)
      AND (b.zone_id = ${zoneId} OR ('ANCHOR' = ANY (b.tags) AND b.id IN (SELECT firm_id FROM chain_firm)))
    ORDER BY sp.supplier_id, sp.buyer_id`.execute(db);
  return result.rows;
}

/** The zone's open leads (not SIGNED, LOST or deleted) and the firms they chase. */
export function findOpenLeadsOfZone(db: Kysely<Database>, zoneId: number) {
  return db
    .selectFrom('lead')
    .select(['id', 'firm_id'])
    .where('zone_id', '=', zoneId)
    .where('deleted_at', 'is', null)
    .where('stage', 'not in', ['SIGNED', 'LOST'])
    .orderBy('id')
    .execute();
}
