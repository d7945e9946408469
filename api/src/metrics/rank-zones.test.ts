import { describe, expect, it } from 'vitest';
import { METRIC_KEYS, type MetricValues } from './metric-definitions';
import { rankZones, scoreZones } from './rank-zones';
import { DEFAULT_RANKING_WEIGHTS } from './ranking-weights';

function values(overrides: Partial<MetricValues>): MetricValues {
  const base = Object.fromEntries(METRIC_KEYS.map((k) => [k, null])) as MetricValues;
  return { ...base, ...overrides };
}

const WEIGHTS = { SIGNED_INVESTMENT: 3, CHAIN_COMPLETENESS: 1 };

describe('scoreZones', () => {
  it('scores each indicator against the best zone and weights the mean', () => {
    const scores = scoreZones(
      [
        { zoneId: 1, values: values({ SIGNED_INVESTMENT: 100_000, CHAIN_COMPLETENESS: 0.4 }) },
        { zoneId: 2, values: values({ SIGNED_INVESTMENT: 50_000, CHAIN_COMPLETENESS: 0.8 }) },
      ],
      WEIGHTS,
    );
    // Zone 1: 100 on investment (weight 3), 50 on completeness (weight 1) -> (300 + 50) / 4.
    expect(scores.get(1)!.score).toBeCloseTo(87.5, 10);
    // Zone 2: 50 and 100 -> (150 + 100) / 4.
    expect(scores.get(2)!.score).toBeCloseTo(62.5, 10);
    const breakdown = scores.get(1)!.indicators;
    expect(breakdown.map((i) => i.key)).toEqual(['SIGNED_INVESTMENT', 'CHAIN_COMPLETENESS']);
    expect(breakdown[0]!.contribution).toBeCloseTo(75, 10);
    expect(breakdown.reduce((sum, i) => sum + i.contribution, 0)).toBeCloseTo(87.5, 10);
  });

  it('leaves out an indicator no zone has a value for, and scores a missing value 0', () => {
    const scores = scoreZones(
      [
        { zoneId: 1, values: values({ SIGNED_INVESTMENT: 10, CHAIN_COMPLETENESS: null }) },
        { zoneId: 2, values: values({ SIGNED_INVESTMENT: null, CHAIN_COMPLETENESS: null }) },
      ],
      WEIGHTS,
    );
    expect(scores.get(1)!.score).toBe(100);
    expect(scores.get(2)!.score).toBe(0);
  });

  it('gives everyone 0 on an indicator whose best value is 0 (no division by zero)', () => {
    const scores = scoreZones(
      [
        { zoneId: 1, values: values({ SIGNED_INVESTMENT: 0, CHAIN_COMPLETENESS: 0.5 }) },
        { zoneId: 2, values: values({ SIGNED_INVESTMENT: 0, CHAIN_COMPLETENESS: 0.25 }) },
      ],
      WEIGHTS,
    );
    expect(scores.get(1)!.score).toBe(25);
    expect(scores.get(2)!.score).toBe(12.5);
  });
});

describe('rankZones', () => {
  const current = [
    { zoneId: 1, values: values({ SIGNED_INVESTMENT: 50_000, CHAIN_COMPLETENESS: 0.8 }) },
    { zoneId: 2, values: values({ SIGNED_INVESTMENT: 100_000, CHAIN_COMPLETENESS: 0.4 }) },
    { zoneId: 3, values: values({ SIGNED_INVESTMENT: 10_000, CHAIN_COMPLETENESS: 0.2 }) },
  ];

  it('orders by score, highlights top and bottom, and reports movement since the previous period', () => {
    const previous = [
      { zoneId: 1, values: values({ SIGNED_INVESTMENT: 90_000, CHAIN_COMPLETENESS: 0.8 }) },
      { zoneId: 2, values: values({ SIGNED_INVESTMENT: 10_000, CHAIN_COMPLETENESS: 0.4 }) },
    ];
    const ranked = rankZones(current, previous, WEIGHTS);
    expect(ranked.map((r) => [r.zoneId, r.rank, r.highlight])).toEqual([
      [2, 1, 'TOP'],
      [1, 2, null],
      [3, 3, 'BOTTOM'],
    ]);
    expect(ranked.map((r) => [r.zoneId, r.previousRank, r.movement])).toEqual([
      [2, 2, 1],
      [1, 1, -1],
      [3, null, null],
    ]);
  });

  it('follows the weights: weighting completeness instead turns the order round', () => {
    const ranked = rankZones(current, [], { SIGNED_INVESTMENT: 1, CHAIN_COMPLETENESS: 3 });
    expect(ranked.map((r) => r.zoneId)).toEqual([1, 2, 3]);
  });

  it('gives tied zones the same rank and highlights nobody when all are equal', () => {
    const tied = [
      { zoneId: 5, values: values({ SIGNED_INVESTMENT: 1 }) },
      { zoneId: 4, values: values({ SIGNED_INVESTMENT: 1 }) },
    ];
    const ranked = rankZones(tied, [], WEIGHTS);
    expect(ranked.map((r) => [r.zoneId, r.rank, r.highlight])).toEqual([
      [4, 1, null],
      [5, 1, null],
    ]);
  });

  it('ranks high-tech zones on completeness and specialized firms above signed investment by default', () => {
    const weights = DEFAULT_RANKING_WEIGHTS.HIGH_TECH;
    expect(weights.CHAIN_COMPLETENESS!).toBeGreaterThan(weights.SIGNED_INVESTMENT!);
    const ranked = rankZones(
      [
        {
          zoneId: 1,
          values: values({ SIGNED_INVESTMENT: 100, CHAIN_COMPLETENESS: 0.3, SPECIALIZED_FIRM_COUNT: 2 }),
        },
        {
          zoneId: 2,
          values: values({ SIGNED_INVESTMENT: 40, CHAIN_COMPLETENESS: 0.9, SPECIALIZED_FIRM_COUNT: 10 }),
        },
      ],
      [],
      weights,
    );
    expect(ranked[0]!.zoneId).toBe(2);
    const economic = rankZones(
      [
        {
          zoneId: 1,
          values: values({ SIGNED_INVESTMENT: 100, CHAIN_COMPLETENESS: 0.3, CONSTRUCTION_START_RATE: 0.5 }),
        },
        {
          zoneId: 2,
          values: values({ SIGNED_INVESTMENT: 40, CHAIN_COMPLETENESS: 0.9, CONSTRUCTION_START_RATE: 0.5 }),
        },
      ],
      [],
      DEFAULT_RANKING_WEIGHTS.ECONOMIC,
    );
    expect(economic[0]!.zoneId).toBe(1);
  });

  it('returns nothing for an empty field', () => {
    expect(rankZones([], [], WEIGHTS)).toEqual([]);
  });
});
