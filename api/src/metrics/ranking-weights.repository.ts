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

/**
 * The kind's row: the administrator's weights, or null weights after a reset; undefined while the
 * default was never changed.
 */
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

/**
 * Puts a kind back on the default if its row is still at `version`: weights null, version moved on
 * (a form loaded before the reset must stay stale after it). False when the row moved meanwhile.
 */
export async function clearRankingWeights(
  db: Db,
  kind: string,
  version: number,
  userId: number,
): Promise<boolean> {
  const result = await db
    .updateTable('ranking_weights')
    .set((eb) => ({
      weights: null,
      updated_by_id: userId,
      updated_at: new Date(),
      version: eb('version', '+', 1),
    }))
    .where('zone_kind', '=', kind)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
