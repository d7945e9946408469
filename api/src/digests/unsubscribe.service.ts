import type { Kysely } from 'kysely';
import { insertAuditEntry } from '../audit/audit.repository';
import type { Database, UserRow } from '../db/schema';
import { sharedSecret } from './app-secret.repository';
import { findUserForDigest, optOutOfDigest } from './digest-recipient.repository';
import { type TokenCheck, verifyUnsubscribeToken } from './unsubscribe-token';

export type UnsubscribeCheck =
  | { ok: true; user: UserRow }
  | { ok: false; reason: Exclude<TokenCheck, { ok: true }>['reason'] | 'NO_USER' };

/** Who an unsubscribe link is for, when its token is genuine, unexpired and names a user. */
export async function checkUnsubscribeLink(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<UnsubscribeCheck> {
  const check = verifyUnsubscribeToken(await sharedSecret(db, 'unsubscribe'), token, now);
  if (!check.ok) return check;
  const user = await findUserForDigest(db, check.userId);
  return user ? { ok: true, user } : { ok: false, reason: 'NO_USER' };
}

/**
 * Opts the link's user out of digests, with its audit entry in the same transaction (the actor is
 * the user: only they receive the link). Unsubscribing twice changes nothing the second time.
 */
export async function unsubscribeByLink(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<UnsubscribeCheck> {
  const check = await checkUnsubscribeLink(db, token, now);
  if (!check.ok) return check;
  return db.transaction().execute(async (trx) => {
    const changed = await optOutOfDigest(trx, check.user.id);
    if (!changed) return { ok: false, reason: 'NO_USER' } as const;
    if (changed.before) {
      await insertAuditEntry(trx, {
        actorId: check.user.id,
        entity: 'user',
        entityId: check.user.id,
        zoneId: check.user.zone_id,
        action: 'UPDATE',
        before: { digestOptIn: true },
        after: { digestOptIn: false, via: 'UNSUBSCRIBE_LINK' },
      });
    }
    return { ok: true, user: changed.user } as const;
  });
}
