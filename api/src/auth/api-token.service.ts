import type { ServiceContext } from '../context';
import type { ApiTokenRow } from '../db/schema';
import { AppError } from '../errors';
import { insertApiToken, listApiTokensOfUser, revokeApiTokenOfUser } from './api-token.repository';
import { hashSecretToken, newSecretToken } from './secret-token';
import { requireViewer, requireWritableCredential } from './viewer';

export interface CreateApiTokenInput {
  name: string;
  scope?: 'READ' | 'READ_WRITE' | null;
  expiresInDays?: number | null;
}

/**
 * Creates a personal API token; the secret is returned this once and only its hash is kept.
 * Analysts and leaders only get read-only tokens, and a token cannot create tokens.
 */
export async function createApiToken(
  ctx: ServiceContext,
  input: CreateApiTokenInput,
): Promise<{ token: string; apiToken: ApiTokenRow }> {
  const viewer = requireViewer(ctx.viewer);
  if (viewer.via !== 'SESSION')
    throw new AppError('FORBIDDEN', 'API tokens are created from a signed-in session');
  const name = input.name.trim();
  if (!name || name.length > 100) throw new AppError('VALIDATION', 'Name the token (1 to 100 characters)');
  const scope = input.scope ?? 'READ';
  if (scope === 'READ_WRITE' && (viewer.role === 'ANALYST' || viewer.role === 'LEADER')) {
    throw new AppError('FORBIDDEN', 'Your role can only have read-only tokens');
  }
  const days = input.expiresInDays;
  if (days != null && (!Number.isInteger(days) || days < 1 || days > 3650)) {
    throw new AppError('VALIDATION', 'Expiry must be 1 to 3650 days', {
      details: { field: 'expiresInDays' },
    });
  }
  const token = newSecretToken('lzt');
  const apiToken = await insertApiToken(ctx.db, {
    userId: viewer.userId,
    name,
    tokenHash: hashSecretToken(token),
    prefix: token.slice(0, 10),
    scope,
    expiresAt: days == null ? null : new Date(Date.now() + days * 86_400_000),
  });
  ctx.log.info({ userId: viewer.userId, apiTokenId: apiToken.id, scope }, 'api token created');
  return { token, apiToken };
}

export function listApiTokens(ctx: ServiceContext): Promise<ApiTokenRow[]> {
  const viewer = requireViewer(ctx.viewer);
  return listApiTokensOfUser(ctx.db, viewer.userId);
}

export async function revokeApiToken(ctx: ServiceContext, id: number): Promise<ApiTokenRow> {
  const viewer = requireWritableCredential(ctx.viewer);
  const revoked = await revokeApiTokenOfUser(ctx.db, viewer.userId, id, new Date());
  if (!revoked) throw new AppError('NOT_FOUND', 'No such API token');
  ctx.log.info({ userId: viewer.userId, apiTokenId: id }, 'api token revoked');
  return revoked;
}
