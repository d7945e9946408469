import type { Resolvers } from '../graphql/generated/resolvers-types';
import { parseId } from '../graphql/ids';
import { mustExist } from '../graphql/must-exist';
import { oneOf } from '../shared/one-of';
import { getSupplyNetwork, type SupplyNetworkModel } from './firm.service';
import { FIRM_TAGS } from './firm-tags';

export type SupplierLinkModel = SupplyNetworkModel['suppliers'][number];

export const firmResolvers: Resolvers = {
  Query: {
    firm: (_parent, { id }, ctx) => ctx.loaders.firm.load(parseId(id)),
    supplyNetwork: (_parent, { anchorId }, ctx) => getSupplyNetwork(ctx, parseId(anchorId, 'anchorId')),
  },
  Firm: {
    zone: (firm, _args, ctx) => (firm.zone_id === null ? null : ctx.loaders.zone.load(firm.zone_id)),
    tags: (firm) => firm.tags.map((tag) => oneOf(FIRM_TAGS, tag)),
    foundedOn: (firm) => firm.founded_on,
    segments: async (firm, _args, ctx) => {
      const ids = await ctx.loaders.segmentIdsOfFirm.load(firm.id);
      return (await Promise.all(ids.map((id) => ctx.loaders.segment.load(id)))).filter((s) => s !== null);
    },
  },
  SupplierLink: {
    firm: async (link, _args, ctx) => mustExist(await ctx.loaders.firm.load(link.firmId)),
    segment: (link, _args, ctx) =>
      link.segmentId === null ? null : ctx.loaders.segment.load(link.segmentId),
  },
};
