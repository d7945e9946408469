import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, ImportBatchTable, ImportChangeTable } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;
export type ImportBatchRow = Selectable<ImportBatchTable>;
export type ImportChangeRow = Selectable<ImportChangeTable>;

export async function insertBatch(
  trx: Db,
  batch: {
    kind: string;
    fileName: string;
    sha256: string;
    createdById: number | null;
    zoneId: number;
    rowCount: number;
  },
): Promise<number> {
  const row = await trx
    .insertInto('import_batch')
    .values({
      kind: batch.kind,
      file_name: batch.fileName.slice(0, 255),
      file_sha256: batch.sha256,
      created_by_id: batch.createdById,
      zone_id: batch.zoneId,
      row_count: batch.rowCount,
      counts: '{}',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function finishBatch(trx: Db, id: number, counts: Record<string, number>): Promise<void> {
  await trx
    .updateTable('import_batch')
    .set({ counts: JSON.stringify(counts) })
    .where('id', '=', id)
    .execute();
}

/** Batches of the given zones (or all), newest first. */
export function findBatches(db: Db, zoneIds: number[] | 'ALL', limit: number): Promise<ImportBatchRow[]> {
  let query = db.selectFrom('import_batch').selectAll();
  if (zoneIds !== 'ALL') query = query.where('zone_id', 'in', zoneIds.length ? zoneIds : [-1]);
  return query.orderBy('id', 'desc').limit(limit).execute();
}

export function lockBatch(trx: Transaction<Database>, id: number): Promise<ImportBatchRow | undefined> {
  return trx.selectFrom('import_batch').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** What a batch changed, last change first (the order undo reverts them in). */
export function findBatchChanges(db: Db, batchId: number): Promise<ImportChangeRow[]> {
  return db
    .selectFrom('import_change')
    .selectAll()
    .where('batch_id', '=', batchId)
    .orderBy('id', 'desc')
    .execute();
}

export async function markBatchUndone(trx: Db, id: number, userId: number | null): Promise<ImportBatchRow> {
  return trx
    .updateTable('import_batch')
    .set({ undone_at: new Date(), undone_by_id: userId })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findUserNames(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', ids).execute();
}
