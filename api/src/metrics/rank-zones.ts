import { METRIC_KEYS, type MetricKey, type MetricValues } from './metric-definitions';
import type { RankingWeights } from './ranking-weights';

/*
 * The zone ranking (赛马) as a pure function: zones of one kind, their metric values for a period and
 * the previous one, the kind's weights -> scores broken down by indicator, ranks, movement.
 *
 * Scoring (docs/metrics.md, "Ranking"): each indicator is scored 0-100 against the best zone of the
 * field (value / best value × 100: the leader of an indicator gets 100, half the leader's value 50).
 * A zone's score is the weighted mean of its indicator scores. An indicator with no value for ANY zone
 * of the field (e.g. 资金到位率 in a backfilled week) is left out and the other weights carry the score;
 * a zone without a value for an indicator others have scores 0 on it.
 */

export interface RankingEntry {
  zoneId: number;
  values: MetricValues;
}

export interface IndicatorScore {
  key: MetricKey;
  value: number | null;
  /** 0-100 against the best zone of the field. */
  score: number;
  /** The weight as configured. */
  weight: number;
  /** What the indicator adds to the total: score × weight / the sum of the weights in use. */
  contribution: number;
}

export interface RankedZone {
  zoneId: number;
  /** 1 = first; zones with equal scores share a rank (1, 1, 3). */
  rank: number;
  score: number;
  indicators: IndicatorScore[];
  previousRank: number | null;
  previousScore: number | null;
  /** Places gained since the previous period (previousRank - rank); null without a previous rank. */
  movement: number | null;
  highlight: 'TOP' | 'BOTTOM' | null;
}

/** The indicators of the weights, in METRIC_KEYS order, with positive weights only. */
export function indicatorsOf(weights: RankingWeights): { key: MetricKey; weight: number }[] {
  return METRIC_KEYS.flatMap((key) => {
    const weight = weights[key] ?? 0;
    return weight > 0 ? [{ key, weight }] : [];
  });
}

/** Scores of one period: by zone id, with the breakdown. */
export function scoreZones(
  entries: readonly RankingEntry[],
  weights: RankingWeights,
): Map<number, { score: number; indicators: IndicatorScore[] }> {
  const indicators = indicatorsOf(weights);
  const best = new Map<MetricKey, number | null>();
  for (const { key } of indicators) {
    const values = entries.map((e) => e.values[key]).filter((v): v is number => v !== null);
    best.set(key, values.length === 0 ? null : Math.max(...values));
  }
  const inUse = indicators.filter(({ key }) => best.get(key) !== null);
  const totalWeight = inUse.reduce((sum, i) => sum + i.weight, 0);

  const scores = new Map<number, { score: number; indicators: IndicatorScore[] }>();
  for (const entry of entries) {
    const breakdown = indicators.map(({ key, weight }): IndicatorScore => {
      const value = entry.values[key];
      const top = best.get(key) ?? null;
      const score = value === null || top === null || top <= 0 ? 0 : (Math.max(value, 0) / top) * 100;
      const contribution = top === null || totalWeight === 0 ? 0 : (score * weight) / totalWeight;
      return { key, value, score, weight, contribution };
    });
    scores.set(entry.zoneId, {
      score: breakdown.reduce((sum, i) => sum + i.contribution, 0),
      indicators: breakdown,
    });
  }
  return scores;
}

/** Competition ranking (1, 1, 3) by descending score; scores equal to 1e-9 tie. */
function ranksOf(scores: ReadonlyMap<number, { score: number }>): Map<number, number> {
  const sorted = [...scores.entries()].sort((a, b) => b[1].score - a[1].score);
  const ranks = new Map<number, number>();
  sorted.forEach(([zoneId, { score }], i) => {
    const previous = sorted[i - 1];
    const tied = previous !== undefined && Math.abs(previous[1].score - score) < 1e-9;
    ranks.set(zoneId, tied ? ranks.get(previous[0])! : i + 1);
  });
  return ranks;
}

/**
 * Ranks the zones of one kind for a period, with their movement since the previous period. The top
 * and bottom zones are highlighted (领跑者 / 后进) when the field has at least two zones with
 * different scores. Ties are ordered by zone id so the order is stable.
 *
 * @example
 * rankZones(current, previous, DEFAULT_RANKING_WEIGHTS.HIGH_TECH)[0]; // { zoneId: 1, rank: 1, ... }
 */
export function rankZones(
  current: readonly RankingEntry[],
  previous: readonly RankingEntry[],
  weights: RankingWeights,
): RankedZone[] {
  const scores = scoreZones(current, weights);
  const ranks = ranksOf(scores);
  const previousScores = scoreZones(previous, weights);
  const previousRanks = ranksOf(previousScores);
  const ranked = current
    .map((entry): RankedZone => {
      const { score, indicators } = scores.get(entry.zoneId)!;
      const rank = ranks.get(entry.zoneId)!;
      const previousRank = previousRanks.get(entry.zoneId) ?? null;
      return {
        zoneId: entry.zoneId,
        rank,
        score,
        indicators,
        previousRank,
        previousScore: previousScores.get(entry.zoneId)?.score ?? null,
        movement: previousRank === null ? null : previousRank - rank,
        highlight: null,
      };
    })
    .sort((a, b) => a.rank - b.rank || a.zoneId - b.zoneId);

  const topRank = ranked[0]?.rank;
  const bottomRank = ranked[ranked.length - 1]?.rank;
  if (topRank !== undefined && bottomRank !== undefined && topRank !== bottomRank) {
    for (const zone of ranked) {
      if (zone.rank === topRank) zone.highlight = 'TOP';
      else if (zone.rank === bottomRank) zone.highlight = 'BOTTOM';
    }
  }
  return ranked;
}
