import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database, FirmRow, FirmUpdate, NewFirm } from '../db/schema';
import { firmNameInitials } from './firm-initials';

type Db = Kysely<Database> | Transaction<Database>;
const CHUNK = 1000;

/** Live firms whose USCC is one of `codes`. */
export async function findLiveFirmsByUscc(db: Db, codes: readonly string[]): Promise<FirmRow[]> {
  const rows: FirmRow[] = [];
  for (let i = 0; i < codes.length; i += CHUNK) {
    const chunk = codes.slice(i, i + CHUNK);
    rows.push(
      ...(await db
        .selectFrom('firm')
        .selectAll()
        .where('uscc', 'in', chunk)
        .where('deleted_at', 'is', null)
        .execute()),
    );
  }
  return rows;
}

/** Live firms whose name is exactly one of `names`, oldest first. */
export async function findLiveFirmsByName(db: Db, names: readonly string[]): Promise<FirmRow[]> {
  const rows: FirmRow[] = [];
  for (let i = 0; i < names.length; i += CHUNK) {
    const chunk = names.slice(i, i + CHUNK);
    rows.push(
      ...(await db
        .selectFrom('firm')
        .selectAll()
        .where('name', 'in', chunk)
        .where('deleted_at', 'is', null)
        .orderBy('id')
        .execute()),
    );
  }
  return rows;
}

/** Inserts a firm with the pinyin initials of its name (for search). */
export function insertFirm(trx: Db, firm: Omit<NewFirm, 'name_initials'>): Promise<FirmRow> {
  return trx
    .insertInto('firm')
    .values({ ...firm, name_initials: firmNameInitials(firm.name) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Updates a firm if it is still at `version` (bumping it); undefined when someone changed it since.
 * A new name gets new initials.
 */
export function updateFirmAtVersion(
  trx: Db,
  id: number,
  version: number,
  changes: Omit<FirmUpdate, 'id' | 'version' | 'name_initials'>,
): Promise<FirmRow | undefined> {
  return trx
    .updateTable('firm')
    .set({
      ...changes,
      ...(changes.name === undefined ? {} : { name_initials: firmNameInitials(changes.name as string) }),
      version: sql<number>`version + 1`,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

/** Adds segments to a firm (ignoring those it already has). */
export async function addFirmSegments(trx: Db, firmId: number, segmentIds: readonly number[]): Promise<void> {
  if (segmentIds.length === 0) return;
  await trx
    .insertInto('firm_segment')
    .values(segmentIds.map((segmentId) => ({ firm_id: firmId, segment_id: segmentId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}
