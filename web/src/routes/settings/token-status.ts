import type { ApiToken } from '../../graphql/api-tokens.ts';

export type TokenStatus = 'active' | 'expired' | 'revoked';

/**
 * Whether a token still works, as of `now`.
 *
 * @example
 * tokenStatus({ ...token, revokedAt: null, expiresAt: '2020-01-01T00:00:00Z' }, new Date()); // 'expired'
 */
export function tokenStatus(token: ApiToken, now: Date): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now.getTime()) return 'expired';
  return 'active';
}

/** Parses the optional "expires in days" field: undefined when empty, null when invalid. */
export function parseExpiryDays(value: string): number | undefined | null {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (!/^\d+$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days >= 1 && days <= 3650 ? days : null;
}
