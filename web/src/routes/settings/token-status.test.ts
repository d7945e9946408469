import { describe, expect, it } from 'vitest';
import type { ApiToken } from '../../graphql/api-tokens.ts';
import { parseExpiryDays, tokenStatus } from './token-status.ts';

const now = new Date('2026-11-27T00:00:00Z');

function token(overrides: Partial<ApiToken> = {}): ApiToken {
  return {
    id: '1',
    name: '周度分析脚本',
    prefix: 'lz_abcd',
    scope: 'READ',
    createdAt: '2026-01-01T00:00:00Z',
    lastUsedAt: null,
    expiresAt: null,
    revokedAt: null,
    ...overrides,
  };
}

describe('tokenStatus', () => {
  it('is active without an expiry, or before it', () => {
    expect(tokenStatus(token(), now)).toBe('active');
    expect(tokenStatus(token({ expiresAt: '2026-11-27T00:00:01Z' }), now)).toBe('active');
  });

  it('is expired from the expiry instant on', () => {
    expect(tokenStatus(token({ expiresAt: '2026-11-27T00:00:00Z' }), now)).toBe('expired');
  });

  it('is revoked once revoked, even if also expired', () => {
    expect(
      tokenStatus(token({ revokedAt: '2026-06-01T00:00:00Z', expiresAt: '2026-01-02T00:00:00Z' }), now),
    ).toBe('revoked');
  });
});

describe('parseExpiryDays', () => {
  it('reads an empty field as no expiry', () => {
    expect(parseExpiryDays('  ')).toBeUndefined();
  });

  it('accepts whole days from 1 to 3650', () => {
    expect(parseExpiryDays(' 30 ')).toBe(30);
    expect(parseExpiryDays('3650')).toBe(3650);
  });

  it('refuses anything else', () => {
    for (const value of ['0', '3651', '1.5', '-3', '30d', '１０'])
      expect(parseExpiryDays(value), value).toBeNull();
  });
});
