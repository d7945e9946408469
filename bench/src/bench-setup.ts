import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, totalmem, type } from 'node:os';
import type { Database } from '@lianzhao/api';
import { type Kysely, sql } from 'kysely';
import { hashSecretToken, newSecretToken } from '../../api/src/auth/secret-token';
import { migrations } from '../../migrations/index';
import { ADMIN_USER_ID } from './province-model';

/**
 * A fresh READ_WRITE API token of the generated administrator, stored hashed like any other; revoked
 * (deleted) when the run ends, so no usable secret outlives it.
 */
export async function createBenchToken(db: Kysely<Database>) {
  const secret = newSecretToken('lzt');
  const row = await db
    .insertInto('api_token')
    .values({
      user_id: ADMIN_USER_ID,
      name: `pnpm bench ${new Date().toISOString()}`,
      token_hash: hashSecretToken(secret),
      token_prefix: secret.slice(0, 10),
      scope: 'READ_WRITE',
      expires_at: new Date(Date.now() + 86_400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    secret,
    revoke: async () => {
      await db.deleteFrom('api_token').where('id', '=', row.id).execute();
    },
  };
}

export interface Subjects {
  zoneId: number;
  chainId: number;
  chainFirms: number;
  localFirms: number;
  /** Firms the firm(id) loads rotate through. */
  firmIds: number[];
  /** Firms of the chain outside the zone with no open lead there: each write opens a lead on one. */
  writeFirmIds: number[];
  /** Full USCCs of some firms, for the search by code. */
  usccs: string[];
}

/**
 * What the scenarios ask about, chosen the same way on every run: the zone and chain with the most
 * local firms (the heaviest analysis a user would open), and a fixed spread of firms.
 */
export async function pickSubjects(db: Kysely<Database>, writes: number): Promise<Subjects> {
  const pair = await sql<{ zone_id: number; chain_id: number; local: number }>`
    SELECT zc.zone_id, zc.chain_id, count(DISTINCT f.id)::int AS local
    FROM zone_chain zc
    JOIN segment s ON s.chain_id = zc.chain_id
    JOIN firm_segment fs ON fs.segment_id = s.id
    JOIN firm f ON f.id = fs.firm_id AND f.zone_id = zc.zone_id
    GROUP BY zc.zone_id, zc.chain_id
    ORDER BY local DESC, zc.zone_id, zc.chain_id
    LIMIT 1`.execute(db);
  const { zone_id: zoneId, chain_id: chainId, local } = pair.rows[0]!;
  const chainFirms = await sql<{ n: number }>`
    SELECT count(DISTINCT fs.firm_id)::int AS n FROM firm_segment fs JOIN segment s ON s.id = fs.segment_id
    WHERE s.chain_id = ${chainId}`.execute(db);
  const firmIds = await sql<{ id: number; uscc: string | null }>`
    SELECT id, uscc FROM firm WHERE deleted_at IS NULL ORDER BY md5(id::text) LIMIT 1000`.execute(db);
  const writeFirms = await sql<{ id: number }>`
    SELECT DISTINCT f.id FROM firm f
    JOIN firm_segment fs ON fs.firm_id = f.id JOIN segment s ON s.id = fs.segment_id
    WHERE s.chain_id = ${chainId} AND f.deleted_at IS NULL AND f.zone_id IS DISTINCT FROM ${zoneId}
      AND NOT EXISTS (SELECT 1 FROM lead l WHERE l.firm_id = f.id AND l.zone_id = ${zoneId} AND l.deleted_at IS NULL)
    ORDER BY f.id LIMIT ${writes}`.execute(db);
  return {
    zoneId,
    chainId,
    chainFirms: chainFirms.rows[0]!.n,
    localFirms: local,
    firmIds: firmIds.rows.map((r) => Number(r.id)),
    writeFirmIds: writeFirms.rows.map((r) => Number(r.id)),
    usccs: firmIds.rows.flatMap((r) => (r.uscc ? [r.uscc] : [])).slice(0, 50),
  };
}

/** Migrations of the app the benchmark database has not had: it must be generated again. */
export async function pendingMigrations(db: Kysely<Database>): Promise<string[]> {
  const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
  const names = new Set(applied.rows.map((r) => r.name));
  return Object.keys(migrations).filter((name) => !names.has(name));
}

/** Leads the after-a-write scenario opened, with their stage records and audit entries. */
export async function removeBenchLeads(db: Kysely<Database>, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('audit_entry').where('entity', '=', 'lead').where('entity_id', 'in', ids).execute();
  await db.deleteFrom('lead').where('id', 'in', ids).execute();
}

const PACKAGES: [string, string][] = [
  ['api', 'graphql-yoga'],
  ['api', 'graphql'],
  ['api', 'hono'],
  ['api', '@hono/node-server'],
  ['api', 'kysely'],
  ['api', 'pg'],
  ['api', 'dataloader'],
  ['bench', 'autocannon'],
];

/** The machine and versions a figure was measured on, for the results file. */
export async function describeEnvironment(db: Kysely<Database>) {
  const server = await sql<{ server_version: string }>`SHOW server_version`.execute(db);
  const packages: Record<string, string> = {};
  for (const [workspace, name] of PACKAGES) {
    try {
      const path = new URL(`../../${workspace}/node_modules/${name}/package.json`, import.meta.url);
      packages[name] = (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
    } catch {
      packages[name] = 'unknown';
    }
  }
  const cpuList = cpus();
  return {
    machine: {
      os: `${type()} ${release()}`,
      cpus: cpuList.length,
      cpuModel: cpuList[0]?.model ?? 'unknown',
      memoryMb: Math.round(totalmem() / 1048576),
      freeMemoryMbAtStart: Math.round(freemem() / 1048576),
      loadAverageAtStart: loadavg(),
    },
    versions: { node: process.version, postgres: server.rows[0]!.server_version, packages },
  };
}
