import type { Kysely, Transaction } from 'kysely';
import type { Database, UserRow } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The zones a province-level user was granted. */
export async function findGrantedZoneIds(db: Db, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('user_zone_grant')
    .select('zone_id')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.zone_id);
}

export function updateUserPreferences(
  db: Db,
  id: number,
  changes: { locale?: string; digest_opt_in?: boolean },
): Promise<UserRow | undefined> {
  return db
    .updateTable('app_user')
    .set((eb) => ({ ...changes, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export function findUsersByIds(db: Db, ids: readonly number[]): Promise<UserRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('app_user').selectAll().where('id', 'in', ids).execute();
}

/** Active (not disabled) users of the zone with one of the roles, by id; the service sorts them by name. */
export function findActiveZoneUsers(db: Db, zoneId: number, roles: readonly string[]): Promise<UserRow[]> {
  return db
    .selectFrom('app_user')
    .selectAll()
    .where('zone_id', '=', zoneId)
    .where('disabled_at', 'is', null)
    .where('role', 'in', roles)
    .orderBy('id')
    .execute();
}
