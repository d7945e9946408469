import { sql, type Transaction } from 'kysely';
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

  private changes: ChangeRecord[] = [];

  // Buffered, and written by `flush` one statement per table for FLUSH_AT records, the rows travelling
  // as one JSON parameter (no bind-parameter limit, no query text growing with the rows). The commit
  // runs inside one transaction either way.
  private async write(
    trx: Transaction<Database>,
    entity: ImportEntity,
    action: 'CREATE' | 'UPDATE',
    before: RecordImage | null,
    after: RecordImage,
  ): Promise<void> {
    this.changes.push({ entity, entity_id: after.id, zone_id: after.zone_id ?? null, action, before, after });
    if (this.changes.length >= FLUSH_AT) await this.flush(trx);
  }

  /** Writes the buffered change records and audit entries; call before the transaction ends. */
  async flush(trx: Transaction<Database>): Promise<void> {
    if (this.changes.length === 0) return;
    const json = JSON.stringify(this.changes);
    this.changes = [];
    // One statement for both tables, so that the rows' JSON is parsed once. The audit's after image
    // carries the batch id: history shows "imported".
    await sql`WITH r AS (
        SELECT * FROM jsonb_to_recordset(${json}::jsonb)
          AS r(entity text, entity_id bigint, zone_id bigint, action text, before jsonb, after jsonb)
      ), changes AS (
        INSERT INTO import_change (batch_id, entity, entity_id, action, before, after)
        SELECT ${this.batchId}::bigint, entity, entity_id, action, before, after FROM r
      )
      INSERT INTO audit_entry (actor_id, entity, entity_id, zone_id, action, before, after)
      SELECT ${this.actorId}::bigint, entity, entity_id, zone_id, action, before,
        after || jsonb_build_object('importBatchId', ${this.batchId}::bigint)
      FROM r`.execute(trx);
  }
}

interface ChangeRecord {
  entity: ImportEntity;
  entity_id: number;
  zone_id: number | null;
  action: 'CREATE' | 'UPDATE';
  before: RecordImage | null;
  after: RecordImage;
}

const FLUSH_AT = 2000;

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
