import type { Resolvers } from '../graphql/generated/resolvers-types';
import { parseId } from '../graphql/ids';
import { mustExist } from '../graphql/must-exist';
import { oneOf } from '../shared/one-of';
import { getSupplyNetwork, type SupplyNetworkModel } from './firm.service';
import { listFirmDuplicates } from './firm-duplicates.service';
import { listFirms } from './firm-list.service';
import { mergeFirms } from './firm-merge.service';
import { FIRM_TAGS } from './firm-tags';

export type SupplierLinkModel = SupplyNetworkModel['suppliers'][number];

export const firmResolvers: Resolvers = {
  Query: {
    firm: (_parent, { id }, ctx) => ctx.loaders.firm.load(parseId(id)),
    supplyNetwork: (_parent, { anchorId }, ctx) => getSupplyNetwork(ctx, parseId(anchorId, 'anchorId')),
    firms: (_parent, args, ctx) =>
      listFirms(
        ctx,
        {
          search: args.search ?? undefined,
          zoneId: args.zoneId ? parseId(args.zoneId, 'zoneId') : undefined,
          segmentId: args.segmentId ? parseId(args.segmentId, 'segmentId') : undefined,
          tags: args.tags ?? undefined,
        },
        { first: args.first, after: args.after },
      ),
    firmDuplicates: (_parent, { zoneId, first }, ctx) =>
      listFirmDuplicates(ctx, { zoneId: zoneId ? parseId(zoneId, 'zoneId') : undefined, first }),
  },
  Mutation: {
    mergeFirms: (_parent, args, ctx) =>
      mergeFirms(ctx, {
        survivorId: parseId(args.survivorId, 'survivorId'),
        duplicateId: parseId(args.duplicateId, 'duplicateId'),
        survivorVersion: args.survivorVersion,
      }),
  },
  Firm: {
    zone: (firm, _args, ctx) => (firm.zone_id === null ? null : ctx.loaders.zone.load(firm.zone_id)),
    tags: (firm) => firm.tags.map((tag) => oneOf(FIRM_TAGS, tag)),
    foundedOn: (firm) => firm.founded_on,
    segments: (firm, _args, ctx) => ctx.loaders.segmentsOfFirm.load(firm.id),
  },
  FirmConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  SupplierLink: {
    firm: async (link, _args, ctx) => mustExist(await ctx.loaders.firm.load(link.firmId)),
    segment: (link, _args, ctx) =>
      link.segmentId === null ? null : ctx.loaders.segment.load(link.segmentId),
  },
};
