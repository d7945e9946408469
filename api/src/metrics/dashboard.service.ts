import { requireZoneAccess } from '../auth/viewer';
import { findChainsByIds } from '../chains/chain.repository';
import type { ServiceContext } from '../context';
import type { ChainRow, LeadRow, ZoneRow } from '../db/schema';
import { AppError } from '../errors';
import { findAllProjects } from '../projects/project.repository';
import { RAG_STATUSES, type RagStatus } from '../projects/project-enums';
import { ragOfProjects } from '../projects/project-rag.service';
import { isoWeekOf, shanghaiDate } from '../projects/rag';
import { findZoneById } from '../zones/zone.repository';
import {
  investmentProgress,
  METRIC_KEYS,
  METRIC_UNIT,
  type MetricKey,
  type MetricUnit,
  newLeadCount,
  type Period,
  pipelineFunnel,
  signedInvestment,
  signedProjectCount,
} from './metric-definitions';
import { findFollowUpsDue } from './metrics.repository';
import { lastDayOfIsoWeek, monthToDate, previousIsoWeek, sameWindowLastYear, yearToDate } from './periods';
import { weeklyMetrics } from './snapshots';
import { loadMetricSource, zoneMetricsFor } from './zone-metrics';

/** How many past weeks the completeness trend shows. */
export const TREND_WEEKS = 12;
const FOLLOW_UPS_LISTED = 20;

export interface ZoneDashboardModel {
  zone: ZoneRow;
  asOf: string;
  isoWeek: string;
  metrics: { key: MetricKey; unit: MetricUnit; value: number | null; previousWeek: number | null }[];
  funnel: ReturnType<typeof pipelineFunnel>;
  comparisons: {
    period: 'MONTH_TO_DATE' | 'YEAR_TO_DATE';
    from: string;
    to: string;
    newLeads: number;
    newLeadsLastYear: number;
    signings: number;
    signingsLastYear: number;
    signedInvestment: number;
    signedInvestmentLastYear: number;
  }[];
  projectsByRag: { status: RagStatus; count: number }[];
  investment: { planned: number; inPlace: number; rate: number | null };
  chains: { chain: ChainRow; completeness: number; trend: { isoWeek: string; value: number | null }[] }[];
  followUps: { overdue: number; dueThisWeek: number; leads: LeadRow[] };
}

/** The weeks of the trend: the TREND_WEEKS weeks before `isoWeek`, oldest first. */
function trendWeeks(isoWeek: string): string[] {
  const weeks: string[] = [];
  for (let w = previousIsoWeek(isoWeek); weeks.length < TREND_WEEKS; w = previousIsoWeek(w)) weeks.unshift(w);
  return weeks;
}

/**
 * A zone's week at a glance: every figure comes from metric-definitions.ts (the same functions the
 * ranking and the snapshots use), computed live for today; the "previous week" figures and the trend
 * come from the weekly snapshots (computed as a snapshot would be where none was stored).
 */
export async function zoneDashboard(
  ctx: ServiceContext,
  zoneId: number,
  now: Date = new Date(),
): Promise<ZoneDashboardModel> {
  requireZoneAccess(ctx.viewer, zoneId);
  const zone = await findZoneById(ctx.db, zoneId);
  if (!zone) throw new AppError('NOT_FOUND', 'No such zone', { details: { zoneId } });

  const today = shanghaiDate(now);
  const isoWeek = isoWeekOf(today);
  const weeks = trendWeeks(isoWeek);
  const [source, history, projects, followUps] = await Promise.all([
    loadMetricSource(ctx.db, [zoneId]),
    weeklyMetrics(ctx.db, [zoneId], weeks, today),
    findAllProjects(ctx.db, { zoneIds: [zoneId], orAccountableTo: null }),
    findFollowUpsDue(ctx.db, zoneId, lastDayOfIsoWeek(isoWeek)),
  ]);
  const current = zoneMetricsFor(source, zoneId, yearToDate(today), true);
  const lastWeek = history.get(weeks[weeks.length - 1]!)?.get(zoneId) ?? null;
  const zoneProjects = source.projects.get(zoneId) ?? [];
  const zoneLeads = source.leads.get(zoneId) ?? [];

  const compare = (period: 'MONTH_TO_DATE' | 'YEAR_TO_DATE', window: Period) => {
    const lastYear = sameWindowLastYear(window);
    return {
      period,
      from: window.from,
      to: window.to,
      newLeads: newLeadCount(zoneLeads, window),
      newLeadsLastYear: newLeadCount(zoneLeads, lastYear),
      signings: signedProjectCount(zoneProjects, window),
      signingsLastYear: signedProjectCount(zoneProjects, lastYear),
      signedInvestment: signedInvestment(zoneProjects, window),
      signedInvestmentLastYear: signedInvestment(zoneProjects, lastYear),
    };
  };

  const rags = await ragOfProjects(ctx, projects, today);
  const chainRows = await findChainsByIds(
    ctx.db,
    current.chains.map((c) => c.chainId),
  );
  const chainsById = new Map(chainRows.map((c) => [c.id, c]));

  return {
    zone,
    asOf: today,
    isoWeek,
    metrics: METRIC_KEYS.map((key) => ({
      key,
      unit: METRIC_UNIT[key],
      value: current.values[key],
      previousWeek: lastWeek?.values[key] ?? null,
    })),
    funnel: pipelineFunnel(zoneLeads),
    comparisons: [compare('MONTH_TO_DATE', monthToDate(today)), compare('YEAR_TO_DATE', yearToDate(today))],
    projectsByRag: RAG_STATUSES.map((status) => ({
      status,
      count: rags.filter((r) => r.status === status).length,
    })),
    investment: investmentProgress(zoneProjects, today),
    chains: current.chains.flatMap(({ chainId, completeness }) => {
      const chain = chainsById.get(chainId);
      if (!chain) return [];
      const trend = weeks.map((week) => ({
        isoWeek: week,
        value:
          history
            .get(week)
            ?.get(zoneId)
            ?.chains.find((c) => c.chainId === chainId)?.completeness ?? null,
      }));
      return [{ chain, completeness, trend: [...trend, { isoWeek, value: completeness }] }];
    }),
    followUps: {
      overdue: followUps.filter((l) => (l.next_follow_up_on ?? '') < today).length,
      dueThisWeek: followUps.filter((l) => (l.next_follow_up_on ?? '') >= today).length,
      leads: followUps.slice(0, FOLLOW_UPS_LISTED),
    },
  };
}
