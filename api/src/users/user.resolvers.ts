import type { Resolvers } from '../graphql/generated/resolvers-types';
import { parseId } from '../graphql/ids';
import { oneOf } from '../shared/one-of';
import { localeKeyOf, ROLES } from './roles';
import { getCurrentUser, updateMyPreferences, zoneMembers } from './user.service';

export const userResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, ctx) => getCurrentUser(ctx),
    zoneMembers: (_parent, { zoneId }, ctx) => zoneMembers(ctx, parseId(zoneId, 'zoneId')),
  },
  Mutation: {
    updateMyPreferences: (_parent, { input }, ctx) => updateMyPreferences(ctx, input),
  },
  User: {
    displayName: (user) => user.display_name,
    role: (user) => oneOf(ROLES, user.role),
    zone: (user, _args, ctx) => (user.zone_id === null ? null : ctx.loaders.zone.load(user.zone_id)),
    locale: (user) => localeKeyOf(user.locale),
    digestOptIn: (user) => user.digest_opt_in,
  },
};
