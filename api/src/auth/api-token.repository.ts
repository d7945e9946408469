import type { Kysely } from 'kysely';
import type { ApiTokenRow, Database } from '../db/schema';
import { grantedZoneIdsOfUser } from './viewer-columns';

export function insertApiToken(
  db: Kysely<Database>,
  token: {
    userId: number;
    name: string;
    tokenHash: string;
    prefix: string;
    scope: string;
    expiresAt: Date | null;
  },
): Promise<ApiTokenRow> {
  return db
    .insertInto('api_token')
    .values({
      user_id: token.userId,
      name: token.name,
      token_hash: token.tokenHash,
      token_prefix: token.prefix,
      scope: token.scope,
      expires_at: token.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * A token that is neither revoked nor expired, whose owner is not disabled, with what the viewer
 * needs of that owner (role, zone, granted zones): one statement, since it runs on every request.
 */
export function findUsableApiToken(db: Kysely<Database>, tokenHash: string, now: Date) {
  return db
    .selectFrom('api_token')
    .innerJoin('app_user', 'app_user.id', 'api_token.user_id')
    .select(['api_token.id', 'api_token.user_id', 'api_token.scope', 'api_token.last_used_at'])
    .select(['app_user.role', 'app_user.zone_id', grantedZoneIdsOfUser().as('granted_zone_ids')])
    .where('api_token.token_hash', '=', tokenHash)
    .where('api_token.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('api_token.expires_at', 'is', null), eb('api_token.expires_at', '>', now)]))
    .where('app_user.disabled_at', 'is', null)
    .executeTakeFirst();
}

export async function markApiTokenUsed(db: Kysely<Database>, id: number, now: Date): Promise<void> {
  await db.updateTable('api_token').set({ last_used_at: now }).where('id', '=', id).execute();
}

export function listApiTokensOfUser(db: Kysely<Database>, userId: number): Promise<ApiTokenRow[]> {
  return db
    .selectFrom('api_token')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Revokes one of the user's tokens; undefined when the user has no such token. */
export function revokeApiTokenOfUser(
  db: Kysely<Database>,
  userId: number,
  id: number,
  now: Date,
): Promise<ApiTokenRow | undefined> {
  return db
    .updateTable('api_token')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(now)) }))
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returningAll()
    .executeTakeFirst();
}
