import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { ChangeRecorder } from '../change-recorder';
import { type FirmRef, FirmResolver } from '../firm-resolver';
import type { ColumnSpec } from '../import-columns';
import type { ImportKindHandler, RowStep } from '../import-kind';
import { resolveSegments } from '../import-lookups';
import type { RowError } from '../row-reader';
import { findSupplies, type SupplyRow } from '../supply.repository';

export interface SupplyImportRow {
  supplier: FirmRef;
  buyer: FirmRef;
  segmentId: number | null;
  annualVolume: number | null;
  source: string | null;
  confidence: number | null;
}

const COLUMNS: ColumnSpec[] = [
  {
    key: 'supplierName',
    headers: ['供应商', '供应商名称', '供方', '供货企业', 'supplier', 'supplier name'],
    required: true,
  },
  { key: 'supplierUscc', headers: ['供应商统一社会信用代码', '供应商信用代码', 'supplier USCC'] },
  {
    key: 'buyerName',
    headers: ['采购方', '客户', '需方', '采购企业', '客户名称', 'buyer', 'buyer name', 'customer'],
    required: true,
  },
  { key: 'buyerUscc', headers: ['采购方统一社会信用代码', '采购方信用代码', '客户信用代码', 'buyer USCC'] },
  { key: 'segment', headers: ['供货环节', '所属环节', '环节', 'segment'] },
  { key: 'annualVolume', headers: ['年供货额', '年采购额', '年配套额', '供货金额', 'annual volume'] },
  { key: 'source', headers: ['来源', '信息来源', 'source'] },
  { key: 'confidence', headers: ['可信度', '置信度', 'confidence'] },
];

export const supplyImport: ImportKindHandler<SupplyImportRow> = {
  kind: 'SUPPLY',
  columns: COLUMNS,

  readRow(reader, scope) {
    const segmentName = reader.text('segment', { max: 100 });
    const segmentIds = segmentName
      ? resolveSegments(scope.lookups, [segmentName], (v, reason) => reader.fail('segment', v, reason))
      : [];
    const value: SupplyImportRow = {
      supplier: {
        name: reader.text('supplierName', { required: true, max: 200 }) ?? '',
        uscc: reader.uscc('supplierUscc'),
      },
      buyer: {
        name: reader.text('buyerName', { required: true, max: 200 }) ?? '',
        uscc: reader.uscc('buyerUscc'),
      },
      segmentId: segmentIds[0] ?? null,
      annualVolume: reader.amount('annualVolume'),
      source: reader.text('source', { max: 200 }),
      confidence: reader.share('confidence'),
    };
    return reader.errors.length ? null : value;
  },

  async plan(rows, scope) {
    const errors: RowError[] = [];
    const resolver = await FirmResolver.load(
      scope.db,
      rows.flatMap((r) => [r.value.supplier, r.value.buyer]),
    );
    const resolved: { row: number; value: SupplyImportRow; supplierId: number; buyerId: number }[] = [];
    for (const { row, value } of rows) {
      const supplier = resolver.find(value.supplier);
      const buyer = resolver.find(value.buyer);
      const missing = [
        !supplier && { column: 'supplier', firm: value.supplier },
        !buyer && { column: 'buyer', firm: value.buyer },
      ].filter((m) => !!m);
      for (const m of missing) {
        errors.push({
          row,
          column: m.column,
          value: m.firm.name,
          reason: 'no such firm: import it with a firm list first',
        });
      }
      if (!supplier || !buyer) continue;
      if (supplier.id === buyer.id) {
        errors.push({ row, column: 'buyer', value: value.buyer.name, reason: 'a firm cannot supply itself' });
        continue;
      }
      resolved.push({ row, value, supplierId: supplier.id, buyerId: buyer.id });
    }
    const existing = await findSupplies(
      scope.db,
      resolved.map((r) => r.supplierId),
    );
    const keyOf = (s: number, b: number, seg: number | null) => `${s}-${b}-${seg ?? ''}`;
    const byKey = new Map(existing.map((s) => [keyOf(s.supplier_id, s.buyer_id, s.segment_id), s]));
    const seen = new Map<string, number>();
    const steps: RowStep[] = [];
    for (const { row, value, supplierId, buyerId } of resolved) {
      const key = keyOf(supplierId, buyerId, value.segmentId);
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push({
          row,
          column: 'supplier',
          value: value.supplier.name,
          reason: `row ${first} states the same supply relation`,
        });
        continue;
      }
      seen.set(key, row);
      const label = `${value.supplier.name} → ${value.buyer.name}`;
      const current = byKey.get(key);
      if (!current) {
        steps.push({
          row,
          action: 'CREATE',
          label,
          apply: (trx, rec) => createSupply(trx, rec, supplierId, buyerId, value),
        });
        continue;
      }
      const changes = supplyChanges(current, value);
      steps.push(
        changes
          ? { row, action: 'UPDATE', label, apply: (trx, rec) => updateSupply(trx, rec, current, changes) }
          : { row, action: 'UNCHANGED', label, apply: () => Promise.resolve() },
      );
    }
    return { steps, errors, duplicates: [], firmsToCreate: 0 };
  },
};

type SupplyChanges = Partial<Pick<SupplyRow, 'annual_volume' | 'source' | 'confidence'>>;

function supplyChanges(current: SupplyRow, value: SupplyImportRow): SupplyChanges | null {
  const changes: SupplyChanges = {};
  if (value.annualVolume !== null && value.annualVolume !== current.annual_volume)
    changes.annual_volume = value.annualVolume;
  if (value.source !== null && value.source !== current.source) changes.source = value.source;
  if (value.confidence !== null && value.confidence !== current.confidence)
    changes.confidence = value.confidence;
  return Object.keys(changes).length ? changes : null;
}

async function createSupply(
  trx: Transaction<Database>,
  recorder: ChangeRecorder,
  supplierId: number,
  buyerId: number,
  value: SupplyImportRow,
) {
  const supply = await trx
    .insertInto('supply')
    .values({
      supplier_id: supplierId,
      buyer_id: buyerId,
      segment_id: value.segmentId,
      annual_volume: value.annualVolume,
      source: value.source,
      ...(value.confidence === null ? {} : { confidence: value.confidence }),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recorder.created(trx, 'supply', supply);
}

async function updateSupply(
  trx: Transaction<Database>,
  recorder: ChangeRecorder,
  before: SupplyRow,
  changes: SupplyChanges,
) {
  const after = await trx
    .updateTable('supply')
    .set(changes)
    .where('id', '=', before.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recorder.updated(trx, 'supply', before, after);
}
