import { sql, type Transaction } from 'kysely';
import type { Database, FirmRow } from '../db/schema';

type Trx = Transaction<Database>;

export function lockFirms(trx: Trx, ids: readonly number[]): Promise<FirmRow[]> {
  return trx.selectFrom('firm').selectAll().where('id', 'in', ids).orderBy('id').forUpdate().execute();
}

/** Zones where both firms have an open lead: merging would give one firm two open leads there. */
export async function findZonesWithOpenLeadsOfBoth(trx: Trx, a: number, b: number) {
  return trx
    .selectFrom('lead as x')
    .innerJoin('lead as y', (join) => join.onRef('x.zone_id', '=', 'y.zone_id'))
    .innerJoin('zone', 'zone.id', 'x.zone_id')
    .where('x.firm_id', '=', a)
    .where('y.firm_id', '=', b)
    .where('x.deleted_at', 'is', null)
    .where('y.deleted_at', 'is', null)
    .where('x.stage', 'not in', ['SIGNED', 'LOST'])
    .where('y.stage', 'not in', ['SIGNED', 'LOST'])
    .select(['zone.id', 'zone.name', 'x.id as survivor_lead_id', 'y.id as duplicate_lead_id'])
    .execute();
}

/** Re-points the duplicate's leads to the survivor; returns the leads moved (for their audit). */
export function moveLeads(trx: Trx, from: number, to: number) {
  return trx
    .updateTable('lead')
    .set({ firm_id: to, updated_at: new Date(), version: sql<number>`version + 1` })
    .where('firm_id', '=', from)
    .returning(['id', 'zone_id', 'version'])
    .execute();
}

export function moveProjects(trx: Trx, from: number, to: number) {
  return trx
    .updateTable('project')
    .set({ firm_id: to, updated_at: new Date(), version: sql<number>`version + 1` })
    .where('firm_id', '=', from)
    .returning(['id', 'zone_id', 'version'])
    .execute();
}

/**
 * Moves the duplicate's supply relations to the survivor. Relations between the two firms would
 * become self-loops and are dropped; a relation the survivor already has (same partner and segment)
 * is kept once, with the larger known volume. Returns how many relations were moved and dropped.
 */
export async function moveSupplies(
  trx: Trx,
  from: number,
  to: number,
): Promise<{ moved: number; dropped: number }> {
  let dropped = 0;
  const selfLoops = await trx
    .deleteFrom('supply')
    .where((eb) =>
      eb.or([
        eb.and([eb('supplier_id', '=', from), eb('buyer_id', '=', to)]),
        eb.and([eb('supplier_id', '=', to), eb('buyer_id', '=', from)]),
      ]),
    )
    .executeTakeFirst();
  dropped += Number(selfLoops.numDeletedRows);
  for (const [side, other] of [
    ['supplier_id', 'buyer_id'],
    ['buyer_id', 'supplier_id'],
  ] as const) {
    await sql`
      UPDATE supply s SET annual_volume = greatest(s.annual_volume, d.annual_volume)
      FROM supply d
      WHERE s.${sql.ref(side)} = ${to} AND d.${sql.ref(side)} = ${from}
        AND s.${sql.ref(other)} = d.${sql.ref(other)} AND s.segment_id IS NOT DISTINCT FROM d.segment_id`.execute(
      trx,
    );
    const twins = await sql`
      DELETE FROM supply d
      USING supply s
      WHERE d.${sql.ref(side)} = ${from} AND s.${sql.ref(side)} = ${to}
        AND s.${sql.ref(other)} = d.${sql.ref(other)} AND s.segment_id IS NOT DISTINCT FROM d.segment_id`.execute(
      trx,
    );
    dropped += Number(twins.numAffectedRows ?? 0);
  }
  const moved =
    Number(
      (
        await trx
          .updateTable('supply')
          .set({ supplier_id: to })
          .where('supplier_id', '=', from)
          .executeTakeFirst()
      ).numUpdatedRows,
    ) +
    Number(
      (await trx.updateTable('supply').set({ buyer_id: to }).where('buyer_id', '=', from).executeTakeFirst())
        .numUpdatedRows,
    );
  return { moved, dropped };
}

export async function moveSegments(trx: Trx, from: number, to: number): Promise<void> {
  await sql`
    INSERT INTO firm_segment (firm_id, segment_id)
    SELECT ${to}, segment_id FROM firm_segment WHERE firm_id = ${from}
    ON CONFLICT DO NOTHING`.execute(trx);
  await trx.deleteFrom('firm_segment').where('firm_id', '=', from).execute();
}

/** Firms merged earlier into the duplicate now point at the survivor (no chains of merges). */
export async function repointMerged(trx: Trx, from: number, to: number): Promise<void> {
  await trx.updateTable('firm').set({ merged_into_id: to }).where('merged_into_id', '=', from).execute();
}
