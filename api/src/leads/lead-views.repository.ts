import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Database, SavedViewTable } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export type SavedViewRow = Selectable<SavedViewTable>;

export function findLeadViewsOfUser(db: Db, userId: number): Promise<SavedViewRow[]> {
  return db
    .selectFrom('saved_view')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', 'LEAD')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function findLeadViewOfUser(db: Db, userId: number, name: string): Promise<SavedViewRow | undefined> {
  return db
    .selectFrom('saved_view')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', 'LEAD')
    .where('name', '=', name)
    .executeTakeFirst();
}

/** Saves the user's view of that name, replacing one saved before (its version goes up). */
export function upsertLeadView(
  trx: Transaction<Database>,
  view: {
    userId: number;
    name: string;
    filter: string;
    orderField: string | null;
    orderDirection: string | null;
  },
): Promise<SavedViewRow> {
  const values = { filter: view.filter, order_field: view.orderField, order_direction: view.orderDirection };
  return trx
    .insertInto('saved_view')
    .values({ user_id: view.userId, kind: 'LEAD', name: view.name, ...values })
    .onConflict((oc) =>
      oc
        .columns(['user_id', 'kind', 'name'])
        .doUpdateSet({ ...values, version: sql<number>`saved_view.version + 1` }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Deletes the user's own lead view; undefined when there is none with that id. */
export function deleteLeadViewOfUser(trx: Transaction<Database>, userId: number, id: number) {
  return trx
    .deleteFrom('saved_view')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('kind', '=', 'LEAD')
    .returningAll()
    .executeTakeFirst();
}
