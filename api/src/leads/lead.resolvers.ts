import { chainImpactOf } from '../chain-gaps/chain-gaps.service';
import { decodeCursor, pageSize, toConnection } from '../graphql/connection';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { parseId } from '../graphql/ids';
import { mustExist } from '../graphql/must-exist';
import { oneOf } from '../shared/one-of';
import { createLead, listLeads } from './lead.service';
import { LEAD_PRIORITIES, LEAD_SOURCES, LEAD_STAGES } from './lead-enums';

export type ChainImpactModel = { chainId: number; before: number; after: number };

export const leadResolvers: Resolvers = {
  Query: {
    lead: (_parent, { id }, ctx) => ctx.loaders.lead.load(parseId(id)),
    leads: async (_parent, { filter, first, after }, ctx) => {
      const size = pageSize(first);
      const { rows, totalCount } = await listLeads(
        ctx,
        {
          zoneId: filter?.zoneId == null ? undefined : parseId(filter.zoneId, 'zoneId'),
          stages: filter?.stages ?? undefined,
          ownerId: filter?.ownerId == null ? undefined : parseId(filter.ownerId, 'ownerId'),
          firmId: filter?.firmId == null ? undefined : parseId(filter.firmId, 'firmId'),
          search: filter?.search ?? undefined,
        },
        { first: size, afterId: decodeCursor(after) },
      );
      return toConnection(rows, size, totalCount);
    },
  },
  Mutation: {
    createLead: (_parent, { input }, ctx) =>
      createLead(ctx, {
        zoneId: parseId(input.zoneId, 'zoneId'),
        firmId: parseId(input.firmId, 'firmId'),
        title: input.title,
        segmentIds: (input.segmentIds ?? []).map((id) => parseId(id, 'segmentIds')),
        source: input.source ?? 'OTHER',
        priority: input.priority ?? 'MEDIUM',
        plannedInvestment: input.plannedInvestment ?? null,
        nextFollowUpOn: input.nextFollowUpOn ?? null,
      }),
  },
  Lead: {
    zone: async (lead, _args, ctx) => mustExist(await ctx.loaders.zone.load(lead.zone_id)),
    firm: async (lead, _args, ctx) => mustExist(await ctx.loaders.firm.load(lead.firm_id)),
    stage: (lead) => oneOf(LEAD_STAGES, lead.stage),
    source: (lead) => oneOf(LEAD_SOURCES, lead.source),
    priority: (lead) => oneOf(LEAD_PRIORITIES, lead.priority),
    owner: (lead, _args, ctx) => (lead.owner_id === null ? null : ctx.loaders.user.load(lead.owner_id)),
    plannedInvestment: (lead) => lead.planned_investment,
    nextFollowUpOn: (lead) => lead.next_follow_up_on,
    expectedSigningOn: (lead) => lead.expected_signing_on,
    lostReason: (lead) => lead.lost_reason,
    createdAt: (lead) => lead.created_at,
    updatedAt: (lead) => lead.updated_at,
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
