import { visibleZoneIds } from '../auth/viewer';
import { analyze, gapInputFor } from '../chain-gaps/chain-gaps.service';
import type { ServiceContext } from '../context';
import type { UserRow } from '../db/schema';
import type { ProjectRow } from '../projects/project.repository';
import {
  allProjectsMatching,
  latestReportsOfProjects,
  myAccountableProjects,
  projectsByIds,
} from '../projects/project.service';
import { ragOfProjects, sortWorstFirst } from '../projects/project-rag.service';
import { daysBetween, type RagResult, shanghaiDate } from '../projects/rag';
import type { DigestContent, DigestItem, DigestSection } from './digest-content';
import {
  findChainsOfZone,
  findFirmNames,
  findFollowUpsBefore,
  findFollowUpsBetween,
  findProjectIdsSignedBetween,
  findStageChanges,
  findStalledLeads,
} from './digest-content.repository';
import { type DigestMessages, type DigestSectionKey, digestMessages } from './digest-messages';
import { type DigestWeek, shanghaiDayStart } from './digest-week';

interface Builder {
  ctx: ServiceContext;
  user: UserRow;
  week: DigestWeek;
  m: DigestMessages;
  url(path: string): string;
}

/**
 * What the user's digest for the week says, by role (DESIGN.md §7), in their locale. `ctx.viewer`
 * is the recipient (see recipient-viewer.ts): every query below is scoped as their own session is.
 * "Today" is the week's Monday, so a digest reads the same whenever it is (re)built.
 */
export async function buildDigestContent(
  ctx: ServiceContext,
  user: UserRow,
  week: DigestWeek,
  unsubscribeUrl: string | null,
): Promise<DigestContent> {
  const m = digestMessages(user.locale);
  const b: Builder = { ctx, user, week, m, url: (path) => `${ctx.config.publicUrl}${path}` };
  let sections: DigestSection[] = [];
  if (user.role === 'OFFICER') sections = await officerSections(b);
  else if (user.role === 'ZONE_MANAGER') sections = await managerSections(b);
  else if (user.role === 'LEADER') sections = await leaderSections(b);
  sections = sections.filter((s) => s.items.length > 0);
  return {
    userId: user.id,
    role: user.role,
    locale: user.locale === 'en' ? 'en' : 'zh-CN',
    isoWeek: week.isoWeek,
    subject: m.subject(week.isoWeek, user.display_name),
    greeting: m.greeting(user.display_name),
    intro: m.intro(week.isoWeek, week.monday, week.sunday),
    sections,
    quietLine: sections.length === 0 ? m.quietWeek : null,
    footer: m.footer,
    links: {
      settings: b.url('/settings'),
      settingsText: m.settingsLink,
      unsubscribe: unsubscribeUrl,
      unsubscribeText: m.unsubscribeLink,
    },
  };
}

function section(b: Builder, key: DigestSectionKey, items: DigestItem[]): DigestSection {
  return { key, heading: b.m.sections[key], items };
}

// ---- officer: their own leads --------------------------------------------------------------------

async function officerSections(b: Builder): Promise<DigestSection[]> {
  const { ctx, user, week, m } = b;
  const zoneIds = visibleZoneIds(ctx.viewer!);
  const [due, overdue, quiet, changes] = await Promise.all([
    findFollowUpsBetween(ctx.db, user.id, zoneIds, week.monday, week.sunday),
    findFollowUpsBefore(ctx.db, user.id, zoneIds, week.monday),
    findStalledLeads(ctx.db, user.id, zoneIds, shanghaiDayStart(week.monday)),
    findStageChanges(
      ctx.db,
      { zoneIds, ownerId: user.id },
      shanghaiDayStart(week.previousMonday),
      shanghaiDayStart(week.monday),
    ),
  ]);
  const leadUrl = (id: number) => b.url(`/leads/${id}`);
  const leadTitle = (l: { title: string; firm_name: string }) => `${l.title} · ${l.firm_name}`;
  // A lead overdue is listed there only, not again as stalled.
  const overdueIds = new Set(overdue.map((l) => l.id));
  return [
    section(
      b,
      'FOLLOW_UPS_DUE',
      due.map((l) => ({
        title: leadTitle(l),
        url: leadUrl(l.id),
        lines: [m.followUpOn(l.next_follow_up_on!), m.stage(l.stage)],
      })),
    ),
    section(
      b,
      'FOLLOW_UPS_OVERDUE',
      overdue.map((l) => ({
        title: leadTitle(l),
        url: leadUrl(l.id),
        lines: [
          m.overdueSince(l.next_follow_up_on!, daysBetween(l.next_follow_up_on!, week.monday)),
          m.stage(l.stage),
        ],
      })),
    ),
    section(
      b,
      'STALLED_LEADS',
      quiet
        .filter((l) => !overdueIds.has(l.id))
        .map((l) => ({
          title: leadTitle(l),
          url: leadUrl(l.id),
          lines: [
            m.quietFor(daysBetween(shanghaiDate(l.last_activity_at ?? l.created_at), week.monday)),
            m.stage(l.stage),
          ],
        })),
    ),
    section(
      b,
      'STAGE_CHANGES',
      changes.map((c) => ({
        title: leadTitle(c),
        url: leadUrl(c.lead_id),
        lines: [`${shanghaiDate(c.changed_at)} ${m.stageChange(c.from_stage, c.to_stage)}`],
      })),
    ),
  ];
}

// ---- zone manager: the zone's pipeline, signings, red/yellow projects, chains ----------------------

async function managerSections(b: Builder): Promise<DigestSection[]> {
  const { ctx, week, m } = b;
  const zoneIds = managedZoneIds(b);
  const changes = await findStageChanges(
    ctx.db,
    { zoneIds },
    shanghaiDayStart(week.previousMonday),
    shanghaiDayStart(week.monday),
  );
  const movement = new Map<string, number>();
  for (const c of changes) movement.set(c.to_stage, (movement.get(c.to_stage) ?? 0) + 1);
  const pipeline: DigestItem[] = [...movement].map(([stage, count]) => ({
    title: `→ ${m.stage(stage)}`,
    url: b.url('/leads'),
    lines: [m.movedInto(count)],
  }));

  const signings: DigestItem[] = [];
  const red: DigestItem[] = [];
  const chains: DigestItem[] = [];
  for (const zoneId of zoneIds) {
    const signedIds = await findProjectIdsSignedBetween(
      ctx.db,
      zoneId,
      week.previousMonday,
      week.previousSunday,
    );
    const signed = (await projectsByIds(ctx, signedIds)).filter((p): p is ProjectRow => p !== null);
    const firmNames = await findFirmNames(
      ctx.db,
      signed.map((p) => p.firm_id),
    );
    for (const p of signed) {
      signings.push({
        title: `${p.name} · ${firmNames.get(p.firm_id) ?? ''}`,
        url: b.url(`/projects/${p.id}`),
        lines: p.total_investment === null ? [] : [m.investment(p.total_investment)],
      });
    }

    const { rows } = await allProjectsMatching(ctx, { zoneId });
    const rag = await ragOfProjects(ctx, rows, week.monday);
    const flagged = sortWorstFirst(
      rows.map((project, i) => ({ project, rag: rag[i]! })).filter((x) => x.rag.status !== 'GREEN'),
    );
    for (const { project, rag: r } of flagged) red.push(projectItem(b, project, r, []));

    const signedFirmIds = new Set(signed.map((p) => p.firm_id));
    for (const chain of await findChainsOfZone(ctx.db, zoneId)) {
      const input = await gapInputFor(ctx, zoneId, chain.id);
      const now = analyze(input).completeness;
      const withSignings = signedFirmIds.size
        ? analyze({
            ...input,
            firms: input.firms.map((f) => (signedFirmIds.has(f.id) ? { ...f, zoneId } : f)),
          }).completeness
        : now;
      chains.push({
        title: b.user.locale === 'en' && chain.name_en ? chain.name_en : chain.name,
        url: b.url('/chain-map'),
        lines: [
          m.completeness(now),
          ...(withSignings !== now ? [m.completenessWithSignings(now, withSignings)] : []),
        ],
      });
    }
  }
  // Completeness alone is no news (it reads the same every quiet week): it comes with the rest of
  // the week's news, or when last week's signings move it.
  const news = pipeline.length + signings.length + red.length > 0 || chains.some((c) => c.lines.length > 1);
  return [
    section(b, 'PIPELINE_MOVEMENT', pipeline),
    section(b, 'NEW_SIGNINGS', signings),
    section(b, 'RED_YELLOW_PROJECTS', red),
    section(b, 'CHAIN_COMPLETENESS', news ? chains : []),
  ];
}

/** The zones a manager runs: their own, or (province-level) the ones they are granted. */
function managedZoneIds(b: Builder): number[] {
  const viewer = b.ctx.viewer!;
  if (viewer.zoneId !== null) return [viewer.zoneId];
  const visible = visibleZoneIds(viewer);
  return visible === 'ALL' ? [] : visible.sort((x, y) => x - y);
}

// ---- leader: the projects they answer for, red first, with problems and support needed ------------

async function leaderSections(b: Builder): Promise<DigestSection[]> {
  const { ctx, week } = b;
  const rows = await myAccountableProjects(ctx);
  const [rag, latest] = await Promise.all([
    ragOfProjects(ctx, rows, week.monday),
    latestReportsOfProjects(
      ctx,
      rows.map((p) => p.id),
    ),
  ]);
  const latestById = new Map(rows.map((p, i) => [p.id, latest[i] ?? null]));
  const items = sortWorstFirst(rows.map((project, i) => ({ project, rag: rag[i]! }))).map(
    ({ project, rag: r }) => {
      const report = latestById.get(project.id) ?? null;
      const lines: string[] = [];
      if (report) {
        lines.push(b.m.latestReport(report.iso_week));
        if (report.problems.trim()) lines.push(b.m.labelled(b.m.problems, report.problems.trim()));
        if (report.support_needed.trim())
          lines.push(b.m.labelled(b.m.supportNeeded, report.support_needed.trim()));
      } else {
        lines.push(b.m.noReport);
      }
      return projectItem(b, project, r, lines);
    },
  );
  return [section(b, 'ACCOUNTABLE_PROJECTS', items)];
}

function projectItem(b: Builder, project: ProjectRow, rag: RagResult, extra: string[]): DigestItem {
  return {
    title: project.name,
    url: b.url(`/projects/${project.id}`),
    badge: { text: b.m.rag(rag.status), tone: rag.status },
    lines: [...rag.reasons.map((r) => b.m.reason(r)), ...extra],
  };
}
