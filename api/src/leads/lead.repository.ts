import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export function findLeadsByIds(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('lead').selectAll().where('id', 'in', ids).where('deleted_at', 'is', null).execute();
}

export function findSegmentIdsOfLeads(db: Kysely<Database>, leadIds: readonly number[]) {
  if (leadIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('lead_segment')
    .select(['lead_id', 'segment_id'])
    .where('lead_id', 'in', leadIds)
    .orderBy('segment_id')
    .execute();
}
