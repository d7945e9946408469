import DataLoader from 'dataloader';
import type { ServiceContext } from '../context';
import type { MilestoneRow } from './milestone.repository';
import type { ProjectRow } from './project.repository';
import {
  latestReportsOfProjects,
  milestonesOfProjects,
  projectsByIds,
  recentReportsOfProjects,
  segmentIdsOfProjects,
} from './project.service';
import { activitiesOfProjects, historyOfProjects } from './project-history.service';
import { evaluateProjectRag, projectToday } from './project-rag.service';
import type { RagResult } from './rag';
import { ragRulesOfZones } from './rag-rules.service';

/**
 * The projects module's per-request batchers (spread into graphql/loaders.ts). A page of N projects
 * with milestones, latest report and RAG costs one query for each, not N: the RAG loader reuses the
 * milestone and report loaders, so asking for both costs nothing more.
 */
export function createProjectLoaders(ctx: ServiceContext) {
  // One "today" per request, so every project of a response is judged on the same day; taken when the
  // first project is judged, not on every request.
  let today: ReturnType<typeof projectToday> | undefined;
  const milestonesOfProject = new DataLoader((ids: readonly number[]) => milestonesOfProjects(ctx, ids));
  const latestReportOfProject = new DataLoader((ids: readonly number[]) => latestReportsOfProjects(ctx, ids));
  const recentReports = perLast((ids, last) => recentReportsOfProjects(ctx, ids, last));
  const recentActivities = perLast((ids, last) => activitiesOfProjects(ctx, ids, last));
  const recentHistory = perLast((ids, last) => historyOfProjects(ctx, ids, last));
  const ragRulesOfZone = new DataLoader((ids: readonly number[]) => ragRulesOfZones(ctx, ids));

  return {
    project: new DataLoader((ids: readonly number[]) => projectsByIds(ctx, ids)),
    segmentIdsOfProject: new DataLoader((ids: readonly number[]) => segmentIdsOfProjects(ctx, ids)),
    milestonesOfProject,
    latestReportOfProject,
    /** The last `last` reports, activities or audit entries of a project: one batch per distinct `last`. */
    recentReportsOfProject: recentReports,
    recentActivitiesOfProject: recentActivities,
    recentHistoryOfProject: recentHistory,
    ragOfProject: new DataLoader<ProjectRow, RagResult, number>(
      async (projects) => {
        const ids = projects.map((p) => p.id);
        const [milestones, reports, rules] = await Promise.all([
          milestonesOfProject.loadMany(ids),
          latestReportOfProject.loadMany(ids),
          ragRulesOfZone.loadMany(projects.map((p) => p.zone_id)),
        ]);
        return projects.map((project, i) => {
          const m = milestones[i];
          const r = reports[i];
          const z = rules[i];
          if (m instanceof Error) return m;
          if (r instanceof Error) return r;
          if (z instanceof Error || z === undefined) return z ?? new Error('no RAG rules');
          today ??= projectToday();
          return evaluateProjectRag(project, m as MilestoneRow[], r ?? null, today, z);
        });
      },
      { cacheKeyFn: (project) => project.id },
    ),
  };
}

/** A loader per `last` argument, made on first use: `perLast(batch)(12).load(projectId)`. */
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
