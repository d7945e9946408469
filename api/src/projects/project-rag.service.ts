import { requireViewer } from '../auth/viewer';
import type { ServiceContext } from '../context';
import { groupByKey } from '../shared/batch-order';
import { oneOf } from '../shared/one-of';
import { findMilestonesOfProjects, type MilestoneRow } from './milestone.repository';
import { findLatestReportsOfProjects, type ProgressReportRow } from './progress-report.repository';
import type { ProjectRow } from './project.repository';
import { MILESTONE_KINDS } from './project-enums';
import {
  DEFAULT_RAG_RULES,
  evaluateRag,
  type RagInput,
  type RagMilestone,
  type RagResult,
  type RagRules,
  shanghaiDate,
} from './rag';
import { ragRulesOfZones } from './rag-rules.service';

/** Today in the Asia/Shanghai calendar: the one place the projects module reads the clock. */
export function projectToday(now: Date = new Date()): string {
  return shanghaiDate(now);
}

export function toRagMilestones(rows: readonly MilestoneRow[]): RagMilestone[] {
  return rows.map((m) => ({
    kind: oneOf(MILESTONE_KINDS, m.kind),
    plannedOn: m.planned_on,
    actualOn: m.actual_on,
  }));
}

/** What the rules read about a project, from its rows. Reports are due from signing, else creation. */
export function ragInputOf(
  project: ProjectRow,
  milestones: readonly MilestoneRow[],
  latestReport: ProgressReportRow | null,
  today: string,
): RagInput {
  const signed = milestones.find((m) => m.kind === 'SIGNED')?.actual_on ?? null;
  return {
    today,
    milestones: toRagMilestones(milestones),
    totalInvestment: project.total_investment,
    investmentToDate: project.investment_to_date,
    latestReport: latestReport && {
      isoWeek: latestReport.iso_week,
      progressPercent: latestReport.progress_percent,
    },
    reportsDueFrom: signed ?? shanghaiDate(project.created_at),
  };
}

/** The RAG status of one project under its zone's rules. */
export function evaluateProjectRag(
  project: ProjectRow,
  milestones: readonly MilestoneRow[],
  latestReport: ProgressReportRow | null,
  today: string,
  rules: RagRules,
): RagResult {
  return evaluateRag(ragInputOf(project, milestones, latestReport, today), rules);
}

/**
 * The RAG status of many projects the caller already holds (so already access-checked), in two
 * queries whatever their number: their milestones and their latest reports.
 */
export async function ragOfProjects(
  ctx: ServiceContext,
  projects: readonly ProjectRow[],
  today: string = projectToday(),
): Promise<RagResult[]> {
  requireViewer(ctx.viewer);
  const ids = projects.map((p) => p.id);
  const zoneIds = [...new Set(projects.map((p) => p.zone_id))];
  const [milestones, reports, rules] = await Promise.all([
    findMilestonesOfProjects(ctx.db, ids),
    findLatestReportsOfProjects(ctx.db, ids),
    ragRulesOfZones(ctx, zoneIds),
  ]);
  const rulesByZone = new Map(zoneIds.map((id, i) => [id, rules[i] ?? DEFAULT_RAG_RULES]));
  const milestonesById = groupByKey(ids, milestones, (m) => m.project_id);
  const latestById = new Map(reports.map((r) => [r.project_id, r]));
  return projects.map((p, i) =>
    evaluateProjectRag(
      p,
      milestonesById[i] ?? [],
      latestById.get(p.id) ?? null,
      today,
      rulesByZone.get(p.zone_id) ?? DEFAULT_RAG_RULES,
    ),
  );
}

const STATUS_RANK = { RED: 0, YELLOW: 1, GREEN: 2 } as const;

/** Projects with their RAG, red first, then yellow, then green; by name within a status. */
export function sortWorstFirst<T extends { project: ProjectRow; rag: RagResult }>(items: T[]): T[] {
  return items.sort(
    (a, b) =>
      STATUS_RANK[a.rag.status] - STATUS_RANK[b.rag.status] ||
      a.project.name.localeCompare(b.project.name, 'zh-CN') ||
      a.project.id - b.project.id,
  );
}
