import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password';
import { type DatabaseHandle, openDatabase } from '../db/database';
import { migrateAllDown, migrateToLatest } from '../db/migrate';
import { isValidUscc } from '../firms/uscc';
import {
  type DemoSeedDetails,
  type DemoSeedSummary,
  isDatabaseEmpty,
  seedDemoData,
  seedDemoDataDetailed,
} from './demo';

// One PGlite instance for the file (it takes seconds to start). Determinism is checked by seeding a
// fresh schema, fingerprinting it, rebuilding the schema from scratch and seeding again.
let handle: DatabaseHandle;
let summary: DemoSeedDetails;
let firstFingerprint: string;
let firstCounts: DemoSeedSummary;
let emptyBefore: boolean;

async function firmFingerprint(): Promise<string> {
  const rows = await handle.db.selectFrom('firm').select(['name', 'uscc']).orderBy('id').execute();
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

beforeAll(async () => {
  handle = await openDatabase({});
  await migrateToLatest(handle.db);
  firstCounts = await seedDemoData(handle.db, { passwordHash: 'not-a-real-hash' });
  firstFingerprint = await firmFingerprint();
  await migrateAllDown(handle.db);
  await migrateToLatest(handle.db);
  emptyBefore = await isDatabaseEmpty(handle.db);
  summary = await seedDemoDataDetailed(handle.db);
}, 120_000);

afterAll(async () => {
  await handle?.close();
});

describe('seedDemoData', () => {
  it('is deterministic: a fresh database gets the same firms', async () => {
    expect(await firmFingerprint()).toBe(firstFingerprint);
    expect(summary.counts).toEqual(firstCounts);
  });

  it('seeds only what isDatabaseEmpty reports as empty', async () => {
    expect(emptyBefore).toBe(true);
    expect(await isDatabaseEmpty(handle.db)).toBe(false);
  });

  it('writes the 23 Hebei zones, national level only for the seven known ones', async () => {
    const zones = await handle.db.selectFrom('zone').select(['code', 'kind', 'level']).execute();
    expect(zones).toHaveLength(23);
    expect(
      zones
        .filter((z) => z.level === 'NATIONAL')
        .map((z) => z.code)
        .sort(),
    ).toEqual(['130171', '130273', '130371', '130471', '130671', '130871', '131071'].sort());
    expect(zones.find((z) => z.code === '130171')?.kind).toBe('HIGH_TECH');
    expect(summary.counts.zone).toBe(23);
  });

  it('writes at least four chains of 20-60 segments whose feeds form a DAG', async () => {
    const chains = await handle.db.selectFrom('chain').select(['id', 'code']).execute();
    expect(chains.length).toBeGreaterThanOrEqual(4);
    for (const chain of chains) {
      const segments = await handle.db
        .selectFrom('segment')
        .select('id')
        .where('chain_id', '=', chain.id)
        .execute();
      expect(segments.length, chain.code).toBeGreaterThanOrEqual(20);
      expect(segments.length, chain.code).toBeLessThanOrEqual(60);
      const feeds = await handle.db
        .selectFrom('segment_feed')
        .select(['from_segment_id', 'to_segment_id'])
        .where('chain_id', '=', chain.id)
        .execute();
      expect(feeds.length, chain.code).toBeGreaterThan(0);
      expect(hasCycle(feeds), chain.code).toBe(false);
    }
  });

  it('makes the home zone pursue NEV and BIO, with missing, weak and present segments and a broken link', async () => {
    const pursued = await handle.db
      .selectFrom('zone_chain')
      .innerJoin('zone', 'zone.id', 'zone_chain.zone_id')
      .innerJoin('chain', 'chain.id', 'zone_chain.chain_id')
      .select('chain.code')
      .where('zone.code', '=', '130171')
      .execute();
    expect(pursued.map((row) => row.code)).toEqual(expect.arrayContaining(['NEV', 'BIO']));
    const { rows } = await sql<{ code: string; local: number; broken: boolean }>`
      WITH local AS (
        SELECT s.id, count(DISTINCT f.id)::int AS local
        FROM segment s JOIN chain c ON c.id = s.chain_id AND c.code = 'NEV'
        LEFT JOIN segment d ON d.id = s.id OR d.parent_id = s.id
        LEFT JOIN firm_segment fs ON fs.segment_id = d.id
        LEFT JOIN firm f ON f.id = fs.firm_id AND f.zone_id = (SELECT id FROM zone WHERE code = '130171')
        GROUP BY s.id
      )
      SELECT s.code, l.local, l.local = 0 AND EXISTS (
        SELECT 1 FROM segment_feed sf JOIN local t ON t.id = sf.to_segment_id
        WHERE sf.from_segment_id = s.id AND t.local > 0
      ) AS broken
      FROM segment s JOIN local l ON l.id = s.id
    `.execute(handle.db);
    expect(rows.some((r) => r.local === 0)).toBe(true);
    expect(rows.some((r) => r.local === 1)).toBe(true);
    expect(rows.some((r) => r.local >= 2)).toBe(true);
    expect(rows.find((r) => r.code === 'BAT-SEP')?.broken).toBe(true);
  });

  it('writes at least 2,000 firms whose USCCs are valid and unique', async () => {
    const firms = await handle.db.selectFrom('firm').select(['name', 'uscc', 'zone_id']).execute();
    expect(firms.length).toBeGreaterThanOrEqual(2_000);
    const codes = firms.flatMap((f) => (f.uscc ? [f.uscc] : []));
    expect(codes.filter((code) => !isValidUscc(code))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeLessThan(firms.length);
    expect(firms.every((f) => f.name.includes('示例') || f.name.includes('Demo'))).toBe(true);
    expect(new Set(firms.map((f) => f.name)).size).toBe(firms.length);
  });

  it('writes at least 300 leads in all seven stages, every lost one with a reason', async () => {
    const leads = await handle.db.selectFrom('lead').select(['stage', 'lost_reason']).execute();
    expect(leads.length).toBeGreaterThanOrEqual(300);
    expect(new Set(leads.map((lead) => lead.stage))).toEqual(
      new Set(['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'SIGNED', 'PAUSED', 'LOST']),
    );
    const lost = leads.filter((lead) => lead.stage === 'LOST');
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.every((lead) => (lead.lost_reason ?? '').trim().length > 0)).toBe(true);
  });

  it('writes at least 40 projects, 15 in the home zone, meant to be red, yellow and green', async () => {
    const projects = await handle.db.selectFrom('project').select(['id', 'zone_id']).execute();
    expect(projects.length).toBeGreaterThanOrEqual(40);
    expect(summary.projects.filter((p) => p.zoneCode === '130171').length).toBeGreaterThanOrEqual(15);
    expect(new Set(summary.projects.map((p) => p.expected))).toEqual(new Set(['RED', 'YELLOW', 'GREEN']));
    expect(summary.counts.project).toBe(projects.length);
  });

  it('creates the five demo accounts with their roles, zones and the demo password', async () => {
    const users = await handle.db
      .selectFrom('app_user')
      .leftJoin('zone', 'zone.id', 'app_user.zone_id')
      .select(['app_user.id', 'email', 'role', 'zone.code as zone', 'password_hash'])
      .execute();
    const expected: Record<string, [string, string | null]> = {
      'admin@demo.test': ['ADMIN', null],
      'manager@demo.test': ['ZONE_MANAGER', '130171'],
      'officer@demo.test': ['OFFICER', '130171'],
      'leader@demo.test': ['LEADER', '130171'],
      'analyst@demo.test': ['ANALYST', null],
    };
    for (const [email, [role, zone]] of Object.entries(expected)) {
      const user = users.find((u) => u.email === email);
      expect(user, email).toBeDefined();
      expect([user?.role, user?.zone]).toEqual([role, zone]);
    }
    const admin = users.find((u) => u.email === 'admin@demo.test');
    expect(await verifyPassword('lianzhao-demo', admin?.password_hash ?? '')).toBe(true);
    // One hash, shared by every demo account.
    expect(new Set(users.map((u) => u.password_hash)).size).toBe(1);
    const analyst = users.find((u) => u.email === 'analyst@demo.test');
    const grants = await handle.db
      .selectFrom('user_zone_grant')
      .innerJoin('zone', 'zone.id', 'user_zone_grant.zone_id')
      .select('zone.code')
      .where('user_id', '=', analyst?.id ?? 0)
      .execute();
    expect(grants.map((g) => g.code)).toContain('130171');
  });
});

/** Kahn's algorithm: true when some segments are never freed of incoming links. */
function hasCycle(feeds: readonly { from_segment_id: number; to_segment_id: number }[]): boolean {
  const incoming = new Map<number, number>();
  for (const f of feeds) {
    incoming.set(f.to_segment_id, (incoming.get(f.to_segment_id) ?? 0) + 1);
    if (!incoming.has(f.from_segment_id)) incoming.set(f.from_segment_id, 0);
  }
  const ready = [...incoming].filter(([, n]) => n === 0).map(([id]) => id);
  let visited = 0;
  while (ready.length > 0) {
    const id = ready.pop() as number;
    visited += 1;
    for (const f of feeds.filter((x) => x.from_segment_id === id)) {
      const left = (incoming.get(f.to_segment_id) ?? 0) - 1;
      incoming.set(f.to_segment_id, left);
      if (left === 0) ready.push(f.to_segment_id);
    }
  }
  return visited < incoming.size;
}
