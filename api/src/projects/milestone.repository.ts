import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Database, MilestoneTable } from '../db/schema';
import { MILESTONE_KINDS } from './project-enums';

type Db = Kysely<Database> | Transaction<Database>;

export type MilestoneRow = Selectable<MilestoneTable>;

/** The milestones of many projects in one query, each project's in the order signing -> production. */
export async function findMilestonesOfProjects(
  db: Db,
  projectIds: readonly number[],
): Promise<MilestoneRow[]> {
  if (projectIds.length === 0) return [];
  const rows = await db.selectFrom('milestone').selectAll().where('project_id', 'in', projectIds).execute();
  const order = (kind: string) => MILESTONE_KINDS.indexOf(kind as (typeof MILESTONE_KINDS)[number]);
  return rows.sort((a, b) => a.project_id - b.project_id || order(a.kind) - order(b.kind));
}

/** The project's milestones, locked for the rest of the transaction. */
export function lockMilestonesOfProject(
  trx: Transaction<Database>,
  projectId: number,
): Promise<MilestoneRow[]> {
  return trx.selectFrom('milestone').selectAll().where('project_id', '=', projectId).forUpdate().execute();
}

/** Writes a milestone's dates and note, creating it on first use (one per project and kind). */
export function upsertMilestone(
  trx: Transaction<Database>,
  milestone: {
    projectId: number;
    kind: string;
    plannedOn: string | null;
    actualOn: string | null;
    note: string | null;
  },
): Promise<MilestoneRow> {
  const values = { planned_on: milestone.plannedOn, actual_on: milestone.actualOn, note: milestone.note };
  return trx
    .insertInto('milestone')
    .values({ project_id: milestone.projectId, kind: milestone.kind, ...values })
    .onConflict((oc) =>
      oc.columns(['project_id', 'kind']).doUpdateSet({
        ...values,
        version: sql<number>`milestone.version + 1`,
        updated_at: sql<Date>`now()`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
