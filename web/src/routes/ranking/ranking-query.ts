import { gql } from '@urql/core';
import type { ZoneKind } from '../../graphql/enums.ts';
import type { MetricKey, MetricUnit } from '../dashboard/dashboard-query.ts';

export interface IndicatorScore {
  key: MetricKey;
  unit: MetricUnit;
  value: number | null;
  score: number;
  weight: number;
  contribution: number;
}

export interface ZoneRankingRow {
  zone: { id: string; name: string };
  rank: number;
  score: number;
  previousRank: number | null;
  movement: number | null;
  highlight: 'TOP' | 'BOTTOM' | null;
  indicators: IndicatorScore[];
}

/** The weights a kind is ranked with: the documented default or an administrator's (send `version` back when saving). */
export interface RankingWeightSettings {
  kind: ZoneKind;
  weights: { key: MetricKey; weight: number }[];
  isDefault: boolean;
  version: number;
}

export interface ZoneRanking {
  kind: ZoneKind;
  period: string;
  previousPeriod: string;
  weights: { key: MetricKey; weight: number }[];
  weightSettings: RankingWeightSettings;
  rows: ZoneRankingRow[];
}

const WEIGHT_SETTINGS = gql`
  fragment RankingWeightSettings on RankingWeights {
    kind
    isDefault
    version
    weights {
      key
      weight
    }
  }
`;

export const ZONE_RANKING_QUERY = gql<
  { zoneRanking: ZoneRanking },
  { kind: ZoneKind; period: string | null }
>`
  query ZoneRanking($kind: ZoneKind!, $period: String) {
    zoneRanking(kind: $kind, period: $period) {
      kind
      period
      previousPeriod
      weights {
        key
        weight
      }
      weightSettings {
        ...RankingWeightSettings
      }
      rows {
        zone {
          id
          name
        }
        rank
        score
        previousRank
        movement
        highlight
        indicators {
          key
          unit
          value
          score
          weight
          contribution
        }
      }
    }
  }
  ${WEIGHT_SETTINGS}
`;

export const SET_RANKING_WEIGHTS = gql<
  { setRankingWeights: RankingWeightSettings },
  { kind: ZoneKind; weights: { key: MetricKey; weight: number }[]; version: number }
>`
  mutation SetRankingWeights($kind: ZoneKind!, $weights: [IndicatorWeightInput!]!, $version: Int) {
    setRankingWeights(kind: $kind, weights: $weights, version: $version) {
      ...RankingWeightSettings
    }
  }
  ${WEIGHT_SETTINGS}
`;

export const RESET_RANKING_WEIGHTS = gql<
  { resetRankingWeights: RankingWeightSettings },
  { kind: ZoneKind; version: number }
>`
  mutation ResetRankingWeights($kind: ZoneKind!, $version: Int) {
    resetRankingWeights(kind: $kind, version: $version) {
      ...RankingWeightSettings
    }
  }
  ${WEIGHT_SETTINGS}
`;
