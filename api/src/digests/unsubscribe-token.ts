import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long an unsubscribe link keeps working after its mail is written. */
export const UNSUBSCRIBE_TOKEN_DAYS = 90;

export type TokenCheck =
  | { ok: true; userId: number }
  | { ok: false; reason: 'MALFORMED' | 'FORGED' | 'EXPIRED' };

function signature(secret: Buffer, payload: string): Buffer {
  return createHmac('sha256', secret).update(`unsubscribe:${payload}`).digest();
}

/**
 * A token naming the user and an expiry, signed with HMAC-SHA256, so a link works without signing
 * in and cannot be made for someone else: `<userId>.<expiry seconds>.<signature>`.
 *
 * @example
 * const token = signUnsubscribeToken(secret, 42, new Date());
 * verifyUnsubscribeToken(secret, token, new Date()); // { ok: true, userId: 42 }
 */
export function signUnsubscribeToken(secret: Buffer, userId: number, now: Date): string {
  const expires = Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_TOKEN_DAYS * 86_400;
  const payload = `${userId}.${expires}`;
  return `${payload}.${signature(secret, payload).toString('base64url')}`;
}

/** Checks the signature first (in constant time), then the expiry. */
export function verifyUnsubscribeToken(secret: Buffer, token: string, now: Date): TokenCheck {
  const match = /^(\d{1,15})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { ok: false, reason: 'MALFORMED' };
  const [, userId, expires, given] = match as unknown as [string, string, string, string];
  const expected = signature(secret, `${userId}.${expires}`);
  const actual = Buffer.from(given, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return { ok: false, reason: 'FORGED' };
  }
  if (Number(expires) * 1000 < now.getTime()) return { ok: false, reason: 'EXPIRED' };
  return { ok: true, userId: Number(userId) };
}
