import {
  type Insertable,
  type Kysely,
  type Selectable,
  sql,
  type Transaction,
  type Updateable,
} from 'kysely';
import type { Database, ProjectTable } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export type ProjectRow = Selectable<ProjectTable>;
export type ProjectChanges = Omit<Updateable<ProjectTable>, 'id' | 'zone_id' | 'version' | 'created_at'>;

export function findProjectsByIds(db: Db, ids: readonly number[]): Promise<ProjectRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('project')
    .selectAll()
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null)
    .execute();
}

export interface ProjectQuery {
  /** 'ALL' or the zones the viewer may see. */
  zoneIds: number[] | 'ALL';
  /** Also the projects this user is accountable for, in any zone (a LEADER's own). */
  orAccountableTo: number | null;
  zoneId?: number | undefined;
  accountableLeaderId?: number | undefined;
  responsibleUnit?: string | undefined;
  chainId?: number | undefined;
  search?: string | undefined;
}

function filtered(db: Db, query: ProjectQuery) {
  let q = db
    .selectFrom('project')
    .innerJoin('firm', 'firm.id', 'project.firm_id')
    .where('project.deleted_at', 'is', null);
  const zoneIds = query.zoneIds;
  if (zoneIds !== 'ALL') {
    const inZones = zoneIds.length ? zoneIds : [-1];
    const leaderId = query.orAccountableTo;
    q =
      leaderId === null
        ? q.where('project.zone_id', 'in', inZones)
        : q.where((eb) =>
            eb.or([eb('project.zone_id', 'in', inZones), eb('project.accountable_leader_id', '=', leaderId)]),
          );
  }
  if (query.zoneId !== undefined) q = q.where('project.zone_id', '=', query.zoneId);
  if (query.accountableLeaderId !== undefined) {
    q = q.where('project.accountable_leader_id', '=', query.accountableLeaderId);
  }
  if (query.responsibleUnit !== undefined)
    q = q.where('project.responsible_unit', '=', query.responsibleUnit);
  if (query.chainId !== undefined) {
    const chainId = query.chainId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('project_segment')
          .innerJoin('segment', 'segment.id', 'project_segment.segment_id')
          .select(sql`1`.as('one'))
          .whereRef('project_segment.project_id', '=', 'project.id')
          .where('segment.chain_id', '=', chainId),
      ),
    );
  }
  if (query.search) {
    // Escaped: the search is text, never a pattern the user writes.
    const pattern = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('project.name', 'ilike', pattern), eb('firm.name', 'ilike', pattern)]));
  }
  return q;
}

/** One page of projects, newest first (keyset on id, stable while projects are added). */
export function findProjectsPage(
  db: Db,
  query: ProjectQuery,
  page: { first: number; afterId: number | null },
) {
  let q = filtered(db, query).selectAll('project');
  if (page.afterId !== null) q = q.where('project.id', '<', page.afterId);
  return q
    .orderBy('project.id', 'desc')
    .limit(page.first + 1)
    .execute();
}

/** Every project of the query, newest first: for filters computed in the service (RAG) and exports. */
export function findAllProjects(db: Db, query: ProjectQuery): Promise<ProjectRow[]> {
  return filtered(db, query).selectAll('project').orderBy('project.id', 'desc').execute();
}

export interface ProjectTotals {
  totalInvestment: number;
  fixedAssetInvestment: number;
  investmentToDate: number;
  landMu: number;
  expectedAnnualOutput: number;
  expectedAnnualTax: number;
}

/** The count and the summed figures of every project of the query (not just a page). */
export async function summarizeProjects(
  db: Db,
  query: ProjectQuery,
): Promise<{ count: number; totals: ProjectTotals }> {
  const sum = (column: string) => sql<number>`coalesce(sum(${sql.ref(column)}), 0)`;
  const row = await filtered(db, query)
    .select([
      sql<number>`count(*)`.as('count'),
      sum('project.total_investment').as('total_investment'),
      sum('project.fixed_asset_investment').as('fixed_asset_investment'),
      sum('project.investment_to_date').as('investment_to_date'),
      sum('project.land_mu').as('land_mu'),
      sum('project.expected_annual_output').as('expected_annual_output'),
      sum('project.expected_annual_tax').as('expected_annual_tax'),
    ])
    .executeTakeFirstOrThrow();
  return {
    count: Number(row.count),
    totals: {
      totalInvestment: Number(row.total_investment),
      fixedAssetInvestment: Number(row.fixed_asset_investment),
      investmentToDate: Number(row.investment_to_date),
      landMu: Number(row.land_mu),
      expectedAnnualOutput: Number(row.expected_annual_output),
      expectedAnnualTax: Number(row.expected_annual_tax),
    },
  };
}

/** Reads a live project and locks it for the rest of the transaction (writers queue behind each other). */
export function lockProject(trx: Transaction<Database>, id: number): Promise<ProjectRow | undefined> {
  return trx
    .selectFrom('project')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

/** Applies changes when the project is still at `version`; undefined when it is not (or is gone). */
export function updateProjectAtVersion(
  trx: Transaction<Database>,
  id: number,
  version: number,
  changes: ProjectChanges,
): Promise<ProjectRow | undefined> {
  return trx
    .updateTable('project')
    .set({ ...changes, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export function findSegmentIdsOfProjects(db: Db, projectIds: readonly number[]) {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('project_segment')
    .select(['project_id', 'segment_id'])
    .where('project_id', 'in', projectIds)
    .orderBy('segment_id')
    .execute();
}

/** Replaces the segments a project fills. */
export async function replaceProjectSegments(
  trx: Transaction<Database>,
  projectId: number,
  segmentIds: readonly number[],
): Promise<void> {
  await trx.deleteFrom('project_segment').where('project_id', '=', projectId).execute();
  if (segmentIds.length === 0) return;
  await trx
    .insertInto('project_segment')
    .values(segmentIds.map((segmentId) => ({ project_id: projectId, segment_id: segmentId })))
    .execute();
}

/** Creates a project (used when a lead is signed: leads/lead-move.service.ts). */
export function insertProject(
  trx: Transaction<Database>,
  project: Omit<Insertable<ProjectTable>, 'id' | 'version' | 'created_at' | 'updated_at' | 'deleted_at'>,
): Promise<ProjectRow> {
  return trx.insertInto('project').values(project).returningAll().executeTakeFirstOrThrow();
}
