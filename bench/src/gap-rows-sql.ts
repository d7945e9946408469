import { sql } from 'kysely';

/**
 * The rows the chainGaps analysis of one zone and chain reads (see api/src/chain-gaps/gap-input.ts),
 * written as plain SQL for the reference route: the chain's segments and feeds, the firms of the
 * chain with their segments, the supply relations the candidate signals read, and the zone's open
 * leads. The benchmark compares chainGaps over /graphql with fetching exactly these.
 */
export function GAP_ROWS_SQL(zoneId: number, chainId: number) {
  return [
    sql`SELECT * FROM segment WHERE chain_id = ${chainId} ORDER BY position, id`,
    sql`SELECT * FROM segment_feed WHERE chain_id = ${chainId}`,
    sql`SELECT f.id, f.zone_id, f.province, f.tags, f.revenue, array_agg(fs.segment_id ORDER BY fs.segment_id) AS segment_ids
        FROM firm_segment fs JOIN segment s ON s.id = fs.segment_id JOIN firm f ON f.id = fs.firm_id
        WHERE s.chain_id = ${chainId} AND f.deleted_at IS NULL GROUP BY f.id ORDER BY f.id`,
    sql`WITH chain_firm AS (
          SELECT DISTINCT fs.firm_id FROM firm_segment fs JOIN segment s ON s.id = fs.segment_id WHERE s.chain_id = ${chainId}
        )
        SELECT sp.supplier_id, sp.buyer_id, sp.annual_volume, b.zone_id, b.province, b.tags, b.revenue
        FROM supply sp
        JOIN firm b ON b.id = sp.buyer_id AND b.deleted_at IS NULL
        JOIN firm sup ON sup.id = sp.supplier_id AND sup.deleted_at IS NULL
        WHERE sp.supplier_id IN (SELECT firm_id FROM chain_firm)
          AND (b.zone_id = ${zoneId} OR ('ANCHOR' = ANY (b.tags) AND b.id IN (SELECT firm_id FROM chain_firm)))`,
    sql`SELECT id, firm_id FROM lead WHERE zone_id = ${zoneId} AND deleted_at IS NULL AND stage NOT IN ('SIGNED', 'LOST') ORDER BY id`,
  ];
}
