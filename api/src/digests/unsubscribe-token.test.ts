import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signUnsubscribeToken, UNSUBSCRIBE_TOKEN_DAYS, verifyUnsubscribeToken } from './unsubscribe-token';

const secret = randomBytes(32);
const now = new Date('2026-11-23T00:00:00Z');

describe('unsubscribe tokens', () => {
  it('verify for the user they were made for', () => {
    expect(verifyUnsubscribeToken(secret, signUnsubscribeToken(secret, 42, now), now)).toEqual({
      ok: true,
      userId: 42,
    });
  });

  it('are forged when the user id is changed', () => {
    const [, expires, sig] = signUnsubscribeToken(secret, 42, now).split('.');
    expect(verifyUnsubscribeToken(secret, `43.${expires}.${sig}`, now)).toEqual({
      ok: false,
      reason: 'FORGED',
    });
  });

  it('are forged when signed with another key', () => {
    const token = signUnsubscribeToken(randomBytes(32), 42, now);
    expect(verifyUnsubscribeToken(secret, token, now)).toEqual({ ok: false, reason: 'FORGED' });
  });

  it('expire', () => {
    const token = signUnsubscribeToken(secret, 42, now);
    const later = new Date(now.getTime() + (UNSUBSCRIBE_TOKEN_DAYS + 1) * 86_400_000);
    expect(verifyUnsubscribeToken(secret, token, later)).toEqual({ ok: false, reason: 'EXPIRED' });
  });

  it('reject anything that is not a token', () => {
    for (const token of ['', 'abc', '1.2', '1.2.3', `x.1.${'a'.repeat(43)}`]) {
      expect(verifyUnsubscribeToken(secret, token, now)).toEqual({ ok: false, reason: 'MALFORMED' });
    }
  });
});
