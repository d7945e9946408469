import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, SupplyTable } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;
export type SupplyRow = Selectable<SupplyTable>;

/** Supply relations of the given suppliers. */
export async function findSupplies(db: Db, supplierIds: readonly number[]): Promise<SupplyRow[]> {
  const ids = [...new Set(supplierIds)];
  const rows: SupplyRow[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    rows.push(
      ...(await db
        .selectFrom('supply')
        .selectAll()
        .where('supplier_id', 'in', ids.slice(i, i + 1000))
        .execute()),
    );
  }
  return rows;
}
