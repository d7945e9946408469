import { type Kysely, sql } from 'kysely';
import type { Database, FirmRow } from '../db/schema';

/** A firm as the gap analysis reads it, with the chain's segments it operates in. */
export interface GapFirmRow {
  id: number;
  zone_id: number | null;
  province: string | null;
  tags: string[];
  revenue: number | null;
  segment_ids: number[];
}

const FIRM_COLUMNS = ['f.id', 'f.zone_id', 'f.province', 'f.tags', 'f.revenue'] as const;

/**
 * The zone's live firms operating in the chain (`chainSegmentIds`: all of its segments), each with its
 * segments of the chain: they decide every segment's status. A slice of the zone (firm_zone_idx, then
 * firm_segment's key), whatever the size of the chain.
 */
export async function findLocalFirmsOfChain(
  db: Kysely<Database>,
  zoneId: number,
  chainSegmentIds: readonly number[],
): Promise<(FirmRow & { segment_ids: number[] })[]> {
  // Whole rows: every local firm is shown (localFirms), so the cache keeps them for the response too.
  const rows = await db
    .selectFrom('firm as f')
    .innerJoin('firm_segment as fs', 'fs.firm_id', 'f.id')
    .where('f.zone_id', '=', zoneId)
    .where('f.deleted_at', 'is', null)
    .where('fs.segment_id', 'in', chainSegmentIds)
    .groupBy('f.id')
    .selectAll('f')
    .select(sql<(number | string)[]>`array_agg(fs.segment_id ORDER BY fs.segment_id)`.as('segment_ids'))
    .orderBy('f.id')
    .execute();
  return rows.map(withNumericSegmentIds);
}

/**
 * The live firms outside the zone operating in any of `candidateSegmentIds` (the segments a candidate
 * may be in), each with those of its segments that are in the list (firm_segment_segment_idx).
 */
export async function findCandidateFirms(
  db: Kysely<Database>,
  zoneId: number,
  candidateSegmentIds: readonly number[],
): Promise<GapFirmRow[]> {
  const rows = await db
    .selectFrom('firm_segment as fs')
    .innerJoin('firm as f', 'f.id', 'fs.firm_id')
    .where('fs.segment_id', 'in', candidateSegmentIds)
    .where('f.deleted_at', 'is', null)
    .where(sql<boolean>`f.zone_id IS DISTINCT FROM ${zoneId}`)
    .groupBy('f.id')
    .select(FIRM_COLUMNS)
    .select(sql<(number | string)[]>`array_agg(fs.segment_id ORDER BY fs.segment_id)`.as('segment_ids'))
    .orderBy('f.id')
    .execute();
  return rows.map(withNumericSegmentIds);
}

// bigint arrays arrive as strings from pg: one conversion here rather than in every caller.
function withNumericSegmentIds<T extends { segment_ids: (number | string)[] }>(row: T) {
  return { ...row, segment_ids: row.segment_ids.map(Number) };
}

/** A supply relation from a candidate, with where its buyer is. */
export interface GapSupplyRow {
  supplier_id: number;
  buyer_id: number;
  annual_volume: number | null;
  buyer_zone_id: number | null;
  buyer_province: string | null;
  buyer_tags: string[];
  buyer_revenue: number | null;
  /** For a buyer outside the zone (an anchor of the chain), its segments of the chain; else empty. */
  buyer_segment_ids: number[];
}

/**
 * The supply relations the candidate signals read: from one of `candidateIds` to a buyer located in the
 * zone, or to an anchor of the chain (a firm in one of `chainSegmentIds`) anywhere. Served by supply's
 * (supplier_id, ...) key, then firm's; the buyers' segments are looked up for the few anchors only.
 */
export async function findSuppliesForGaps(
  db: Kysely<Database>,
  zoneId: number,
  candidateIds: readonly number[],
  chainSegmentIds: readonly number[],
): Promise<GapSupplyRow[]> {
  const chainSegments = sql`${[...chainSegmentIds]}::bigint[]`;
  const result = await sql<
    Omit<GapSupplyRow, 'buyer_segment_ids'> & { buyer_segment_ids: (number | string)[] }
  >`
    SELECT sp.supplier_id, sp.buyer_id, sp.annual_volume,
           b.zone_id AS buyer_zone_id, b.province AS buyer_province, b.tags AS buyer_tags, b.revenue AS buyer_revenue,
           CASE WHEN b.zone_id = ${zoneId} THEN '{}'::bigint[] ELSE ARRAY(
             SELECT bs.segment_id FROM firm_segment bs
             WHERE bs.firm_id = b.id AND bs.segment_id = ANY (${chainSegments}) ORDER BY bs.segment_id
           ) END AS buyer_segment_ids
    FROM supply sp
    JOIN firm b ON b.id = sp.buyer_id AND b.deleted_at IS NULL
    WHERE sp.supplier_id = ANY (${[...candidateIds]}::bigint[])
      AND (b.zone_id = ${zoneId} OR ('ANCHOR' = ANY (b.tags) AND EXISTS (
        SELECT 1 FROM firm_segment bs WHERE bs.firm_id = b.id AND bs.segment_id = ANY (${chainSegments})
      )))
    ORDER BY sp.supplier_id, sp.buyer_id`.execute(db);
  return result.rows.map((r) => ({ ...r, buyer_segment_ids: r.buyer_segment_ids.map(Number) }));
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
