import type { Kysely } from 'kysely';
import type { Database, FirmRow } from '../db/schema';

/** Live (not deleted) firms by id. */
export function findFirmsByIds(db: Kysely<Database>, ids: readonly number[]): Promise<FirmRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('firm').selectAll().where('id', 'in', ids).where('deleted_at', 'is', null).execute();
}

export function findSegmentIdsOfFirms(db: Kysely<Database>, firmIds: readonly number[]) {
  if (firmIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('firm_segment')
    .select(['firm_id', 'segment_id'])
    .where('firm_id', 'in', firmIds)
    .orderBy('segment_id')
    .execute();
}

/** The segments of each firm, joined (one statement for a page of firms), in segment order. */
export function findSegmentsOfFirms(db: Kysely<Database>, firmIds: readonly number[]) {
  if (firmIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('firm_segment')
    .innerJoin('segment', 'segment.id', 'firm_segment.segment_id')
    .selectAll('segment')
    .select('firm_segment.firm_id')
    .where('firm_segment.firm_id', 'in', firmIds)
    .orderBy('segment.id')
    .execute();
}

/** The suppliers of a firm, with each supplier's zone, for the supply-network view. */
export function findSuppliersOf(db: Kysely<Database>, buyerId: number) {
  return db
    .selectFrom('supply as s')
    .innerJoin('firm as f', 'f.id', 's.supplier_id')
    .where('s.buyer_id', '=', buyerId)
    .where('f.deleted_at', 'is', null)
    .select(['s.supplier_id', 's.segment_id', 's.annual_volume', 'f.zone_id as supplier_zone_id'])
    .orderBy('s.annual_volume', (ob) => ob.desc().nullsLast())
    .orderBy('s.supplier_id')
    .execute();
}
