import type { ZONE_KINDS } from '../zones/zone-enums';
import type { MetricKey } from './metric-definitions';

export type ZoneKind = (typeof ZONE_KINDS)[number];

/** The indicators a kind of zone is ranked on, each with its weight (weights need not sum to 100). */
export type RankingWeights = Partial<Record<MetricKey, number>>;

/**
 * The documented default of 分类考核, 同类竞优 (docs/metrics.md, "Ranking"): each kind of zone is ranked
 * against its own kind, on indicators that fit what the kind is for.
 * - High-tech zones (高新区): chain completeness and high-tech / specialized firms first.
 * - Economic zones (经开区): signed investment and projects started first.
 * - Bonded zones (综保区): signings and projects in production (trade-processing firms land fast).
 * - Other functional areas: a balanced set.
 * Change a default here (and in docs/metrics.md); an administrator may override the weights of a kind
 * at run time (ranking-weights.service.ts), within the indicators listed here.
 */
export const DEFAULT_RANKING_WEIGHTS: Readonly<Record<ZoneKind, RankingWeights>> = {
  HIGH_TECH: {
    CHAIN_COMPLETENESS: 30,
    SPECIALIZED_FIRM_COUNT: 25,
    SIGNED_INVESTMENT: 15,
    CONSTRUCTION_START_RATE: 10,
    PRODUCTION_RATE: 10,
    INVESTMENT_PER_MU: 10,
  },
  ECONOMIC: {
    SIGNED_INVESTMENT: 30,
    CONSTRUCTION_START_RATE: 20,
    INVESTMENT_IN_PLACE_RATE: 15,
    INVESTMENT_PER_MU: 15,
    SIGNED_PROJECT_COUNT: 10,
    CHAIN_COMPLETENESS: 10,
  },
  BONDED: {
    SIGNED_INVESTMENT: 25,
    SIGNED_PROJECT_COUNT: 20,
    PRODUCTION_RATE: 20,
    LEADS_CONVERTED: 20,
    INVESTMENT_IN_PLACE_RATE: 15,
  },
  OTHER: {
    SIGNED_INVESTMENT: 25,
    SIGNED_PROJECT_COUNT: 20,
    CONSTRUCTION_START_RATE: 20,
    PRODUCTION_RATE: 15,
    CHAIN_COMPLETENESS: 20,
  },
};
