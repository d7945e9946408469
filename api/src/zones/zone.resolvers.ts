import { canAccessZone, requireViewer } from '../auth/viewer';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { parseId } from '../graphql/ids';
import { oneOf } from '../shared/one-of';
import { getZone, listZones } from './zone.service';
import { ZONE_KINDS, ZONE_LEVELS } from './zone-enums';

export const zoneResolvers: Resolvers = {
  Query: {
    zones: (_parent, _args, ctx) => listZones(ctx),
    zone: (_parent, { id }, ctx) => getZone(ctx, parseId(id)),
  },
  Zone: {
    kind: (zone) => oneOf(ZONE_KINDS, zone.kind),
    level: (zone) => (zone.level === null ? null : oneOf(ZONE_LEVELS, zone.level)),
    chains: async (zone, _args, ctx) => {
      const chainIds = await ctx.loaders.chainIdsOfZone.load(zone.id);
      const chains = await Promise.all(chainIds.map((id) => ctx.loaders.chain.load(id)));
      return chains.filter((chain) => chain !== null);
    },
    accessible: (zone, _args, ctx) => canAccessZone(requireViewer(ctx.viewer), zone.id),
  },
};
