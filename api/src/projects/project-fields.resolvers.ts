import type { Resolvers } from '../graphql/generated/resolvers-types';
import { mustExist } from '../graphql/must-exist';
import { oneOf } from '../shared/one-of';
import { auditChangesOf } from './audit-changes';
import { ACTIVITY_KINDS, MILESTONE_KINDS } from './project-enums';
import type { RagReason, RagResult, RagRules } from './rag';

export type RagModel = RagResult;
export type RagReasonModel = RagReason;
export type RagRulesModel = RagRules;

/** `last` within 1..104 (two years of weekly reports), so one field cannot ask for everything. */
const lastOf = (last: number | null | undefined, fallback: number) =>
  Math.max(1, Math.min(last ?? fallback, 104));

export const projectFieldResolvers: Resolvers = {
  Project: {
    zone: async (p, _args, ctx) => mustExist(await ctx.loaders.zone.load(p.zone_id)),
    firm: async (p, _args, ctx) => mustExist(await ctx.loaders.firm.load(p.firm_id)),
    lead: (p, _args, ctx) => (p.lead_id === null ? null : ctx.loaders.lead.load(p.lead_id)),
    segments: async (p, _args, ctx) => {
      const ids = await ctx.loaders.segmentIdsOfProject.load(p.id);
      return (await Promise.all(ids.map((id) => ctx.loaders.segment.load(id)))).filter((s) => s !== null);
    },
    totalInvestment: (p) => p.total_investment,
    fixedAssetInvestment: (p) => p.fixed_asset_investment,
    investmentToDate: (p) => p.investment_to_date,
    investmentRatio: (p) =>
      p.total_investment !== null && p.total_investment > 0
        ? p.investment_to_date / p.total_investment
        : null,
    landMu: (p) => p.land_mu,
    expectedAnnualOutput: (p) => p.expected_annual_output,
    expectedAnnualTax: (p) => p.expected_annual_tax,
    accountableLeaderName: (p) => p.accountable_leader_name,
    accountableLeaderTitle: (p) => p.accountable_leader_title,
    accountableLeader: (p, _args, ctx) =>
      p.accountable_leader_id === null ? null : ctx.loaders.user.load(p.accountable_leader_id),
    responsibleUnit: (p) => p.responsible_unit,
    contactName: (p) => p.contact_name,
    contactPhone: (p) => p.contact_phone,
    milestones: (p, _args, ctx) => ctx.loaders.milestonesOfProject.load(p.id),
    progressReports: (p, { last }, ctx) => ctx.loaders.recentReportsOfProject(lastOf(last, 12)).load(p.id),
    latestReport: (p, _args, ctx) => ctx.loaders.latestReportOfProject.load(p.id),
    rag: (p, _args, ctx) => ctx.loaders.ragOfProject.load(p),
    activities: (p, { last }, ctx) => ctx.loaders.recentActivitiesOfProject(lastOf(last, 20)).load(p.id),
    history: (p, { last }, ctx) => ctx.loaders.recentHistoryOfProject(lastOf(last, 20)).load(p.id),
    createdAt: (p) => p.created_at,
    updatedAt: (p) => p.updated_at,
  },
  Milestone: {
    project: async (m, _args, ctx) => mustExist(await ctx.loaders.project.load(m.project_id)),
    kind: (m) => oneOf(MILESTONE_KINDS, m.kind),
    plannedOn: (m) => m.planned_on,
    actualOn: (m) => m.actual_on,
    updatedAt: (m) => m.updated_at,
  },
  ProgressReport: {
    project: async (r, _args, ctx) => mustExist(await ctx.loaders.project.load(r.project_id)),
    isoWeek: (r) => r.iso_week,
    progressPercent: (r) => r.progress_percent,
    supportNeeded: (r) => r.support_needed,
    author: (r, _args, ctx) => (r.author_id === null ? null : ctx.loaders.user.load(r.author_id)),
    createdAt: (r) => r.created_at,
    updatedAt: (r) => r.updated_at,
  },
  Activity: {
    kind: (a) => oneOf(ACTIVITY_KINDS, a.kind),
    occurredAt: (a) => a.occurred_at,
    author: (a, _args, ctx) => (a.author_id === null ? null : ctx.loaders.user.load(a.author_id)),
  },
  ProjectChange: {
    actor: (e, _args, ctx) => (e.actor_id === null ? null : ctx.loaders.user.load(e.actor_id)),
    subject: (e) => auditChangesOf(e.before, e.after).subject,
    changes: (e) => auditChangesOf(e.before, e.after).changes,
  },
  Rag: {
    plannedProgressPercent: (rag) => rag.progress?.plannedPercent ?? null,
    actualProgressPercent: (rag) => rag.progress?.actualPercent ?? null,
    progressBasis: (rag) => rag.progress?.basis ?? null,
  },
  RagReason: {
    params: (reason) =>
      Object.entries(reason.params).map(([name, value]) => ({ name, value: String(value) })),
  },
};
