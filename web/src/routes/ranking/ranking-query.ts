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

export interface ZoneRanking {
  kind: ZoneKind;
  period: string;
  previousPeriod: string;
  weights: { key: MetricKey; weight: number }[];
  rows: ZoneRankingRow[];
}

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
`;
