import type { Kysely, Transaction } from 'kysely';
import type { Viewer } from '../auth/viewer';
import type { Database, ZoneRow } from '../db/schema';
import type { ChangeRecorder } from './change-recorder';
import type { ColumnSpec } from './import-columns';
import type { ImportLookups } from './import-lookups';
import type { RowError, RowReader } from './row-reader';

export const IMPORT_KINDS = ['FIRM', 'SUPPLY', 'LEAD', 'PROJECT'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A possible duplicate the dry run shows (not an error: the user decides, then merges firms). */
export interface DuplicateFinding {
  row: number;
  name: string;
  /** Another row of the same file, or an existing firm. */
  otherRow: number | null;
  firmId: number | null;
  firmName: string | null;
  by: 'USCC' | 'NAME';
  similarity: number | null;
}

/** What committing one row does; `apply` runs inside the import's single transaction. */
export interface RowStep {
  row: number;
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED';
  /** A short label for the preview: the firm or lead name. */
  label: string;
  /** Absent when the plan's `commit` writes every row at once. */
  apply?(trx: Transaction<Database>, recorder: ChangeRecorder): Promise<void>;
}

export interface ImportPlan {
  steps: RowStep[];
  errors: RowError[];
  duplicates: DuplicateFinding[];
  /** Firms that leads, projects or supplies would create on the fly. */
  firmsToCreate: number;
  /**
   * Writes all steps set-based (a few statements per chunk of rows) instead of one `apply` per step,
   * inside the import's transaction; `written(n)` reports that the first n steps are written.
   */
  commit?(
    trx: Transaction<Database>,
    recorder: ChangeRecorder,
    written: (done: number) => Promise<void>,
  ): Promise<void>;
}

export interface ImportScope {
  db: Kysely<Database>;
  viewer: Viewer;
  /** Who is recorded as author: the viewer, or null for the command line (no user). */
  actorId: number | null;
  zone: ZoneRow;
  lookups: ImportLookups;
}

/** One kind of import (firms, supplies, leads, projects): its columns, how it reads and plans rows. */
export interface ImportKindHandler<Row> {
  kind: ImportKind;
  columns: readonly ColumnSpec[];
  /** A typed row, or null when the reader collected errors. */
  readRow(reader: RowReader, scope: ImportScope): Row | null;
  /** Matches rows to existing records: what would be created, updated or left as it is. */
  plan(rows: { row: number; value: Row }[], scope: ImportScope): Promise<ImportPlan>;
}
