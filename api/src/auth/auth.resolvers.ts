import type { Resolvers } from '../graphql/generated/resolvers-types';
import { parseId } from '../graphql/ids';
import { createApiToken, listApiTokens, revokeApiToken } from './api-token.service';

export const authResolvers: Resolvers = {
  Query: {
    apiTokens: (_parent, _args, ctx) => listApiTokens(ctx),
  },
  Mutation: {
    createApiToken: (_parent, { input }, ctx) => createApiToken(ctx, input),
    revokeApiToken: (_parent, { id }, ctx) => revokeApiToken(ctx, parseId(id)),
  },
  ApiToken: {
    prefix: (token) => token.token_prefix,
    scope: (token) => (token.scope === 'READ_WRITE' ? 'READ_WRITE' : 'READ'),
    createdAt: (token) => token.created_at,
    lastUsedAt: (token) => token.last_used_at,
    expiresAt: (token) => token.expires_at,
    revokedAt: (token) => token.revoked_at,
  },
};
