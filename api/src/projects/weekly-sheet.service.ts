import type { ServiceContext } from '../context';
import { findFirmsByIds } from '../firms/firm.repository';
import { findUsersByIds } from '../users/user.repository';
import { findZonesByIds } from '../zones/zone.repository';
import { findMilestonesOfProjects } from './milestone.repository';
import { findLatestReportsOfProjects, type ProgressReportRow } from './progress-report.repository';
import { allProjectsMatching } from './project.service';
import type { MilestoneKind } from './project-enums';
import { projectToday, sortWorstFirst } from './project-rag.service';
import { isoWeekOf, type RagResult } from './rag';

/** One line of the weekly sheet (调度表): plain values, no database rows. */
export interface WeeklySheetRow {
  zoneName: string;
  name: string;
  firmName: string;
  totalInvestment: number | null;
  fixedAssetInvestment: number | null;
  investmentToDate: number;
  /** Investment to date over total, 0-1; null without a total. */
  investmentRatio: number | null;
  /** 挂点领导: name and title. */
  leader: string;
  responsibleUnit: string;
  milestones: Partial<Record<MilestoneKind, { plannedOn: string | null; actualOn: string | null }>>;
  rag: RagResult;
  latestReport: Pick<
    ProgressReportRow,
    'iso_week' | 'progress_percent' | 'progress' | 'problems' | 'support_needed'
  > | null;
}

export interface WeeklySheet {
  /** The one zone exported, or null for every zone the viewer may see. */
  zoneName: string | null;
  today: string;
  isoWeek: string;
  rows: WeeklySheetRow[];
}

/**
 * The weekly sheet's content: the projects the viewer may see (one zone, or all their zones), through
 * the same scoping and checks as the ledger, grouped by zone and red first within a zone. A handful
 * of queries whatever the number of projects.
 */
export async function loadWeeklySheet(
  ctx: ServiceContext,
  filter: { zoneId?: number },
): Promise<WeeklySheet> {
  const { rows, rag } = await allProjectsMatching(ctx, { zoneId: filter.zoneId });
  const ids = rows.map((p) => p.id);
  const leaderIds = [
    ...new Set(rows.flatMap((p) => (p.accountable_leader_id === null ? [] : [p.accountable_leader_id]))),
  ];
  const [zones, firms, leaders, milestones, reports] = await Promise.all([
    findZonesByIds(ctx.db, [...new Set(rows.map((p) => p.zone_id).concat(filter.zoneId ?? []))]),
    findFirmsByIds(ctx.db, [...new Set(rows.map((p) => p.firm_id))]),
    findUsersByIds(ctx.db, leaderIds),
    findMilestonesOfProjects(ctx.db, ids),
    findLatestReportsOfProjects(ctx.db, ids),
  ]);
  const zoneName = new Map(zones.map((z) => [z.id, z.name]));
  const firmName = new Map(firms.map((f) => [f.id, f.name]));
  const leaderName = new Map(leaders.map((u) => [u.id, u.display_name]));
  const latest = new Map(reports.map((r) => [r.project_id, r]));
  const milestonesOf = new Map<number, WeeklySheetRow['milestones']>();
  for (const m of milestones) {
    const entry = milestonesOf.get(m.project_id) ?? {};
    entry[m.kind as MilestoneKind] = { plannedOn: m.planned_on, actualOn: m.actual_on };
    milestonesOf.set(m.project_id, entry);
  }

  const items = sortWorstFirst(rows.map((project, i) => ({ project, rag: rag[i]! })));
  items.sort((a, b) =>
    (zoneName.get(a.project.zone_id) ?? '').localeCompare(zoneName.get(b.project.zone_id) ?? '', 'zh-CN'),
  );
  const today = projectToday();
  return {
    zoneName: filter.zoneId === undefined ? null : (zoneName.get(filter.zoneId) ?? null),
    today,
    isoWeek: isoWeekOf(today),
    rows: items.map(({ project: p, rag: status }) => {
      const name =
        p.accountable_leader_name ??
        (p.accountable_leader_id ? leaderName.get(p.accountable_leader_id) : null);
      return {
        zoneName: zoneName.get(p.zone_id) ?? '',
        name: p.name,
        firmName: firmName.get(p.firm_id) ?? '',
        totalInvestment: p.total_investment,
        fixedAssetInvestment: p.fixed_asset_investment,
        investmentToDate: p.investment_to_date,
        investmentRatio: p.total_investment ? p.investment_to_date / p.total_investment : null,
        leader: [name, p.accountable_leader_title].filter(Boolean).join(' '),
        responsibleUnit: p.responsible_unit ?? '',
        milestones: milestonesOf.get(p.id) ?? {},
        rag: status,
        latestReport: latest.get(p.id) ?? null,
      };
    }),
  };
}
