import type { Kysely } from 'kysely';
import type { ChainRow, Database, SegmentFeedRow, SegmentRow } from '../db/schema';

export function listAllChains(db: Kysely<Database>): Promise<ChainRow[]> {
  return db.selectFrom('chain').selectAll().orderBy('id').execute();
}

export function findChainsByIds(db: Kysely<Database>, ids: readonly number[]): Promise<ChainRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('chain').selectAll().where('id', 'in', ids).execute();
}

export function findSegmentsOfChains(
  db: Kysely<Database>,
  chainIds: readonly number[],
): Promise<SegmentRow[]> {
  if (chainIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('segment')
    .selectAll()
    .where('chain_id', 'in', chainIds)
    .orderBy('chain_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export function findSegmentsByIds(db: Kysely<Database>, ids: readonly number[]): Promise<SegmentRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('segment').selectAll().where('id', 'in', ids).execute();
}

export function findFeedsOfChains(
  db: Kysely<Database>,
  chainIds: readonly number[],
): Promise<SegmentFeedRow[]> {
  if (chainIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('segment_feed')
    .selectAll()
    .where('chain_id', 'in', chainIds)
    .orderBy('from_segment_id')
    .orderBy('to_segment_id')
    .execute();
}
