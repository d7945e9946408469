import { createHash } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { requireRole, requireWriteAccess, requireZoneAccess } from '../auth/viewer';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { findZoneById } from '../zones/zone.repository';
import { ChangeRecorder } from './change-recorder';
import { finishBatch, insertBatch } from './import.repository';
import { matchColumns } from './import-columns';
import type { DuplicateFinding, ImportKind, ImportScope, RowStep } from './import-kind';
import { IMPORT_HANDLERS } from './import-kinds';
import { loadImportLookups } from './import-lookups';
import { readTable } from './read-table';
import { type RowError, RowReader } from './row-reader';

export interface ImportRequest {
  kind: ImportKind;
  zoneId: number;
  fileName: string;
  bytes: Uint8Array;
  dryRun: boolean;
  /** The browser's column mapping: header → field key ('' ignores the column). */
  mapping?: Record<string, string>;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  phase: 'READ' | 'CHECK' | 'WRITE';
  done: number;
  total: number;
}

export interface ImportReport {
  kind: ImportKind;
  fileName: string;
  format: 'CSV' | 'XLSX';
  encoding: string | null;
  dryRun: boolean;
  batchId: number | null;
  rowCount: number;
  columns: { header: string; field: string | null }[];
  /** Every field the kind reads, for the browser's column mapping. */
  fields: { key: string; required: boolean }[];
  counts: { create: number; update: number; unchanged: number; invalid: number; firmsCreated: number };
  errorCount: number;
  errors: RowError[];
  duplicates: DuplicateFinding[];
  preview: { row: number; action: RowStep['action']; label: string }[];
}

const MAX_LISTED = 1000;
const YIELD_EVERY = 1000;

/**
 * Reads a file, checks every row and matches it to existing records (the dry run); unless `dryRun`,
 * then applies it all-or-nothing in one transaction, recorded as an import batch that an admin can
 * undo. Re-importing a file changes nothing: rows equal to what the database holds are UNCHANGED.
 */
export async function runImport(ctx: ServiceContext, request: ImportRequest): Promise<ImportReport> {
  const viewer = requireWriteAccess(ctx.viewer);
  requireRole(viewer, 'OFFICER', 'ZONE_MANAGER', 'ADMIN');
  requireZoneAccess(viewer, request.zoneId);
  const zone = await findZoneById(ctx.db, request.zoneId);
  if (!zone) throw new AppError('NOT_FOUND', 'No such zone', { details: { field: 'zoneId' } });
  const handler = IMPORT_HANDLERS[request.kind];
  const progress = request.onProgress ?? (() => {});

  const table = await readTable(request.bytes);
  const match = matchColumns(table.header, handler.columns, request.mapping);
  if (match.columns.size === 0) {
    throw new AppError(
      'VALIDATION',
      `None of the headers of this file is one a ${request.kind.toLowerCase()} import knows: is it the right file?`,
      { details: { reason: 'WRONG_KIND', headers: table.header.slice(0, 20) } },
    );
  }
  if (match.missing.length) {
    throw new AppError('VALIDATION', `The file has no column for: ${match.missing.join(', ')}`, {
      details: { reason: 'MISSING_COLUMNS', missing: match.missing },
    });
  }

  const actorId = viewer.userId > 0 ? viewer.userId : null;
  const scope: ImportScope = {
    db: ctx.db,
    viewer,
    actorId,
    zone,
    lookups: await loadImportLookups(ctx.db, zone),
  };
  const total = table.rows.length;
  const errors: RowError[] = [];
  const valid: { row: number; value: unknown }[] = [];
  for (const [i, { row, cells }] of table.rows.entries()) {
    if (cells.length > match.headers.length && cells.slice(match.headers.length).some((c) => c !== '')) {
      errors.push({
        row,
        column: '',
        value: '',
        reason: `the row has ${cells.length} cells but the header only ${match.headers.length}`,
      });
      continue;
    }
    const reader = new RowReader(row, cells, match);
    const value = handler.readRow(reader, scope);
    if (value === null) errors.push(...reader.errors);
    else valid.push({ row, value });
    if ((i + 1) % YIELD_EVERY === 0) {
      progress({ phase: 'READ', done: i + 1, total });
      await yieldToEventLoop(); // keep the server answering other requests during a large file
    }
  }
  progress({ phase: 'CHECK', done: total, total });
  const plan = await handler.plan(valid, scope);
  errors.push(...plan.errors);
  errors.sort((a, b) => a.row - b.row);
  const invalidRows = new Set(errors.map((e) => e.row)).size;

  const report: ImportReport = {
    kind: request.kind,
    fileName: request.fileName,
    format: table.format,
    encoding: table.encoding,
    dryRun: request.dryRun,
    batchId: null,
    rowCount: total,
    columns: match.headers,
    fields: handler.columns.map((c) => ({ key: c.key, required: !!c.required })),
    counts: {
      create: plan.steps.filter((s) => s.action === 'CREATE').length,
      update: plan.steps.filter((s) => s.action === 'UPDATE').length,
      unchanged: plan.steps.filter((s) => s.action === 'UNCHANGED').length,
      invalid: invalidRows,
      firmsCreated: plan.firmsToCreate,
    },
    errorCount: errors.length,
    errors: errors.slice(0, MAX_LISTED),
    duplicates: plan.duplicates.slice(0, MAX_LISTED),
    preview: plan.steps
      .filter((s) => s.action !== 'UNCHANGED')
      .slice(0, 100)
      .map(({ row, action, label }) => ({ row, action, label })),
  };
  if (request.dryRun) return report;
  if (errors.length) {
    throw new AppError(
      'VALIDATION',
      `${invalidRows} rows have errors: nothing was imported. Fix them and import again`,
      {
        details: { reason: 'ROW_ERRORS', errorCount: errors.length, errors: errors.slice(0, 20) },
      },
    );
  }

  const sha256 = createHash('sha256').update(request.bytes).digest('hex');
  const counts = await ctx.db.transaction().execute(async (trx) => {
    const batchId = await insertBatch(trx, {
      kind: request.kind,
      fileName: request.fileName,
      sha256,
      createdById: actorId,
      zoneId: zone.id,
      rowCount: total,
    });
    const recorder = new ChangeRecorder(batchId, actorId);
    const written = async (done: number) => {
      progress({ phase: 'WRITE', done, total: plan.steps.length });
      await yieldToEventLoop();
    };
    if (plan.commit) await plan.commit(trx, recorder, written);
    else {
      for (const [i, step] of plan.steps.entries()) {
        await step.apply?.(trx, recorder);
        if ((i + 1) % YIELD_EVERY === 0) await written(i + 1);
      }
    }
    await recorder.flush(trx);
    const unchanged = plan.steps.length - recorder.counts.created - recorder.counts.updated;
    const counts = { ...recorder.counts, unchanged };
    await finishBatch(trx, batchId, counts);
    return { batchId, ...counts };
  });
  progress({ phase: 'WRITE', done: plan.steps.length, total: plan.steps.length });
  ctx.log.info({ ...counts, kind: request.kind, zoneId: zone.id }, 'import committed');
  return {
    ...report,
    batchId: counts.batchId,
    counts: {
      ...report.counts,
      create: counts.created,
      update: counts.updated,
      unchanged: counts.unchanged,
      firmsCreated: counts.firmsCreated,
    },
  };
}
