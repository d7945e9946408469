import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { firmNameInitials } from '../firms/firm-initials';
import type { ImportEntity } from './change-recorder';

type Trx = Transaction<Database>;

/** The columns an import may set, per entity: what undo puts back. */
export const RESTORED_COLUMNS = {
  firm: [
    'name',
    'uscc',
    'aliases',
    'province',
    'city',
    'zone_id',
    'tags',
    'revenue',
    'employees',
    'founded_on',
    'website',
  ],
  lead: [
    'title',
    'stage',
    'lost_reason',
    'source',
    'priority',
    'planned_investment',
    'next_follow_up_on',
    'expected_signing_on',
    'owner_id',
  ],
  project: [
    'total_investment',
    'fixed_asset_investment',
    'investment_to_date',
    'land_mu',
    'expected_annual_output',
    'expected_annual_tax',
    'accountable_leader_name',
    'accountable_leader_title',
    'responsible_unit',
    'contact_name',
    'contact_phone',
  ],
  supply: ['annual_volume', 'source', 'confidence'],
} as const satisfies Record<ImportEntity, readonly string[]>;

export type CurrentRecord = Record<string, unknown> & { id: number };

export async function findCurrent(
  trx: Trx,
  entity: ImportEntity,
  id: number,
): Promise<CurrentRecord | undefined> {
  return (await trx.selectFrom(entity).selectAll().where('id', '=', id).forUpdate().executeTakeFirst()) as
    | CurrentRecord
    | undefined;
}

/** Live leads, projects and supplies that use a firm, except those the batch itself created. */
export async function countOtherUsesOfFirm(
  trx: Trx,
  firmId: number,
  createdByBatch: { lead: number[]; project: number[]; supply: number[] },
): Promise<number> {
  const none = [-1];
  const result = await sql<{ uses: number }>`
    SELECT
      (SELECT count(*) FROM lead WHERE firm_id = ${firmId} AND deleted_at IS NULL
         AND id <> ALL(${createdByBatch.lead.length ? createdByBatch.lead : none}::bigint[]))
    + (SELECT count(*) FROM project WHERE firm_id = ${firmId} AND deleted_at IS NULL
         AND id <> ALL(${createdByBatch.project.length ? createdByBatch.project : none}::bigint[]))
    + (SELECT count(*) FROM supply WHERE (supplier_id = ${firmId} OR buyer_id = ${firmId})
         AND id <> ALL(${createdByBatch.supply.length ? createdByBatch.supply : none}::bigint[])) AS uses`.execute(
    trx,
  );
  return Number(result.rows[0]?.uses ?? 0);
}

export async function softDelete(trx: Trx, entity: 'firm' | 'lead' | 'project', id: number): Promise<void> {
  await trx
    .updateTable(entity)
    .set({ deleted_at: new Date(), updated_at: new Date(), version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

export async function deleteSupply(trx: Trx, id: number): Promise<void> {
  await trx.deleteFrom('supply').where('id', '=', id).execute();
}

/** Puts back the values an import overwrote (and, for firms, the initials of the old name). */
export async function restoreColumns(
  trx: Trx,
  entity: ImportEntity,
  id: number,
  before: Record<string, unknown>,
) {
  const values: Record<string, unknown> = {};
  for (const column of RESTORED_COLUMNS[entity]) values[column] = before[column] ?? null;
  if (entity === 'firm') values.name_initials = firmNameInitials(String(before.name));
  if (entity !== 'supply') {
    values.updated_at = new Date();
    values.version = sql<number>`version + 1`;
  }
  // The columns come from RESTORED_COLUMNS of the same entity; kysely cannot type a table union.
  await trx
    .updateTable(entity)
    .set(values as never)
    .where('id', '=', id)
    .execute();
}

export async function removeSegments(trx: Trx, entity: ImportEntity, id: number, segmentIds: number[]) {
  if (segmentIds.length === 0) return;
  if (entity === 'firm') {
    await trx
      .deleteFrom('firm_segment')
      .where('firm_id', '=', id)
      .where('segment_id', 'in', segmentIds)
      .execute();
  } else if (entity === 'lead') {
    await trx
      .deleteFrom('lead_segment')
      .where('lead_id', '=', id)
      .where('segment_id', 'in', segmentIds)
      .execute();
  } else if (entity === 'project') {
    await trx
      .deleteFrom('project_segment')
      .where('project_id', '=', id)
      .where('segment_id', 'in', segmentIds)
      .execute();
  }
}
