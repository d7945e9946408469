import { readFileSync } from 'node:fs';
import type { createApp, Database } from '@lianzhao/api';
import type { Kysely } from 'kysely';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { signIn } from '../support/http-client';

type App = ReturnType<typeof createApp>;

/** The bytes of a file of tests/fixtures/imports/. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url)));
}

export interface ImportReportBody {
  kind: string;
  format: string;
  encoding: string | null;
  dryRun: boolean;
  batchId: number | null;
  rowCount: number;
  columns: { header: string; field: string | null }[];
  counts: { create: number; update: number; unchanged: number; invalid: number; firmsCreated: number };
  errorCount: number;
  errors: { row: number; column: string; value: string; reason: string }[];
  duplicates: {
    row: number;
    name: string;
    otherRow: number | null;
    firmId: number | null;
    by: string;
    similarity: number | null;
  }[];
  preview: { row: number; action: string; label: string }[];
  error?: { code: string; message: string; reason?: string };
}

/** Posts a file to `POST /imports/{kind}` as the browser does (raw body, session cookie). */
export async function upload(
  app: App,
  kind: string,
  bytes: Uint8Array | string,
  options: {
    cookie?: string;
    zoneId: number;
    dryRun?: boolean;
    fileName?: string;
    mapping?: Record<string, string>;
    contentType?: string;
  },
): Promise<{ status: number; body: ImportReportBody }> {
  const params = new URLSearchParams({
    zoneId: String(options.zoneId),
    dryRun: String(options.dryRun ?? true),
    fileName: options.fileName ?? `${kind}.csv`,
  });
  if (options.mapping) params.set('mapping', JSON.stringify(options.mapping));
  const response = await app.request(`/imports/${kind}?${params}`, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/octet-stream',
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: typeof bytes === 'string' ? bytes : new Blob([bytes as Uint8Array<ArrayBuffer>]),
  });
  return { status: response.status, body: (await response.json()) as ImportReportBody };
}

/** A zone with the factory chain (电池 ← 正极材料, 整车), and its people signed in. */
export async function importWorld(app: App, db: Kysely<Database>) {
  const make = createFactories(db);
  const zone = await make.zone({ name: '甲高新区', code: '130171' });
  const otherZone = await make.zone({ name: '乙开发区' });
  const { chain, segments } = await make.chain();
  await db.insertInto('zone_chain').values({ zone_id: zone.id, chain_id: chain.id }).execute();
  const officer = await make.user({ role: 'OFFICER', zoneId: zone.id });
  const manager = await make.user({ role: 'ZONE_MANAGER', zoneId: zone.id });
  const admin = await make.user({ role: 'ADMIN' });
  const analyst = await make.user({ role: 'ANALYST', grantedZoneIds: [zone.id] });
  const otherOfficer = await make.user({ role: 'OFFICER', zoneId: otherZone.id });
  const cookies = {
    officer: await signIn(app, officer.email, TEST_PASSWORD),
    manager: await signIn(app, manager.email, TEST_PASSWORD),
    admin: await signIn(app, admin.email, TEST_PASSWORD),
    analyst: await signIn(app, analyst.email, TEST_PASSWORD),
    otherOfficer: await signIn(app, otherOfficer.email, TEST_PASSWORD),
  };
  return { make, zone, otherZone, chain, segments, users: { officer, manager, admin }, cookies };
}
