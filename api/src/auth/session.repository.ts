import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { grantedZoneIdsOfUser } from './viewer-columns';

export async function insertSession(
  db: Kysely<Database>,
  session: {
    tokenHash: string;
    userId: number;
    expiresAt: Date;
    userAgent: string | null;
    ip: string | null;
  },
): Promise<void> {
  await db
    .insertInto('session')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      expires_at: session.expiresAt,
      user_agent: session.userAgent,
      ip: session.ip,
    })
    .execute();
}

/**
 * A live session (not expired) with what the viewer needs of its user (role, zone, granted zones),
 * or undefined: one statement, since it runs on every request.
 */
export function findLiveSession(db: Kysely<Database>, tokenHash: string, now: Date) {
  return db
    .selectFrom('session')
    .innerJoin('app_user', 'app_user.id', 'session.user_id')
    .select(['session.token_hash', 'session.user_id', 'session.last_seen_at', 'session.expires_at'])
    .select(['app_user.role', 'app_user.zone_id', grantedZoneIdsOfUser().as('granted_zone_ids')])
    .where('session.token_hash', '=', tokenHash)
    .where('session.expires_at', '>', now)
    .where('app_user.disabled_at', 'is', null)
    .executeTakeFirst();
}

/** Slides a session's expiry forward; called at most once a minute per session. */
export async function touchSession(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
  expiresAt: Date,
): Promise<void> {
  await db
    .updateTable('session')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of a user (sign out everywhere); returns how many there were. */
export async function deleteSessionsOfUser(db: Kysely<Database>, userId: number): Promise<number> {
  const result = await db.deleteFrom('session').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('session').where('expires_at', '<=', now).execute();
}
