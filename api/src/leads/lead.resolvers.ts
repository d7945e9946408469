import { chainImpactOf } from '../chain-gaps/chain-gaps.service';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { parseId } from '../graphql/ids';
import { mustExist } from '../graphql/must-exist';
import { oneOf } from '../shared/one-of';
import { LEAD_STAGES } from './lead-stages';

export type ChainImpactModel = { chainId: number; before: number; after: number };

export const leadResolvers: Resolvers = {
  Query: {
    lead: (_parent, { id }, ctx) => ctx.loaders.lead.load(parseId(id)),
  },
  Lead: {
    zone: async (lead, _args, ctx) => mustExist(await ctx.loaders.zone.load(lead.zone_id)),
    firm: async (lead, _args, ctx) => mustExist(await ctx.loaders.firm.load(lead.firm_id)),
    stage: (lead) => oneOf(LEAD_STAGES, lead.stage),
    plannedInvestment: (lead) => lead.planned_investment,
    segments: async (lead, _args, ctx) => {
      const ids = await ctx.loaders.segmentIdsOfLead.load(lead.id);
      return (await Promise.all(ids.map((id) => ctx.loaders.segment.load(id)))).filter((s) => s !== null);
    },
    chainImpact: async (lead, args, ctx) => {
      const chainId = parseId(args.chainId, 'chainId');
      const input = await ctx.loaders.gapInput.load(`${lead.zone_id}:${chainId}`);
      return { chainId, ...chainImpactOf(input, lead.firm_id) };
    },
  },
  ChainImpact: {
    chain: async (impact, _args, ctx) => mustExist(await ctx.loaders.chain.load(impact.chainId)),
  },
};
