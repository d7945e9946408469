import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../errors';

/** A record as written to the audit and the change log (a row, perhaps with extra facts). */
type RecordImage = { id: number; zone_id?: number | null } & Record<string, unknown>;

export type ImportEntity = 'firm' | 'supply' | 'lead' | 'project';

/**
 * Records what a commit changes, twice and in the same transaction: an audit entry (who changed what,
 * before/after) and an `import_change` row tying the record to its batch, which is what undo reads.
 */
export class ChangeRecorder {
  readonly counts = { created: 0, updated: 0, firmsCreated: 0 };

  constructor(
    private readonly batchId: number,
    private readonly actorId: number | null,
  ) {}

  async created(
    trx: Transaction<Database>,
    entity: ImportEntity,
    after: RecordImage,
    options: { counted?: boolean } = {},
  ): Promise<void> {
    if (options.counted === false) this.counts.firmsCreated++;
    else this.counts.created++;
    await this.write(trx, entity, 'CREATE', null, after);
  }

  async updated(
    trx: Transaction<Database>,
    entity: ImportEntity,
    before: RecordImage,
    after: RecordImage,
  ): Promise<void> {
    this.counts.updated++;
    await this.write(trx, entity, 'UPDATE', before, after);
  }

  private readonly changes: Insertable<Database['import_change']>[] = [];
  private readonly audits: Insertable<Database['audit_entry']>[] = [];

  // Buffered, and written by `flush` in multi-row inserts: a 2,000-row file is then a few dozen
  // statements instead of 6,000 (the commit runs inside one transaction either way).
  private async write(
    trx: Transaction<Database>,
    entity: ImportEntity,
    action: 'CREATE' | 'UPDATE',
    before: RecordImage | null,
    after: RecordImage,
  ): Promise<void> {
    this.changes.push({
      batch_id: this.batchId,
      entity,
      entity_id: after.id,
      action,
      before: before === null ? null : JSON.stringify(before),
      after: JSON.stringify(after),
    });
    this.audits.push({
      actor_id: this.actorId,
      entity,
      entity_id: after.id,
      zone_id: after.zone_id ?? null,
      action, // the after image carries the batch id: history shows "imported"
      before: before === null ? null : JSON.stringify(before),
      after: JSON.stringify({ ...after, importBatchId: this.batchId }),
    });
    if (this.changes.length >= FLUSH_AT) await this.flush(trx);
  }

  /** Writes the buffered change records and audit entries; call before the transaction ends. */
  async flush(trx: Transaction<Database>): Promise<void> {
    const changes = this.changes.splice(0);
    const audits = this.audits.splice(0);
    if (changes.length) await trx.insertInto('import_change').values(changes).execute();
    if (audits.length) await trx.insertInto('audit_entry').values(audits).execute();
  }
}

const FLUSH_AT = 500;

/** A record edited by someone else between planning and applying: the whole import rolls back. */
export function changedMeanwhile(entity: ImportEntity, id: number, name: string): AppError {
  return new AppError(
    'CONFLICT',
    `The ${entity} "${name}" was changed while importing: run the import again`,
    {
      details: { entity, id: String(id) },
    },
  );
}
