import type { Kysely, Transaction } from 'kysely';
import type { Database, ZoneRow } from '../db/schema';

export function listAllZones(db: Kysely<Database>): Promise<ZoneRow[]> {
  return db.selectFrom('zone').selectAll().orderBy('code', 'asc').orderBy('id', 'asc').execute();
}

export function findZoneById(db: Kysely<Database>, id: number): Promise<ZoneRow | undefined> {
  return db.selectFrom('zone').selectAll().where('id', '=', id).executeTakeFirst();
}

/** (zone, chain) pairs of the chains each zone pursues. */
export function findZoneChainIds(
  db: Kysely<Database>,
  zoneIds: readonly number[],
): Promise<{ zone_id: number; chain_id: number }[]> {
  if (zoneIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('zone_chain')
    .select(['zone_id', 'chain_id'])
    .where('zone_id', 'in', zoneIds)
    .orderBy('chain_id')
    .execute();
}

export function findZonesByIds(db: Kysely<Database>, ids: readonly number[]): Promise<ZoneRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('zone').selectAll().where('id', 'in', ids).execute();
}

/** The stored RAG overrides of zones (partial; `{}` when a zone keeps the defaults). */
export function findZoneRagRules(db: Kysely<Database>, zoneIds: readonly number[]) {
  if (zoneIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('zone').select(['id', 'rag_rules']).where('id', 'in', zoneIds).execute();
}

export async function updateZoneRagRules(
  db: Kysely<Database> | Transaction<Database>,
  zoneId: number,
  rules: Record<string, number>,
): Promise<void> {
  await db
    .updateTable('zone')
    .set((eb) => ({
      rag_rules: JSON.stringify(rules),
      updated_at: new Date(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', zoneId)
    .execute();
}
