import { backfillSnapshots, type DatabaseHandle, takeWeeklySnapshots } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../support/factories';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

/** Wednesday of 2026-W48 at noon in Shanghai: the clock the snapshots are taken by. */
const NOW = new Date('2026-11-25T04:00:00Z');

interface StoredMetrics {
  source: string;
  period: { from: string; to: string };
  values: Record<string, number | null>;
  chains: { chainId: number; completeness: number }[];
}

describe(`weekly metric snapshots (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let zoneA: { id: number };
  let zoneB: { id: number };
  let chainId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    const make = createFactories(db);
    zoneA = await make.zone({ kind: 'HIGH_TECH' });
    zoneB = await make.zone({ kind: 'ECONOMIC' });
    const { chain, segments } = await make.chain();
    chainId = chain.id;
    await db.insertInto('zone_chain').values({ zone_id: zoneA.id, chain_id: chain.id }).execute();
    // Zone A covers 电池 (via its child 正极材料) but not 整车: 2 of 3 equal-weight segments.
    const firm = await db
      .insertInto('firm')
      .values({
        name: '甲正极材料公司',
        zone_id: zoneA.id,
        tags: ['HIGH_TECH'],
        created_at: '2026-01-05T02:00:00Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('firm_segment')
      .values({ firm_id: firm.id, segment_id: segments.cathode.id })
      .execute();
    await make.project({
      zoneId: zoneA.id,
      totalInvestment: 30_000,
      investmentToDate: 15_000,
      landMu: 100,
      milestones: { SIGNED: { actualOn: '2026-11-10' }, CONSTRUCTION_START: { actualOn: '2026-11-20' } },
    });
    await make.project({
      zoneId: zoneA.id,
      totalInvestment: 10_000,
      milestones: { SIGNED: { actualOn: '2026-03-02' } },
    });
  });
  afterAll(() => database.close());

  async function stored(week: string) {
    const rows = await database.db
      .selectFrom('zone_metric_snapshot')
      .select(['zone_id', 'metrics', 'taken_at'])
      .where('iso_week', '=', week)
      .orderBy('zone_id')
      .execute();
    return rows.map((r) => ({ ...r, metrics: r.metrics as StoredMetrics }));
  }

  it('takes one snapshot per zone with the metrics of the week', async () => {
    const result = await takeWeeklySnapshots(database.db, '2026-W48', { now: NOW });
    expect(result).toEqual({ isoWeek: '2026-W48', written: 2, kept: 0 });
    const [a, b] = await stored('2026-W48');
    expect(a!.zone_id).toBe(zoneA.id);
    expect(a!.metrics.source).toBe('LIVE');
    expect(a!.metrics.period).toEqual({ from: '2026-01-01', to: '2026-11-29' });
    expect(a!.metrics.values.SIGNED_INVESTMENT).toBe(40_000);
    expect(a!.metrics.values.SIGNED_PROJECT_COUNT).toBe(2);
    expect(a!.metrics.values.CONSTRUCTION_START_RATE).toBe(0.5);
    expect(a!.metrics.values.INVESTMENT_IN_PLACE_RATE).toBeCloseTo(15_000 / 40_000, 10);
    expect(a!.metrics.values.SPECIALIZED_FIRM_COUNT).toBe(1);
    expect(a!.metrics.chains).toEqual([{ chainId, completeness: 2 / 3 }]);
    expect(a!.metrics.values.CHAIN_COMPLETENESS).toBeCloseTo(2 / 3, 10);
    // Zone B has nothing: counts are 0, rates have no denominator.
    expect(b!.zone_id).toBe(zoneB.id);
    expect(b!.metrics.values.SIGNED_INVESTMENT).toBe(0);
    expect(b!.metrics.values.CONSTRUCTION_START_RATE).toBeNull();
    expect(b!.metrics.values.CHAIN_COMPLETENESS).toBeNull();
  });

  it('is idempotent per week: a second run, even after the data changed, keeps the snapshot', async () => {
    const before = await stored('2026-W48');
    await createFactories(database.db).project({
      zoneId: zoneA.id,
      totalInvestment: 99_000,
      milestones: { SIGNED: { actualOn: '2026-11-24' } },
    });
    const again = await takeWeeklySnapshots(database.db, '2026-W48', { now: NOW });
    expect(again).toEqual({ isoWeek: '2026-W48', written: 0, kept: 2 });
    expect(await stored('2026-W48')).toEqual(before);
  });

  it('writes each snapshot once when two runs race', async () => {
    const results = await Promise.all([
      takeWeeklySnapshots(database.db, '2026-W49', { now: NOW }),
      takeWeeklySnapshots(database.db, '2026-W49', { now: NOW }),
    ]);
    expect(results.reduce((sum, r) => sum + r.written, 0)).toBe(2);
    expect(await stored('2026-W49')).toHaveLength(2);
  });

  it('backfills past weeks from dated history, leaving current-state metrics empty', async () => {
    const results = await backfillSnapshots(database.db, '2026-W45', '2026-W47', { now: NOW });
    expect(results.map((r) => [r.isoWeek, r.written])).toEqual([
      ['2026-W45', 2],
      ['2026-W46', 2],
      ['2026-W47', 2],
    ]);
    const [w45] = await stored('2026-W45');
    const [w46] = await stored('2026-W46');
    // Signed on 2026-11-10 (W46): not in W45's year to date, in W46's.
    expect(w45!.metrics.values.SIGNED_INVESTMENT).toBe(10_000);
    expect(w46!.metrics.values.SIGNED_INVESTMENT).toBe(40_000);
    expect(w46!.metrics.values.CONSTRUCTION_START_RATE).toBe(0);
    expect(w46!.metrics.source).toBe('HISTORY');
    expect(w46!.metrics.values.INVESTMENT_IN_PLACE_RATE).toBeNull();
    // W47 is last week: the Monday job may still take it live.
    const [w47] = await stored('2026-W47');
    expect(w47!.metrics.source).toBe('LIVE');

    const rerun = await backfillSnapshots(database.db, '2026-W45', '2026-W48', { now: NOW });
    expect(rerun.every((r) => r.written === 0)).toBe(true);
  });

  it('counts a firm in a past week only from the day it was recorded', async () => {
    await backfillSnapshots(database.db, '2026-W01', '2026-W01', { now: NOW });
    const [w01] = await stored('2026-W01');
    // The firm was recorded on 2026-01-05, after the Sunday ending 2026-W01 (2026-01-04).
    expect(w01!.metrics.chains).toEqual([{ chainId, completeness: 0 }]);
    expect(w01!.metrics.values.SPECIALIZED_FIRM_COUNT).toBe(0);
  });

  it('refuses a malformed week', async () => {
    await expect(takeWeeklySnapshots(database.db, '2026-48', { now: NOW })).rejects.toThrow(/ISO week/);
    await expect(backfillSnapshots(database.db, '2026-W01', '2026-W60')).rejects.toThrow(/ISO week/);
  });
});
