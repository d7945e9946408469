import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Transaction } from 'kysely';
import type { Database, FirmRow } from '../../db/schema';
import { type ChangeRecorder, changedMeanwhile } from '../change-recorder';
import {
  addSegmentsToFirms,
  type FirmChanges,
  type FirmValues,
  insertFirms,
  updateFirmsAtVersion,
  withInitials,
} from './firm-batch.repository';

/** A firm as a row of the import file reads it (firm-import.ts), ready to be written. */
export interface FirmImportRow {
  name: string;
  uscc: string | null;
  aliases: string[];
  province: string | null;
  city: string | null;
  /** undefined: no zone column (keep as is); null: outside every zone. */
  zoneId: number | null | undefined;
  tags: string[] | null;
  revenue: number | null;
  employees: number | null;
  foundedOn: string | null;
  website: string | null;
  segmentIds: number[];
}

/** Rows written per round of set-based statements (and per progress report). */
const WRITE_CHUNK = 1000;

export type FirmWrite =
  | { create: FirmImportRow; update?: undefined }
  | { create?: undefined; update: { before: FirmRow; changes: FirmChanges; newSegments: number[] } };

/**
 * The commit of a firm import: the planned writes (one per row, undefined for an unchanged firm) in
 * chunks of WRITE_CHUNK, reporting progress after each.
 */
export async function commitFirmWrites(
  trx: Transaction<Database>,
  recorder: ChangeRecorder,
  writes: readonly (FirmWrite | undefined)[],
  written: (rows: number) => Promise<void>,
): Promise<void> {
  const chunk = (start: number) => prepareWrites(writes.slice(start, start + WRITE_CHUNK));
  let next = chunk(0);
  for (let start = 0; start < writes.length; start += WRITE_CHUNK) {
    const writing = writeFirms(trx, recorder, next);
    writing.catch(() => {}); // awaited below: a failure meanwhile is not an unhandled rejection
    // The next chunk's pinyin initials (the costly part in JavaScript) are computed while the
    // database runs this chunk's INSERT, once it is sent.
    await yieldToEventLoop();
    next = chunk(start + WRITE_CHUNK);
    await writing;
    await written(Math.min(start + WRITE_CHUNK, writes.length));
  }
}

/**
 * Writes a chunk of steps set-based: the new firms in one INSERT, the updates in one version-checked
 * UPDATE per set of changed columns, the segments in one more; then records each for audit and undo.
 */
async function writeFirms(
  trx: Transaction<Database>,
  recorder: ChangeRecorder,
  { creates, newFirms, updates }: PreparedWrites,
): Promise<void> {
  const created = await insertFirms(trx, newFirms);
  const updated = new Map(
    (
      await updateFirmsAtVersion(
        trx,
        updates.map((u) => ({ id: u.before.id, version: u.before.version, changes: u.changes })),
      )
    ).map((f) => [f.id, f]),
  );
  const segments: { firm_id: number; segment_id: number }[] = [];
  for (const [i, value] of creates.entries()) {
    const firm = created[i];
    if (firm?.name !== value.name) throw new Error('inserted firms came back out of order');
    for (const segment_id of value.segmentIds) segments.push({ firm_id: firm.id, segment_id });
  }
  for (const { before, newSegments } of updates) {
    if (!updated.has(before.id)) throw changedMeanwhile('firm', before.id, before.name);
    for (const segment_id of newSegments) segments.push({ firm_id: before.id, segment_id });
  }
  await addSegmentsToFirms(trx, segments);
  for (const firm of created) await recorder.created(trx, 'firm', firm);
  for (const { before, newSegments } of updates) {
    const after = updated.get(before.id) as FirmRow;
    await recorder.updated(trx, 'firm', before, { ...after, addedSegmentIds: newSegments });
  }
}

interface PreparedWrites {
  creates: FirmImportRow[];
  /** The rows of `creates` as firms, initials computed. */
  newFirms: FirmValues[];
  updates: NonNullable<FirmWrite['update']>[];
}

function prepareWrites(writes: readonly (FirmWrite | undefined)[]): PreparedWrites {
  const creates = writes.flatMap((w) => (w?.create ? [w.create] : []));
  return {
    creates,
    newFirms: creates.map(newFirmValues),
    updates: writes.flatMap((w) => (w?.update ? [w.update] : [])),
  };
}

function newFirmValues(value: FirmImportRow): FirmValues {
  return withInitials({
    name: value.name,
    uscc: value.uscc,
    aliases: value.aliases.filter((a) => a !== value.name),
    province: value.province,
    city: value.city,
    zone_id: value.zoneId ?? null,
    tags: value.tags ?? [],
    revenue: value.revenue,
    employees: value.employees,
    founded_on: value.foundedOn,
    website: value.website,
  });
}
