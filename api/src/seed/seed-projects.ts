import { inBatches, insertInBatches, withIds } from './batch';
import {
  must,
  type SeedContext,
  type SeededFirm,
  type SeededUser,
  type SeededZone,
  segmentId,
  type Trx,
} from './context';
import { allSegments } from './data/chain-spec';
import { DIRECT_PROJECT_ZONES } from './data/lead-plan';
import { fill } from './data/lead-texts';
import { LATE_NOTES, PROJECT_ACTIVITIES } from './data/project-texts';
import { addDays, at } from './dates';
import {
  accountableLeader,
  type ProjectDraft,
  projectContact,
  projectFigures,
  responsibleUnit,
} from './project-draft';
import type { Rag, Scenario } from './project-plan';
import type { ProjectQueue } from './project-queue';
import { weeklyReports } from './project-reports';
import { createRandom, type Random } from './random';
import type { SeededLead } from './seed-leads';

/** What a project is meant to show; tests of the RAG rules can check against it. */
export interface ExpectedProjectRag {
  id: number;
  zoneCode: string;
  name: string;
  expected: Rag;
  scenario: Scenario;
}

export interface ProjectSeedResult {
  expected: ExpectedProjectRag[];
  projectSegments: number;
  milestones: number;
  reports: number;
  activities: number;
}

/**
 * Writes a project for every signed lead, plus direct projects (DIRECT_PROJECT_ZONES), with their
 * segments, milestones, weekly progress reports and a few project activities.
 */
export async function seedProjects(
  trx: Trx,
  ctx: SeedContext,
  leads: readonly SeededLead[],
  firms: readonly SeededFirm[],
  queue: ProjectQueue,
): Promise<ProjectSeedResult> {
  const rng = createRandom('projects');
  const drafts: ProjectDraft[] = leads.flatMap((lead) =>
    lead.plan
      ? [
          {
            zone: must(ctx.zones, lead.zoneCode),
            firm: lead.firm,
            leadId: lead.id,
            name: lead.title,
            segmentCodes: lead.segmentCodes,
            totalInvestment: lead.plannedInvestment,
            plan: lead.plan,
            createdBy: lead.owner,
          },
        ]
      : [],
  );
  const chased = new Set(leads.map((lead) => `${lead.zoneCode}/${lead.firm.id}`));
  for (const zoneCode of DIRECT_PROJECT_ZONES) {
    drafts.push(directProject(ctx, must(ctx.zones, zoneCode), firms, chased, queue, rng));
  }
  const perZone = new Map<string, number>();
  const rows = drafts.map((draft) => {
    const index = perZone.get(draft.zone.code) ?? 0;
    perZone.set(draft.zone.code, index + 1);
    const leaderUser = staffOf(ctx, draft.zone.code).find((user) => user.role === 'LEADER');
    const leader = accountableLeader(draft.zone, draft.plan, index, leaderUser, rng);
    const signedAt = at(draft.plan.signedOn, 15);
    return {
      zone_id: draft.zone.id,
      firm_id: draft.firm.id,
      lead_id: draft.leadId,
      name: draft.name,
      ...projectFigures(draft, rng),
      accountable_leader_name: leader.name,
      accountable_leader_title: leader.title,
      accountable_leader_id: leader.user?.id ?? null,
      responsible_unit: responsibleUnit(draft.zone, rng),
      ...projectContact(draft.zone, rng),
      created_by_id: draft.createdBy?.id ?? null,
      created_at: signedAt,
      updated_at: at(draft.plan.lastReportOn, 17),
    };
  });
  const ids = await inBatches(rows, (batch) =>
    trx.insertInto('project').values(batch).returning('id').execute(),
  );
  const projects = withIds(drafts, ids);
  const projectSegments = projects.flatMap((p) =>
    p.segmentCodes.map((code) => ({
      project_id: p.id,
      segment_id: segmentId(must(ctx.chains, p.firm.chainCode), code),
    })),
  );
  const milestones = projects.flatMap((p) =>
    p.plan.milestones.map((m) => ({
      project_id: p.id,
      kind: m.kind,
      planned_on: m.plannedOn,
      actual_on: m.actualOn,
      note: m.actualOn === null && m.plannedOn < ctx.today ? LATE_NOTES[m.kind] : null,
      updated_at: at(m.actualOn ?? p.plan.signedOn, 16),
    })),
  );
  const reports = projects.flatMap((p) => {
    const author = staffOf(ctx, p.zone.code).find((user) => user.role === 'OFFICER') ?? null;
    return weeklyReports(p.plan, rng).map((r) => ({
      project_id: p.id,
      iso_week: r.isoWeek,
      progress_percent: r.progressPercent,
      progress: r.progress,
      problems: r.problems,
      support_needed: r.supportNeeded,
      author_id: author?.id ?? null,
      created_at: r.at,
      updated_at: r.at,
    }));
  });
  const activities = projects.flatMap((p, i) =>
    projectActivities(ctx, p, rows[i]?.accountable_leader_name ?? '', rng),
  );
  await insertInBatches(projectSegments, (batch) =>
    trx.insertInto('project_segment').values(batch).execute(),
  );
  await insertInBatches(milestones, (batch) => trx.insertInto('milestone').values(batch).execute());
  await insertInBatches(reports, (batch) => trx.insertInto('progress_report').values(batch).execute());
  await insertInBatches(activities, (batch) => trx.insertInto('activity').values(batch).execute());
  return {
    expected: projects.map((p) => ({
      id: p.id,
      zoneCode: p.zone.code,
      name: p.name,
      expected: p.plan.expected,
      scenario: p.plan.scenario,
    })),
    projectSegments: projectSegments.length,
    milestones: milestones.length,
    reports: reports.length,
    activities: activities.length,
  };
}

/** A project entered without a lead: half expansions of local firms (增资扩产), half newcomers. */
function directProject(
  ctx: SeedContext,
  zone: SeededZone,
  firms: readonly SeededFirm[],
  chased: Set<string>,
  queue: ProjectQueue,
  rng: Random,
): ProjectDraft {
  const expansion = rng.chance(0.5);
  const pool = firms.filter(
    (f) =>
      zone.profile.chains.includes(f.chainCode) &&
      (expansion ? f.zoneCode === zone.code : f.zoneCode !== zone.code) &&
      !chased.has(`${zone.code}/${f.id}`),
  );
  const firm = rng.pick(pool);
  chased.add(`${zone.code}/${firm.id}`);
  const main = firm.segmentCodes[0] ?? '';
  const segment = allSegments(must(ctx.chains, firm.chainCode).spec).find((s) => s.code === main);
  const word = expansion
    ? rng.pick(['扩产项目', '技术改造项目', '二期项目'])
    : rng.pick(['生产基地项目', '产业园项目']);
  const staff = staffOf(ctx, zone.code).filter((user) => user.role !== 'LEADER');
  return {
    zone,
    firm,
    leadId: null,
    name: `${firm.shortName}${segment?.name ?? ''}${word}`,
    segmentCodes: [main],
    totalInvestment: Math.max(2_000, Math.round((40_000 * Math.exp(0.9 * rng.normal())) / 100) * 100),
    plan: queue.next(zone.code),
    createdBy: staff.length > 0 ? rng.pick(staff) : (ctx.users.get('admin@demo.test') ?? null),
  };
}

function staffOf(ctx: SeedContext, zoneCode: string): SeededUser[] {
  return [...ctx.users.values()].filter((user) => user.zoneCode === zoneCode);
}

/** One or two recent project activities, by the zone's staff; none in zones without demo staff. */
function projectActivities(
  ctx: SeedContext,
  project: ProjectDraft & { id: number },
  leader: string,
  rng: Random,
) {
  const staff = staffOf(ctx, project.zone.code).filter((user) => user.role !== 'LEADER');
  if (staff.length === 0) return [];
  return Array.from({ length: rng.int(1, 2) }, () => {
    const [kind, template] = rng.pick(PROJECT_ACTIVITIES);
    const day = addDays(ctx.today, -rng.int(3, 56));
    const when = at(
      day > project.plan.signedOn ? day : addDays(project.plan.signedOn, 1),
      rng.int(9, 17),
      rng.int(0, 59),
    );
    return {
      project_id: project.id,
      author_id: rng.pick(staff).id,
      kind,
      occurred_at: when,
      summary: fill(template, { project: project.name, leader }),
      created_at: when,
    };
  });
}
