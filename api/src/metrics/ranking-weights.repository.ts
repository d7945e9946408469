import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface StoredRankingWeights {
  zone_kind: string;
  weights: unknown;
  updated_by_id: number | null;
  updated_at: Date;
  version: number;
}

/** The administrator's weights of a kind, or undefined when the kind uses the documented default. */
export async function findRankingWeights(db: Db, kind: string): Promise<StoredRankingWeights | undefined> {
  return db.selectFrom('ranking_weights').selectAll().where('zone_kind', '=', kind).executeTakeFirst();
}

/** Inserts the first override of a kind (version 1); undefined when another writer got there first. */
export async function insertRankingWeights(
  db: Db,
  kind: string,
  weights: Record<string, number>,
  userId: number,
): Promise<StoredRankingWeights | undefined> {
  return db
    .insertInto('ranking_weights')
    .values({ zone_kind: kind, weights: JSON.stringify(weights), updated_by_id: userId })
    .onConflict((oc) => oc.column('zone_kind').doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Replaces the weights if the row is still at `version`; undefined when it is not (a stale edit). */
export async function updateRankingWeights(
  db: Db,
  kind: string,
  version: number,
  weights: Record<string, number>,
  userId: number,
): Promise<StoredRankingWeights | undefined> {
  return db
    .updateTable('ranking_weights')
    .set((eb) => ({
      weights: JSON.stringify(weights),
      updated_by_id: userId,
      updated_at: new Date(),
      version: eb('version', '+', 1),
    }))
    .where('zone_kind', '=', kind)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Removes the override of a kind (back to the default); false when nothing was stored at `version`. */
export async function deleteRankingWeights(db: Db, kind: string, version: number): Promise<boolean> {
  const result = await db
    .deleteFrom('ranking_weights')
    .where('zone_kind', '=', kind)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
