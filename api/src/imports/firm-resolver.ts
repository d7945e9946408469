import type { Kysely, Transaction } from 'kysely';
import type { Database, FirmRow } from '../db/schema';
import { findLiveFirmsByName, findLiveFirmsByUscc, insertFirm } from '../firms/firm-writes.repository';
import type { ChangeRecorder } from './change-recorder';
import { matchFirm } from './kinds/firm-import';

export interface FirmRef {
  name: string;
  uscc: string | null;
}

/**
 * Finds the firms that rows of leads, projects and supplies name (by USCC, then by exact name), the
 * same way a firm import matches them. Loaded once for the whole file when planning.
 */
export class FirmResolver {
  private byUscc = new Map<string | null, FirmRow>();
  private byName = new Map<string, FirmRow[]>();

  static async load(db: Kysely<Database>, refs: readonly FirmRef[]): Promise<FirmResolver> {
    const resolver = new FirmResolver();
    const usccs = [...new Set(refs.flatMap((r) => (r.uscc ? [r.uscc] : [])))];
    for (const firm of await findLiveFirmsByUscc(db, usccs)) resolver.byUscc.set(firm.uscc, firm);
    for (const firm of await findLiveFirmsByName(db, [...new Set(refs.map((r) => r.name))])) {
      resolver.byName.set(firm.name, [...(resolver.byName.get(firm.name) ?? []), firm]);
    }
    return resolver;
  }

  find(ref: FirmRef): FirmRow | undefined {
    return matchFirm(ref, this.byUscc, this.byName);
  }
}

/**
 * Inside the commit: the firm a row names, created (and recorded, so undo removes it) when the
 * database has none yet. Looked up again in the transaction, so two rows naming one new firm share it.
 */
export async function ensureFirm(
  trx: Transaction<Database>,
  recorder: ChangeRecorder,
  ref: FirmRef,
  zoneId: number | null,
): Promise<FirmRow> {
  const resolver = await FirmResolver.load(trx, [ref]);
  const existing = resolver.find(ref);
  if (existing) return existing;
  const firm = await insertFirm(trx, { name: ref.name, uscc: ref.uscc, zone_id: zoneId });
  await recorder.created(trx, 'firm', firm, { counted: false });
  return firm;
}
