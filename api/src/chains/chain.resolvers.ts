import type { Resolvers } from '../graphql/generated/resolvers-types';
import { parseId } from '../graphql/ids';
import { mustExist } from '../graphql/must-exist';
import { oneOf } from '../shared/one-of';
import { listChains } from './chain.service';
import { STAGES } from './chain-enums';

export const chainResolvers: Resolvers = {
  Query: {
    chains: (_parent, _args, ctx) => listChains(ctx),
    chain: (_parent, { id }, ctx) => ctx.loaders.chain.load(parseId(id)),
  },
  Chain: {
    nameEn: (chain) => chain.name_en,
    weakBelow: (chain) => chain.weak_below,
    segments: (chain, _args, ctx) => ctx.loaders.segmentsOfChain.load(chain.id),
    feeds: (chain, _args, ctx) => ctx.loaders.feedsOfChain.load(chain.id),
  },
  Segment: {
    chain: async (segment, _args, ctx) => mustExist(await ctx.loaders.chain.load(segment.chain_id)),
    nameEn: (segment) => segment.name_en,
    stage: (segment) => oneOf(STAGES, segment.stage),
    parent: (segment, _args, ctx) =>
      segment.parent_id === null ? null : ctx.loaders.segment.load(segment.parent_id),
    children: async (segment, _args, ctx) =>
      (await ctx.loaders.segmentsOfChain.load(segment.chain_id)).filter((s) => s.parent_id === segment.id),
  },
  SegmentFeed: {
    from: async (feed, _args, ctx) => mustExist(await ctx.loaders.segment.load(feed.from_segment_id)),
    to: async (feed, _args, ctx) => mustExist(await ctx.loaders.segment.load(feed.to_segment_id)),
  },
};
