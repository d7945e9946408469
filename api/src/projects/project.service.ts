import { requireViewer, requireZoneAccess, type Viewer } from '../auth/viewer';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { groupByKey, orderById } from '../shared/batch-order';
import { findMilestonesOfProjects, type MilestoneRow } from './milestone.repository';
import {
  findLatestReportsOfProjects,
  findProjectIdsReportedIn,
  findRecentReportsOfProjects,
  type ProgressReportRow,
} from './progress-report.repository';
import {
  findAllProjects,
  findProjectsByIds,
  findProjectsPage,
  findSegmentIdsOfProjects,
  type ProjectQuery,
  type ProjectRow,
  type ProjectTotals,
  summarizeProjects,
} from './project.repository';
import { canSeeProject, projectScopeOf } from './project-access';
import type { RagStatus } from './project-enums';
import { projectToday, ragOfProjects, sortWorstFirst } from './project-rag.service';
import {
  addDays,
  isIsoWeek,
  isMilestoneReason,
  isoWeekOf,
  mondayOfIsoWeek,
  type RagResult,
  shanghaiDate,
} from './rag';

/** Projects by id, as null where the viewer may not see them (a foreign project looks like a missing one). */
export async function projectsByIds(
  ctx: ServiceContext,
  ids: readonly number[],
): Promise<(ProjectRow | null)[]> {
  const viewer = requireViewer(ctx.viewer);
  const rows = await findProjectsByIds(ctx.db, ids);
  return orderById(
    ids,
    rows.filter((p) => canSeeProject(viewer, p)),
  );
}

// The batches below serve nested fields of projects the caller already holds (so already checked).

export async function milestonesOfProjects(
  ctx: ServiceContext,
  ids: readonly number[],
): Promise<MilestoneRow[][]> {
  requireViewer(ctx.viewer);
  return groupByKey(ids, await findMilestonesOfProjects(ctx.db, ids), (m) => m.project_id);
}

export async function latestReportsOfProjects(
  ctx: ServiceContext,
  ids: readonly number[],
): Promise<(ProgressReportRow | null)[]> {
  requireViewer(ctx.viewer);
  const byProject = new Map((await findLatestReportsOfProjects(ctx.db, ids)).map((r) => [r.project_id, r]));
  return ids.map((id) => byProject.get(id) ?? null);
}

export async function recentReportsOfProjects(
  ctx: ServiceContext,
  ids: readonly number[],
  last: number,
): Promise<ProgressReportRow[][]> {
  requireViewer(ctx.viewer);
  return groupByKey(ids, await findRecentReportsOfProjects(ctx.db, ids, last), (r) => r.project_id);
}

export async function segmentIdsOfProjects(ctx: ServiceContext, ids: readonly number[]): Promise<number[][]> {
  requireViewer(ctx.viewer);
  const rows = await findSegmentIdsOfProjects(ctx.db, ids);
  return groupByKey(ids, rows, (r) => r.project_id).map((group) => group.map((r) => r.segment_id));
}

export interface ProjectFilterInput {
  zoneId?: number | undefined;
  ragStatuses?: RagStatus[] | undefined;
  accountableLeaderId?: number | undefined;
  responsibleUnit?: string | undefined;
  chainId?: number | undefined;
  /** true: only projects with a late milestone; false: only those without. */
  milestoneLate?: boolean | undefined;
  search?: string | undefined;
}

export interface ProjectList {
  rows: ProjectRow[];
  totalCount: number;
  totals: ProjectTotals;
}

/**
 * A page of the ledger (台账) with the count and totals of the whole filtered set. Zone scoping as in
 * project-access.ts; a zone filter outside the viewer's zones is FORBIDDEN (a LEADER may still narrow
 * their own projects by zone). SQL filters, pages and sums when only columns are filtered. The RAG
 * filters (status, milestone late) are computed: then the service loads every project in scope that
 * passes the column filters (three queries), evaluates them, and pages and sums in memory — fine for
 * the thousands of projects a province has; beyond that the status would be stored and refreshed.
 */
export async function listProjects(
  ctx: ServiceContext,
  filter: ProjectFilterInput,
  page: { first: number; afterId: number | null },
): Promise<ProjectList> {
  const viewer = requireViewer(ctx.viewer);
  const query = projectQueryOf(viewer, filter);
  if (!filter.ragStatuses?.length && filter.milestoneLate === undefined) {
    const [rows, summary] = await Promise.all([
      findProjectsPage(ctx.db, query, page),
      summarizeProjects(ctx.db, query),
    ]);
    return { rows, totalCount: summary.count, totals: summary.totals };
  }
  const { rows: kept } = await allProjectsMatching(ctx, filter);
  const after = page.afterId === null ? kept : kept.filter((p) => p.id < page.afterId!);
  return { rows: after.slice(0, page.first + 1), totalCount: kept.length, totals: totalsOf(kept) };
}

/**
 * Every project the viewer may see that passes the filter, newest first, with its RAG (for the RAG
 * filters and the weekly sheet). Same scoping and checks as the ledger.
 */
export async function allProjectsMatching(
  ctx: ServiceContext,
  filter: ProjectFilterInput,
): Promise<{ rows: ProjectRow[]; rag: RagResult[] }> {
  const viewer = requireViewer(ctx.viewer);
  const all = await findAllProjects(ctx.db, projectQueryOf(viewer, filter));
  const rag = await ragOfProjects(ctx, all);
  const keep = all.map((_p, i) => matchesRag(rag[i]!, filter));
  return { rows: all.filter((_p, i) => keep[i]), rag: rag.filter((_r, i) => keep[i]) };
}

function projectQueryOf(viewer: Viewer, filter: ProjectFilterInput): ProjectQuery {
  if (filter.zoneId !== undefined && viewer.role !== 'LEADER') requireZoneAccess(viewer, filter.zoneId);
  return {
    ...projectScopeOf(viewer),
    zoneId: filter.zoneId,
    accountableLeaderId: filter.accountableLeaderId,
    responsibleUnit: filter.responsibleUnit?.trim() || undefined,
    chainId: filter.chainId,
    search: filter.search?.trim().slice(0, 100) || undefined,
  };
}

function matchesRag(rag: RagResult, filter: ProjectFilterInput): boolean {
  if (filter.ragStatuses?.length && !filter.ragStatuses.includes(rag.status)) return false;
  if (filter.milestoneLate !== undefined && rag.reasons.some(isMilestoneReason) !== filter.milestoneLate) {
    return false;
  }
  return true;
}

function totalsOf(rows: readonly ProjectRow[]): ProjectTotals {
  const sum = (pick: (p: ProjectRow) => number | null) => rows.reduce((acc, p) => acc + (pick(p) ?? 0), 0);
  return {
    totalInvestment: sum((p) => p.total_investment),
    fixedAssetInvestment: sum((p) => p.fixed_asset_investment),
    investmentToDate: sum((p) => p.investment_to_date),
    landMu: sum((p) => p.land_mu),
    expectedAnnualOutput: sum((p) => p.expected_annual_output),
    expectedAnnualTax: sum((p) => p.expected_annual_tax),
  };
}

/** The projects the viewer is accountable for (a LEADER's page), red first. Empty for anyone else. */
export async function myAccountableProjects(ctx: ServiceContext): Promise<ProjectRow[]> {
  const viewer = requireViewer(ctx.viewer);
  const accountable = await findAllProjects(ctx.db, {
    zoneIds: 'ALL',
    orAccountableTo: null,
    accountableLeaderId: viewer.userId,
  });
  // Only LEADER users can be made accountable, but the scoping rule decides, not that invariant.
  const rows = accountable.filter((p) => canSeeProject(viewer, p));
  const rag = await ragOfProjects(ctx, rows);
  return sortWorstFirst(rows.map((project, i) => ({ project, rag: rag[i]! }))).map((item) => item.project);
}

/**
 * The zone's projects without a report for the ISO week (default: the current one), for the manager's
 * weekly chase. Finished projects (PRODUCTION done) no longer report and projects created after the
 * week are not yet due. Readable by whoever sees the zone: it shows nothing the ledger does not.
 */
export async function missingReports(
  ctx: ServiceContext,
  zoneId: number,
  isoWeek?: string,
): Promise<ProjectRow[]> {
  const viewer = requireZoneAccess(ctx.viewer, zoneId);
  const week = isoWeek ?? isoWeekOf(projectToday());
  if (!isIsoWeek(week)) {
    throw new AppError('VALIDATION', 'isoWeek must look like 2026-W48', { details: { field: 'isoWeek' } });
  }
  const weekEnd = addDays(mondayOfIsoWeek(week), 6);
  const rows = (await findAllProjects(ctx.db, { ...projectScopeOf(viewer), zoneId })).filter(
    (p) => shanghaiDate(p.created_at) <= weekEnd,
  );
  const ids = rows.map((p) => p.id);
  const [reported, milestones] = await Promise.all([
    findProjectIdsReportedIn(ctx.db, ids, week),
    findMilestonesOfProjects(ctx.db, ids),
  ]);
  const finished = new Set(
    milestones.filter((m) => m.kind === 'PRODUCTION' && m.actual_on).map((m) => m.project_id),
  );
  return rows.filter((p) => !reported.has(p.id) && !finished.has(p.id)).sort((a, b) => a.id - b.id);
}
