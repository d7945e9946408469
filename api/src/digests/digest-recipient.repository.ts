import type { Kysely, Transaction } from 'kysely';
import type { Database, UserRow } from '../db/schema';
import { DIGEST_ROLES } from './digest-content';

/** Users who get a digest this week: opted in, enabled, in a role that has one. */
export function findDigestRecipients(db: Kysely<Database>): Promise<UserRow[]> {
  return db
    .selectFrom('app_user')
    .selectAll()
    .where('digest_opt_in', '=', true)
    .where('disabled_at', 'is', null)
    .where('role', 'in', [...DIGEST_ROLES])
    .orderBy('id')
    .execute();
}

/** Enabled users in a role that has a digest, by role then email. */
export function findDigestUsers(db: Kysely<Database>): Promise<UserRow[]> {
  return db
    .selectFrom('app_user')
    .selectAll()
    .where('disabled_at', 'is', null)
    .where('role', 'in', [...DIGEST_ROLES])
    .orderBy('role')
    .orderBy('email')
    .limit(1000)
    .execute();
}

/** One user by id or email, whatever their settings (the caller decides). */
export function findUserForDigest(
  db: Kysely<Database>,
  idOrEmail: number | string,
): Promise<UserRow | undefined> {
  const q = db.selectFrom('app_user').selectAll();
  return (
    typeof idOrEmail === 'number' ? q.where('id', '=', idOrEmail) : q.where('email', '=', idOrEmail)
  ).executeTakeFirst();
}

/** Turns the digest off for a user (the unsubscribe link); the value before, for the audit. */
export async function optOutOfDigest(
  trx: Transaction<Database>,
  userId: number,
): Promise<{ before: boolean; user: UserRow } | undefined> {
  const before = await trx
    .selectFrom('app_user')
    .select('digest_opt_in')
    .where('id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
  if (!before) return undefined;
  const user = await trx
    .updateTable('app_user')
    .set((eb) => ({ digest_opt_in: false, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', userId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { before: before.digest_opt_in, user };
}
