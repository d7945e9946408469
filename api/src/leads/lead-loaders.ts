import DataLoader from 'dataloader';
import type { ServiceContext } from '../context';
import { segmentsOfLeads } from './lead.service';
import {
  activitiesOfLeads,
  historyOfLeads,
  projectIdsOfLeads,
  stageChangesOfLeads,
} from './lead-history.service';

/**
 * The leads module's per-request batchers (spread into graphql/loaders.ts): a page of N leads with
 * their segments, timelines, stage histories or projects costs one query for each, not N.
 */
export function createLeadLoaders(ctx: ServiceContext) {
  return {
    segmentsOfLead: new DataLoader((ids: readonly number[]) => segmentsOfLeads(ctx, ids)),
    stageChangesOfLead: new DataLoader((ids: readonly number[]) => stageChangesOfLeads(ctx, ids)),
    projectIdOfLead: new DataLoader((ids: readonly number[]) => projectIdsOfLeads(ctx, ids)),
    /** The last `last` activities or audit entries of a lead: one batch per distinct `last`. */
    recentActivitiesOfLead: perLast((ids, last) => activitiesOfLeads(ctx, ids, last)),
    recentHistoryOfLead: perLast((ids, last) => historyOfLeads(ctx, ids, last)),
  };
}

/** A loader per `last` argument, made on first use: `perLast(batch)(12).load(leadId)`. */
function perLast<T>(batch: (ids: readonly number[], last: number) => Promise<T[]>) {
  const loaders = new Map<number, DataLoader<number, T>>();
  return (last: number): DataLoader<number, T> => {
    let loader = loaders.get(last);
    if (!loader) {
      loader = new DataLoader((ids: readonly number[]) => batch(ids, last));
      loaders.set(last, loader);
    }
    return loader;
  };
}
