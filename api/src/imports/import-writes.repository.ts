import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database, LeadRow } from '../db/schema';
import type { ProjectRow } from '../projects/project.repository';

type Db = Kysely<Database> | Transaction<Database>;

/** Live leads of a zone for the given firms. */
export function findZoneLeadsOfFirms(db: Db, zoneId: number, firmIds: readonly number[]): Promise<LeadRow[]> {
  if (firmIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('lead')
    .selectAll()
    .where('zone_id', '=', zoneId)
    .where('firm_id', 'in', firmIds)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
}

/** Live projects of a zone with the given names. */
export function findZoneProjectsByName(
  db: Db,
  zoneId: number,
  names: readonly string[],
): Promise<ProjectRow[]> {
  if (names.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('project')
    .selectAll()
    .where('zone_id', '=', zoneId)
    .where('name', 'in', names)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
}

export async function segmentIdsOf(
  db: Db,
  table: 'lead_segment' | 'project_segment',
  ids: readonly number[],
): Promise<Map<number, Set<number>>> {
  const map = new Map<number, Set<number>>();
  if (ids.length === 0) return map;
  const rows =
    table === 'lead_segment'
      ? await db
          .selectFrom('lead_segment')
          .select(['lead_id as id', 'segment_id'])
          .where('lead_id', 'in', ids)
          .execute()
      : await db
          .selectFrom('project_segment')
          .select(['project_id as id', 'segment_id'])
          .where('project_id', 'in', ids)
          .execute();
  for (const r of rows) map.set(r.id, (map.get(r.id) ?? new Set()).add(r.segment_id));
  return map;
}

export async function addSegments(
  trx: Db,
  table: 'lead_segment' | 'project_segment',
  id: number,
  segmentIds: readonly number[],
): Promise<void> {
  if (segmentIds.length === 0) return;
  if (table === 'lead_segment') {
    await trx
      .insertInto('lead_segment')
      .values(segmentIds.map((segment_id) => ({ lead_id: id, segment_id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  } else {
    await trx
      .insertInto('project_segment')
      .values(segmentIds.map((segment_id) => ({ project_id: id, segment_id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** Bumps the version with every update, so that editors holding the old one get a CONFLICT. */
export const nextVersion = sql<number>`version + 1`;
