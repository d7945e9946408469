import { pageSize } from '../graphql/connection';
import type {
  LeadFilter,
  LeadOrder as LeadOrderInput,
  Resolvers,
} from '../graphql/generated/resolvers-types';
import { parseId } from '../graphql/ids';
import type { LeadPageRow } from './lead.repository';
import { createLead, type LeadFilterInput, leadBoard, listLeads } from './lead.service';
import { logLeadActivity } from './lead-activity.service';
import { BIN_ORDER, deleteLead, listDeletedLeads, restoreLead } from './lead-bin.service';
import { moveLead } from './lead-move.service';
import { DEFAULT_LEAD_ORDER, decodeLeadCursor, encodeLeadCursor, type LeadOrder } from './lead-order';
import { reassignLeads } from './lead-reassign.service';
import { updateLead } from './lead-update.service';
import { deleteLeadView, leadViews, saveLeadView } from './lead-views.service';
import { setZoneLeadStallDays } from './lead-zone-settings.service';
import { markMyDaySeen, myDay } from './my-day.service';

export type ChainImpactModel = { chainId: number; before: number; after: number };

const optionalId = (value: string | number | null | undefined, field: string) =>
  value == null ? undefined : parseId(value, field);

/** A GraphQL LeadFilter as the service takes it (ids parsed, nulls dropped). */
export function leadFilterOf(filter: LeadFilter | null | undefined): LeadFilterInput {
  return {
    zoneId: optionalId(filter?.zoneId, 'zoneId'),
    stages: filter?.stages ?? undefined,
    ownerId: optionalId(filter?.ownerId, 'ownerId'),
    firmId: optionalId(filter?.firmId, 'firmId'),
    mine: filter?.mine ?? undefined,
    chainId: optionalId(filter?.chainId, 'chainId'),
    segmentId: optionalId(filter?.segmentId, 'segmentId'),
    sources: filter?.sources ?? undefined,
    priorities: filter?.priorities ?? undefined,
    stalled: filter?.stalled ?? undefined,
    followUp: filter?.followUp ?? undefined,
    search: filter?.search ?? undefined,
  };
}

const orderOf = (order: LeadOrderInput | null | undefined): LeadOrder =>
  order ? { field: order.field, direction: order.direction ?? 'DESC' } : DEFAULT_LEAD_ORDER;

/** A Relay connection of a page fetched with one extra row (to tell whether a next page exists). */
function leadConnection(rows: LeadPageRow[], first: number, totalCount: number, order: LeadOrder) {
  const nodes = rows.slice(0, first);
  const edges = nodes.map(({ sort_value, ...node }) => ({
    cursor: encodeLeadCursor(order, sort_value, node.id),
    node,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

export const leadResolvers: Resolvers = {
  Query: {
    lead: (_parent, { id }, ctx) => ctx.loaders.lead.load(parseId(id)),
    leads: async (_parent, { filter, orderBy, first, after }, ctx) => {
      const size = pageSize(first);
      const order = orderOf(orderBy);
      const { rows, totalCount } = await listLeads(ctx, leadFilterOf(filter), order, {
        first: size,
        after: decodeLeadCursor(after, order),
      });
      return leadConnection(rows, size, totalCount, order);
    },
    leadBoard: async (_parent, { filter }, ctx) => ({ columns: await leadBoard(ctx, leadFilterOf(filter)) }),
    deletedLeads: async (_parent, { zoneId, first, after }, ctx) => {
      const size = pageSize(first);
      const { rows, totalCount } = await listDeletedLeads(ctx, parseId(zoneId, 'zoneId'), {
        first: size,
        after: decodeLeadCursor(after, BIN_ORDER),
      });
      return leadConnection(rows, size, totalCount, BIN_ORDER);
    },
    leadViews: (_parent, _args, ctx) => leadViews(ctx),
    myDay: (_parent, _args, ctx) => myDay(ctx),
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
    updateLead: (_parent, { id, version, input }, ctx) => {
      // A missing key leaves a field unchanged, null clears it: only the given keys are passed on.
      const patch: Parameters<typeof updateLead>[3] = {};
      if ('title' in input) patch.title = input.title ?? null;
      if ('segmentIds' in input)
        patch.segmentIds = input.segmentIds?.map((s) => parseId(s, 'segmentIds')) ?? null;
      if ('source' in input) patch.source = input.source ?? null;
      if ('priority' in input) patch.priority = input.priority ?? null;
      if ('plannedInvestment' in input) patch.plannedInvestment = input.plannedInvestment ?? null;
      if ('nextFollowUpOn' in input) patch.nextFollowUpOn = input.nextFollowUpOn ?? null;
      if ('expectedSigningOn' in input) patch.expectedSigningOn = input.expectedSigningOn ?? null;
      if ('ownerId' in input)
        patch.ownerId = input.ownerId == null ? null : parseId(input.ownerId, 'ownerId');
      return updateLead(ctx, parseId(id), version, patch);
    },
    moveLead: (_parent, { id, version, stage, lostReason, note }, ctx) =>
      moveLead(ctx, parseId(id), version, { stage, lostReason, note }),
    logLeadActivity: (_parent, { input }, ctx) =>
      logLeadActivity(ctx, {
        leadId: parseId(input.leadId, 'leadId'),
        kind: input.kind,
        summary: input.summary,
        occurredAt: input.occurredAt ?? null,
        nextFollowUpOn: input.nextFollowUpOn ?? null,
      }),
    deleteLead: (_parent, { id, version }, ctx) => deleteLead(ctx, parseId(id), version),
    restoreLead: (_parent, { id }, ctx) => restoreLead(ctx, parseId(id)),
    reassignLeads: (_parent, { ids, ownerId }, ctx) =>
      reassignLeads(
        ctx,
        ids.map((id) => parseId(id, 'ids')),
        parseId(ownerId, 'ownerId'),
      ),
    saveLeadView: (_parent, { name, filter, orderBy }, ctx) => {
      leadFilterOf(filter); // the ids must at least be ids; zones are checked when the view is used
      return saveLeadView(ctx, { name, filter: { ...filter }, orderBy: orderBy ? orderOf(orderBy) : null });
    },
    deleteLeadView: (_parent, { id }, ctx) => deleteLeadView(ctx, parseId(id)),
    markMyDaySeen: (_parent, _args, ctx) => markMyDaySeen(ctx),
    setZoneLeadStallDays: (_parent, { zoneId, days }, ctx) =>
      setZoneLeadStallDays(ctx, parseId(zoneId, 'zoneId'), days),
  },
};
