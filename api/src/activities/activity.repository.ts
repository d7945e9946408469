import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { ActivityTable, Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** A follow-up activity (跟进记录) of a lead or a project. */
export type ActivityRow = Selectable<ActivityTable>;

/**
 * The `last` most recent live activities of each lead or each project (by `owner`, the column that
 * links them), newest first, in one query.
 *
 * @example await findRecentActivities(db, 'lead_id', [1, 2], 20);
 */
export async function findRecentActivities(
  db: Db,
  owner: 'lead_id' | 'project_id',
  ids: readonly number[],
  last: number,
): Promise<ActivityRow[]> {
  if (ids.length === 0) return [];
  const ranked = db
    .selectFrom('activity')
    .selectAll()
    .select(
      sql<number>`row_number() OVER (PARTITION BY ${sql.ref(owner)} ORDER BY occurred_at DESC, id DESC)`.as(
        'rank',
      ),
    )
    .where(owner, 'in', ids)
    .where('deleted_at', 'is', null)
    .as('ranked');
  const rows = await db
    .selectFrom(ranked)
    .selectAll()
    .where('rank', '<=', last)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(({ rank: _rank, ...row }) => row);
}
