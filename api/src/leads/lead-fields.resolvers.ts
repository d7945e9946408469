import { chainImpactOf } from '../chain-gaps/chain-gaps.service';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { parseId } from '../graphql/ids';
import { mustExist } from '../graphql/must-exist';
import { auditChangesOf } from '../projects/audit-changes';
import { projectToday } from '../projects/project-rag.service';
import { oneOf } from '../shared/one-of';
import { LEAD_PRIORITIES, LEAD_SOURCES, LEAD_STAGES } from './lead-enums';
import { LEAD_ORDER_FIELDS } from './lead-order';
import { isOpenStage } from './lead-stage-rules';
import { myDueToday, myLeadsMovedByOthers, myOverdue, myStalled } from './my-day.service';

/** `last` within 1..200, so one field cannot ask for everything. */
const lastOf = (last: number | null | undefined, fallback: number) =>
  Math.max(1, Math.min(last ?? fallback, 200));

const DAY_MS = 86_400_000;

export const leadFieldResolvers: Resolvers = {
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
    lastActivityAt: (lead) => lead.last_activity_at,
    deletedAt: (lead) => lead.deleted_at,
    createdAt: (lead) => lead.created_at,
    updatedAt: (lead) => lead.updated_at,
    segments: (lead, _args, ctx) => ctx.loaders.segmentsOfLead.load(lead.id),
    stalled: async (lead, _args, ctx) => {
      if (!isOpenStage(lead.stage)) return false;
      const zone = mustExist(await ctx.loaders.zone.load(lead.zone_id));
      const quietSince = (lead.last_activity_at ?? lead.created_at).getTime();
      return quietSince < Date.now() - zone.lead_stall_days * DAY_MS;
    },
    followUpStatus: (lead) => {
      // A signed or lost lead has nothing left to follow up.
      if (lead.next_follow_up_on === null || !isOpenStage(lead.stage)) return 'NONE';
      const today = projectToday();
      if (lead.next_follow_up_on < today) return 'OVERDUE';
      return lead.next_follow_up_on === today ? 'DUE_TODAY' : 'UPCOMING';
    },
    activities: (lead, { last }, ctx) => ctx.loaders.recentActivitiesOfLead(lastOf(last, 50)).load(lead.id),
    stageHistory: (lead, _args, ctx) => ctx.loaders.stageChangesOfLead.load(lead.id),
    history: (lead, { last }, ctx) => ctx.loaders.recentHistoryOfLead(lastOf(last, 50)).load(lead.id),
    project: async (lead, _args, ctx) => {
      const id = await ctx.loaders.projectIdOfLead.load(lead.id);
      return id === null ? null : ctx.loaders.project.load(id);
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
  LeadStageChange: {
    lead: async (change, _args, ctx) => mustExist(await ctx.loaders.lead.load(change.lead_id)),
    fromStage: (change) => (change.from_stage === null ? null : oneOf(LEAD_STAGES, change.from_stage)),
    toStage: (change) => oneOf(LEAD_STAGES, change.to_stage),
    at: (change) => change.changed_at,
    actor: (change, _args, ctx) =>
      change.changed_by_id === null ? null : ctx.loaders.user.load(change.changed_by_id),
  },
  LeadChange: {
    actor: (entry, _args, ctx) => (entry.actor_id === null ? null : ctx.loaders.user.load(entry.actor_id)),
    changes: (entry) => auditChangesOf(entry.before, entry.after).changes,
  },
  LeadView: {
    filterJson: (view) => JSON.stringify(view.filter ?? {}),
    orderField: (view) => (view.order_field === null ? null : oneOf(LEAD_ORDER_FIELDS, view.order_field)),
    orderDirection: (view) =>
      view.order_direction === null ? null : oneOf(['ASC', 'DESC'] as const, view.order_direction),
  },
  MyDay: {
    dueToday: (_day, _args, ctx) => myDueToday(ctx),
    overdue: (_day, _args, ctx) => myOverdue(ctx),
    stalled: (_day, _args, ctx) => myStalled(ctx),
    movedByOthers: (day, _args, ctx) => myLeadsMovedByOthers(ctx, day),
  },
  Zone: {
    leadStallDays: (zone) => zone.lead_stall_days,
  },
};
