import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Database, ProgressReportTable } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export type ProgressReportRow = Selectable<ProgressReportTable>;

// ISO weeks ('2026-W48') sort correctly as text, so "latest" is simply the greatest iso_week.

/** The latest report of each project (at most one per project), in one query. */
export function findLatestReportsOfProjects(
  db: Db,
  projectIds: readonly number[],
): Promise<ProgressReportRow[]> {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('progress_report')
    .selectAll()
    .distinctOn('project_id')
    .where('project_id', 'in', projectIds)
    .orderBy('project_id')
    .orderBy('iso_week', 'desc')
    .execute();
}

/** The `last` most recent reports of each project, newest first, in one query. */
export async function findRecentReportsOfProjects(
  db: Db,
  projectIds: readonly number[],
  last: number,
): Promise<ProgressReportRow[]> {
  if (projectIds.length === 0) return [];
  const ranked = db
    .selectFrom('progress_report')
    .selectAll()
    .select(sql<number>`row_number() OVER (PARTITION BY project_id ORDER BY iso_week DESC)`.as('rank'))
    .where('project_id', 'in', projectIds)
    .as('ranked');
  const rows = await db
    .selectFrom(ranked)
    .selectAll()
    .where('rank', '<=', last)
    .orderBy('project_id')
    .orderBy('iso_week', 'desc')
    .execute();
  return rows.map(({ rank: _rank, ...row }) => row);
}

/** The ids among `projectIds` that have a report for the week. */
export async function findProjectIdsReportedIn(
  db: Db,
  projectIds: readonly number[],
  isoWeek: string,
): Promise<Set<number>> {
  if (projectIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('progress_report')
    .select('project_id')
    .where('project_id', 'in', projectIds)
    .where('iso_week', '=', isoWeek)
    .execute();
  return new Set(rows.map((r) => r.project_id));
}

/** The project's report for a week, locked for the rest of the transaction. */
export function lockReportForWeek(
  trx: Transaction<Database>,
  projectId: number,
  isoWeek: string,
): Promise<ProgressReportRow | undefined> {
  return trx
    .selectFrom('progress_report')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('iso_week', '=', isoWeek)
    .forUpdate()
    .executeTakeFirst();
}

/** Writes the week's report; a second one for the same week updates the first (one per project and week). */
export function upsertReport(
  trx: Transaction<Database>,
  report: {
    projectId: number;
    isoWeek: string;
    progressPercent: number | null;
    progress: string;
    problems: string;
    supportNeeded: string;
    authorId: number;
  },
): Promise<ProgressReportRow> {
  const values = {
    progress_percent: report.progressPercent,
    progress: report.progress,
    problems: report.problems,
    support_needed: report.supportNeeded,
    author_id: report.authorId,
  };
  return trx
    .insertInto('progress_report')
    .values({ project_id: report.projectId, iso_week: report.isoWeek, ...values })
    .onConflict((oc) =>
      oc.columns(['project_id', 'iso_week']).doUpdateSet({
        ...values,
        version: sql<number>`progress_report.version + 1`,
        updated_at: sql<Date>`now()`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
