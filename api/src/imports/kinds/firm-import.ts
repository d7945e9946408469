import { canAccessZone } from '../../auth/viewer';
import type { FirmRow } from '../../db/schema';
import { findSegmentIdsOfFirms } from '../../firms/firm.repository';
import { findSimilarFirms } from '../../firms/firm-duplicates.repository';
import { stripFirmName } from '../../firms/firm-name-key';
import type { ColumnSpec } from '../import-columns';
import type { DuplicateFinding, ImportKindHandler, ImportPlan, ImportScope, RowStep } from '../import-kind';
import { resolveSegments, resolveZone } from '../import-lookups';
import { parseChoice } from '../parse-values';
import type { RowError, RowReader } from '../row-reader';
import {
  type FirmChanges,
  findLiveFirmsByNames,
  findLiveFirmsByUsccs,
  mergePendingFirmIndexEntries,
} from './firm-batch.repository';
import { commitFirmWrites, type FirmImportRow, type FirmWrite } from './firm-import-writes';
import { FIRM_TAG_LABELS } from './firm-tag-labels';

const COLUMNS: ColumnSpec[] = [
  {
    key: 'name',
    headers: [
      '企业名称',
      '公司名称',
      '企业',
      '名称',
      '单位名称',
      'firm',
      'firm name',
      'company',
      'company name',
    ],
    required: true,
  },
  { key: 'uscc', headers: ['统一社会信用代码', '社会信用代码', '信用代码', 'USCC', 'credit code'] },
  { key: 'aliases', headers: ['别名', '简称', '曾用名', 'aliases', 'alias'] },
  { key: 'province', headers: ['省份', '所在省份', '省', 'province'] },
  { key: 'city', headers: ['所在城市', '城市', '所在地市', '地市', 'city'] },
  { key: 'zone', headers: ['所在园区', '所在开发区', '园区', '开发区', 'zone'] },
  { key: 'tags', headers: ['企业标签', '标签', '资质', '企业类型', 'tags'] },
  { key: 'revenue', headers: ['营业收入', '年营业收入', '营收', '年营收', 'revenue'] },
  { key: 'employees', headers: ['员工人数', '从业人数', '职工人数', '人数', 'employees'] },
  { key: 'foundedOn', headers: ['成立日期', '成立时间', '注册日期', 'founded', 'founded on'] },
  { key: 'website', headers: ['网站', '官网', '网址', 'website'] },
  { key: 'segments', headers: ['所属环节', '环节', '主营环节', '产业链环节', 'segments', 'segment'] },
];

/** Words in the zone column that mean "the zone this file is imported for". */
const THIS_ZONE = new Set(['是', '本区', '本园区', 'y', 'yes']);
const NO_ZONE = new Set(['否', '区外', 'n', 'no']);

export const firmImport: ImportKindHandler<FirmImportRow> = {
  kind: 'FIRM',
  columns: COLUMNS,

  readRow(reader, scope) {
    const name = reader.text('name', { required: true, max: 200 });
    const uscc = reader.uscc('uscc');
    const tags = reader.has('tags') ? readTags(reader) : null;
    const segmentIds = resolveSegments(scope.lookups, reader.list('segments'), (value, reason) =>
      reader.fail('segments', value, reason),
    );
    const value: FirmImportRow = {
      name: name ?? '',
      uscc,
      aliases: reader.list('aliases'),
      province: reader.text('province', { max: 50 }),
      city: reader.text('city', { max: 50 }),
      zoneId: readZone(reader, scope),
      tags,
      revenue: reader.amount('revenue'),
      employees: reader.integer('employees'),
      foundedOn: reader.date('foundedOn'),
      website: reader.text('website', { max: 300 }),
      segmentIds,
    };
    return reader.errors.length ? null : value;
  },

  async plan(rows, scope) {
    const errors: RowError[] = [];
    const duplicates: DuplicateFinding[] = [];
    const accepted = rejectInFileDuplicates(rows, errors, duplicates);
    const usccs = accepted.flatMap((r) => (r.value.uscc ? [r.value.uscc] : []));
    const byUscc = new Map((await findLiveFirmsByUsccs(scope.db, usccs)).map((f) => [f.uscc, f]));
    const byName = groupByName(
      await findLiveFirmsByNames(
        scope.db,
        accepted.map((r) => r.value.name),
      ),
    );

    const matched = accepted.map(({ row, value }) => ({
      row,
      value,
      existing: matchFirm(value, byUscc, byName, (firm) =>
        duplicates.push({
          row,
          name: value.name,
          otherRow: null,
          firmId: firm.id,
          firmName: firm.name,
          by: 'NAME',
          similarity: 1,
        }),
      ),
    }));
    const segmentsOf = await segmentsOfFirms(
      scope,
      matched.flatMap((m) => (m.existing ? [m.existing.id] : [])),
    );

    const steps: RowStep[] = [];
    // What each step writes, by the step's index (nothing for UNCHANGED), for `commit`.
    const writes: (FirmWrite | undefined)[] = [];
    const creating: { row: number; name: string }[] = [];
    for (const { row, value, existing } of matched) {
      if (!existing) {
        creating.push({ row, name: value.name });
        steps.push({ row, action: 'CREATE', label: value.name });
        writes.push({ create: value });
        continue;
      }
      const had = segmentsOf.get(existing.id) ?? new Set<number>();
      const newSegments = value.segmentIds.filter((id) => !had.has(id));
      const changes = firmChanges(existing, value);
      const update = changes !== null || newSegments.length > 0;
      steps.push({ row, action: update ? 'UPDATE' : 'UNCHANGED', label: value.name });
      writes.push(update ? { update: { before: existing, changes: changes ?? {}, newSegments } } : undefined);
    }
    // Names that would be created but look like a firm the database already has: listed for review.
    if (creating.length) await mergePendingFirmIndexEntries(scope.db);
    const similar = await findSimilarFirms(
      scope.db,
      creating.map((c) => c.name).slice(0, SIMILARITY_CHECK_LIMIT),
    );
    for (const s of similar) {
      const c = creating[s.index];
      if (c)
        duplicates.push({
          row: c.row,
          name: c.name,
          otherRow: null,
          firmId: s.firmId,
          firmName: s.firmName,
          by: 'NAME',
          similarity: s.similarity,
        });
    }
    return {
      steps,
      errors,
      duplicates,
      firmsToCreate: 0,
      commit: (trx, recorder, written) => commitFirmWrites(trx, recorder, writes, written),
    } satisfies ImportPlan;
  },
};

/** Fuzzy matching against the database is done for this many new names at most per file. */
const SIMILARITY_CHECK_LIMIT = 5000;

function readTags(reader: RowReader): string[] {
  const tags: string[] = [];
  for (const label of reader.list('tags')) {
    const tag = parseChoice(label, FIRM_TAG_LABELS, 'firm tag');
    if (tag.ok) tags.push(tag.value);
    else reader.fail('tags', label, tag.reason);
  }
  return [...new Set(tags)].sort();
}

function readZone(reader: RowReader, scope: ImportScope): number | null | undefined {
  if (!reader.has('zone')) return undefined;
  const text = reader.text('zone', { max: 100 });
  if (text === null || NO_ZONE.has(text.toLowerCase())) return null;
  const zoneId = THIS_ZONE.has(text.toLowerCase()) ? scope.zone.id : resolveZone(scope.lookups, text);
  if (zoneId === undefined) {
    reader.fail('zone', text, `"${text}" is not a zone name or code`);
    return undefined;
  }
  if (!canAccessZone(scope.viewer, zoneId)) {
    reader.fail('zone', text, 'you cannot place firms in a zone you have no access to');
    return undefined;
  }
  return zoneId;
}

/** A second row for the same firm (same USCC, or same name) is an error naming the first row. */
function rejectInFileDuplicates(
  rows: { row: number; value: FirmImportRow }[],
  errors: RowError[],
  duplicates: DuplicateFinding[],
) {
  const seenUscc = new Map<string, number>();
  const seenName = new Map<string, number>();
  const seenStripped = new Map<string, number>();
  return rows.filter(({ row, value }) => {
    const sameUscc = value.uscc ? seenUscc.get(value.uscc) : undefined;
    const sameName = seenName.get(value.name);
    if (sameUscc !== undefined || sameName !== undefined) {
      const first = sameUscc ?? sameName;
      errors.push({
        row,
        column: sameUscc !== undefined ? 'USCC' : 'name',
        value: sameUscc !== undefined ? (value.uscc ?? '') : value.name,
        reason: `the same firm as row ${first}: keep one of the two rows`,
      });
      duplicates.push({
        row,
        name: value.name,
        otherRow: first ?? null,
        firmId: null,
        firmName: null,
        by: sameUscc !== undefined ? 'USCC' : 'NAME',
        similarity: 1,
      });
      return false;
    }
    if (value.uscc) seenUscc.set(value.uscc, row);
    seenName.set(value.name, row);
    const stripped = stripFirmName(value.name);
    const similarRow = seenStripped.get(stripped);
    if (stripped && similarRow !== undefined) {
      duplicates.push({
        row,
        name: value.name,
        otherRow: similarRow,
        firmId: null,
        firmName: null,
        by: 'NAME',
        similarity: 1,
      });
    } else if (stripped) seenStripped.set(stripped, row);
    return true;
  });
}

function groupByName(firms: FirmRow[]): Map<string, FirmRow[]> {
  const map = new Map<string, FirmRow[]>();
  for (const firm of firms) map.set(firm.name, [...(map.get(firm.name) ?? []), firm]);
  return map;
}

/**
 * The existing firm a row is about: the one with its USCC; else one with its exact name and no
 * conflicting USCC. A namesake with another USCC is a different firm (reported as a duplicate).
 */
export function matchFirm(
  value: { name: string; uscc: string | null },
  byUscc: Map<string | null, FirmRow>,
  byName: Map<string, FirmRow[]>,
  onNamesake: (firm: FirmRow) => void = () => {},
): FirmRow | undefined {
  if (value.uscc) {
    const found = byUscc.get(value.uscc);
    if (found) return found;
  }
  const namesakes = byName.get(value.name) ?? [];
  const match = namesakes.find((f) => value.uscc === null || f.uscc === null || f.uscc === value.uscc);
  if (!match) for (const firm of namesakes) onNamesake(firm);
  return match;
}

/** Only what the row says and the firm does not already have; null when nothing would change. */
function firmChanges(firm: FirmRow, value: FirmImportRow): FirmChanges | null {
  const changes: FirmChanges = {};
  if (value.name !== firm.name) changes.name = value.name;
  if (value.uscc && value.uscc !== firm.uscc) changes.uscc = value.uscc;
  const aliases = new Set(firm.aliases);
  if (changes.name) aliases.add(firm.name); // the old name stays findable
  for (const alias of value.aliases) if (alias !== (changes.name ?? firm.name)) aliases.add(alias);
  if (aliases.size !== firm.aliases.length) changes.aliases = [...aliases];
  const scalar = {
    province: 'province',
    city: 'city',
    revenue: 'revenue',
    employees: 'employees',
    foundedOn: 'founded_on',
    website: 'website',
  } as const;
  for (const [from, to] of Object.entries(scalar) as [
    keyof typeof scalar,
    (typeof scalar)[keyof typeof scalar],
  ][]) {
    const v = value[from];
    if (v !== null && v !== firm[to]) (changes as Record<string, unknown>)[to] = v;
  }
  if (value.zoneId !== undefined && value.zoneId !== firm.zone_id) changes.zone_id = value.zoneId;
  if (value.tags?.length && value.tags.join() !== [...firm.tags].sort().join()) changes.tags = value.tags;
  return Object.keys(changes).length ? changes : null;
}

async function segmentsOfFirms(scope: ImportScope, firmIds: number[]): Promise<Map<number, Set<number>>> {
  const map = new Map<number, Set<number>>();
  for (let i = 0; i < firmIds.length; i += 1000) {
    for (const r of await findSegmentIdsOfFirms(scope.db, firmIds.slice(i, i + 1000))) {
      map.set(r.firm_id, (map.get(r.firm_id) ?? new Set()).add(r.segment_id));
    }
  }
  return map;
}
