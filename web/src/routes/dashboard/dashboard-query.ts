import { gql } from '@urql/core';
import type { RagStatus } from '../../graphql/enums.ts';

/** The metric keys and units of api/src/metrics/metrics.graphql (hand-written; keep in step). */
export const METRIC_KEYS = [
  'SIGNED_INVESTMENT',
  'SIGNED_PROJECT_COUNT',
  'CONSTRUCTION_START_RATE',
  'PRODUCTION_RATE',
  'INVESTMENT_IN_PLACE_RATE',
  'INVESTMENT_PER_MU',
  'CHAIN_COMPLETENESS',
  'LEADS_CONVERTED',
  'SPECIALIZED_FIRM_COUNT',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];
export type MetricUnit = 'WAN_YUAN' | 'COUNT' | 'RATIO' | 'WAN_YUAN_PER_MU';

export type FunnelStageName = 'LEAD' | 'CONTACTED' | 'VISITED' | 'NEGOTIATING' | 'SIGNED';
export type ComparisonPeriod = 'MONTH_TO_DATE' | 'YEAR_TO_DATE';

export interface MetricValue {
  key: MetricKey;
  unit: MetricUnit;
  value: number | null;
  previousWeek: number | null;
}

export interface PeriodComparison {
  period: ComparisonPeriod;
  from: string;
  to: string;
  newLeads: number;
  newLeadsLastYear: number;
  signings: number;
  signingsLastYear: number;
  signedInvestment: number;
  signedInvestmentLastYear: number;
}

export interface ChainTrend {
  chain: { id: string; name: string; nameEn: string | null };
  completeness: number;
  trend: { isoWeek: string; value: number | null }[];
}

export interface ZoneDashboard {
  zone: { id: string; name: string; kind: string };
  asOf: string;
  isoWeek: string;
  metrics: MetricValue[];
  funnel: { stage: FunnelStageName; count: number; plannedInvestment: number }[];
  comparisons: PeriodComparison[];
  projectsByRag: { status: RagStatus; count: number }[];
  investment: { planned: number; inPlace: number; rate: number | null };
  chains: ChainTrend[];
  followUps: {
    overdue: number;
    dueThisWeek: number;
    leads: { id: string; title: string; nextFollowUpOn: string | null; firm: { name: string } }[];
  };
}

export const ZONE_DASHBOARD_QUERY = gql<{ zoneDashboard: ZoneDashboard }, { zoneId: string }>`
  query ZoneDashboard($zoneId: ID!) {
    zoneDashboard(zoneId: $zoneId) {
      zone {
        id
        name
        kind
      }
      asOf
      isoWeek
      metrics {
        key
        unit
        value
        previousWeek
      }
      funnel {
        stage
        count
        plannedInvestment
      }
      comparisons {
        period
        from
        to
        newLeads
        newLeadsLastYear
        signings
        signingsLastYear
        signedInvestment
        signedInvestmentLastYear
      }
      projectsByRag {
        status
        count
      }
      investment {
        planned
        inPlace
        rate
      }
      chains {
        chain {
          id
          name
          nameEn
        }
        completeness
        trend {
          isoWeek
          value
        }
      }
      followUps {
        overdue
        dueThisWeek
        leads {
          id
          title
          nextFollowUpOn
          firm {
            name
          }
        }
      }
    }
  }
`;
