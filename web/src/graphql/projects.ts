import { gql } from '@urql/core';
import type { ProgressBasis, RagReasonCode, RagStatus } from './enums.ts';

export interface RagReason {
  code: RagReasonCode;
  /** The status this reason alone gives. */
  severity: RagStatus;
  params: { name: string; value: string }[];
}

export interface Rag {
  status: RagStatus;
  /** Worst first; empty when GREEN. */
  reasons: RagReason[];
  plannedProgressPercent: number | null;
  actualProgressPercent: number | null;
  progressBasis: ProgressBasis | null;
}

/** The RAG selection, shared by the ledger, the project page (project-detail.ts) and My projects. */
export const RAG_FIELDS = `
  rag {
    status
    reasons {
      code
      severity
      params {
        name
        value
      }
    }
    plannedProgressPercent
    actualProgressPercent
    progressBasis
  }
`;

/** The ledger's row. Amounts in 万元, land in 亩. */
export interface ProjectListItem {
  id: string;
  name: string;
  zone: { id: string; name: string };
  firm: { id: string; name: string };
  totalInvestment: number | null;
  fixedAssetInvestment: number | null;
  investmentToDate: number;
  investmentRatio: number | null;
  landMu: number | null;
  expectedAnnualOutput: number | null;
  expectedAnnualTax: number | null;
  accountableLeaderName: string | null;
  accountableLeaderTitle: string | null;
  responsibleUnit: string | null;
  rag: Rag;
}

export interface ProjectFilter {
  zoneId?: string;
  ragStatuses?: RagStatus[];
  accountableLeaderId?: string;
  responsibleUnit?: string;
  chainId?: string;
  milestoneLate?: boolean;
  search?: string;
}

export interface ProjectTotals {
  totalInvestment: number;
  fixedAssetInvestment: number;
  investmentToDate: number;
  landMu: number;
  expectedAnnualOutput: number;
  expectedAnnualTax: number;
}

export interface ProjectConnection {
  totalCount: number;
  totals: ProjectTotals;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: ProjectListItem }[];
}

/** One page of the ledger. */
export const PROJECTS_PAGE_SIZE = 50;

export const PROJECTS_QUERY = gql<
  { projects: ProjectConnection },
  { filter: ProjectFilter; first: number; after: string | null }
>`
  query Projects($filter: ProjectFilter, $first: Int, $after: String) {
    projects(filter: $filter, first: $first, after: $after) {
      totalCount
      totals {
        totalInvestment
        fixedAssetInvestment
        investmentToDate
        landMu
        expectedAnnualOutput
        expectedAnnualTax
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          zone {
            id
            name
          }
          firm {
            id
            name
          }
          totalInvestment
          fixedAssetInvestment
          investmentToDate
          investmentRatio
          landMu
          expectedAnnualOutput
          expectedAnnualTax
          accountableLeaderName
          accountableLeaderTitle
          responsibleUnit
          ${RAG_FIELDS}
        }
      }
    }
  }
`;

/** The most the API gives in one page: the filter's choices are read from this many projects. */
export const FILTER_OPTIONS_SAMPLE = 200;

export interface ProjectFilterOptionsItem {
  accountableLeader: { id: string; displayName: string } | null;
  responsibleUnit: string | null;
}

/** The accountable leaders and responsible units to offer as filters, from the zone's projects. */
export const PROJECT_FILTER_OPTIONS_QUERY = gql<
  { projects: { edges: { node: ProjectFilterOptionsItem }[] } },
  { filter: ProjectFilter; first: number }
>`
  query ProjectFilterOptions($filter: ProjectFilter, $first: Int) {
    projects(filter: $filter, first: $first) {
      edges {
        node {
          id
          accountableLeader {
            id
            displayName
          }
          responsibleUnit
        }
      }
    }
  }
`;

export interface MissingReportProject {
  id: string;
  name: string;
  responsibleUnit: string | null;
  latestReport: { isoWeek: string } | null;
}

export const MISSING_REPORTS_QUERY = gql<{ missingReports: MissingReportProject[] }, { zoneId: string }>`
  query MissingReports($zoneId: ID!) {
    missingReports(zoneId: $zoneId) {
      id
      name
      responsibleUnit
      latestReport {
        isoWeek
      }
    }
  }
`;

export interface LeaderProject {
  id: string;
  name: string;
  zone: { id: string; name: string };
  rag: Rag;
  latestReport: { isoWeek: string; problems: string; supportNeeded: string } | null;
}

export const MY_ACCOUNTABLE_PROJECTS_QUERY = gql<
  { myAccountableProjects: LeaderProject[] },
  Record<string, never>
>`
  query MyAccountableProjects {
    myAccountableProjects {
      id
      name
      zone {
        id
        name
      }
      ${RAG_FIELDS}
      latestReport {
        isoWeek
        problems
        supportNeeded
      }
    }
  }
`;
