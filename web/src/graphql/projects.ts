import { gql } from '@urql/core';
import type { ActivityKind, MilestoneKind, ProgressBasis, RagReasonCode, RagStatus } from './enums.ts';

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

const RAG_FIELDS = `
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

export interface Milestone {
  id: string;
  kind: MilestoneKind;
  /** 'YYYY-MM-DD'. */
  plannedOn: string | null;
  actualOn: string | null;
  note: string | null;
  version: number;
}

export interface ProgressReport {
  id: string;
  /** e.g. 2026-W48. */
  isoWeek: string;
  progressPercent: number | null;
  progress: string;
  problems: string;
  supportNeeded: string;
  author: { displayName: string } | null;
  updatedAt: string;
}

export interface ProjectChange {
  id: string;
  at: string;
  actor: { displayName: string } | null;
  action: string;
  subject: string;
  changes: { field: string; before: string | null; after: string | null }[];
}

export interface ProjectDetail extends ProjectListItem {
  accountableLeader: { id: string; displayName: string } | null;
  contactName: string | null;
  contactPhone: string | null;
  lead: { id: string; title: string } | null;
  segments: { id: string; name: string; nameEn: string | null }[];
  milestones: Milestone[];
  progressReports: ProgressReport[];
  activities: {
    id: string;
    kind: ActivityKind;
    occurredAt: string;
    summary: string;
    author: { displayName: string } | null;
  }[];
  history: ProjectChange[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const PROJECT_QUERY = gql<{ project: ProjectDetail | null }, { id: string }>`
  query Project($id: ID!) {
    project(id: $id) {
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
      lead {
        id
        title
      }
      segments {
        id
        name
        nameEn
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
      accountableLeader {
        id
        displayName
      }
      responsibleUnit
      contactName
      contactPhone
      ${RAG_FIELDS}
      milestones {
        id
        kind
        plannedOn
        actualOn
        note
        version
      }
      progressReports(last: 12) {
        id
        isoWeek
        progressPercent
        progress
        problems
        supportNeeded
        author {
          displayName
        }
        updatedAt
      }
      activities(last: 20) {
        id
        kind
        occurredAt
        summary
        author {
          displayName
        }
      }
      history(last: 30) {
        id
        at
        actor {
          displayName
        }
        action
        subject
        changes {
          field
          before
          after
        }
      }
      createdAt
      updatedAt
      version
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

/** Missing key: unchanged; null: cleared. */
export interface UpdateProjectInput {
  name?: string;
  totalInvestment?: number | null;
  fixedAssetInvestment?: number | null;
  investmentToDate?: number;
  landMu?: number | null;
  expectedAnnualOutput?: number | null;
  expectedAnnualTax?: number | null;
  accountableLeaderName?: string | null;
  accountableLeaderTitle?: string | null;
  responsibleUnit?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
}

export const UPDATE_PROJECT = gql<
  { updateProject: { id: string; version: number } },
  { id: string; version: number; input: UpdateProjectInput }
>`
  mutation UpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) {
    updateProject(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`;

export const RECORD_MILESTONE = gql<
  { recordMilestone: { id: string; actualOn: string | null; version: number } },
  { projectId: string; kind: MilestoneKind; actualOn: string | null; version: number }
>`
  mutation RecordMilestone($projectId: ID!, $kind: MilestoneKind!, $actualOn: Date, $version: Int) {
    recordMilestone(projectId: $projectId, kind: $kind, actualOn: $actualOn, version: $version) {
      id
      actualOn
      version
    }
  }
`;

export interface ProgressReportInput {
  projectId: string;
  progressPercent: number | null;
  progress: string;
  problems: string;
  supportNeeded: string;
}

export const SUBMIT_PROGRESS_REPORT = gql<
  { submitProgressReport: { id: string; isoWeek: string } },
  ProgressReportInput
>`
  mutation SubmitProgressReport(
    $projectId: ID!
    $progressPercent: Float
    $progress: String
    $problems: String
    $supportNeeded: String
  ) {
    submitProgressReport(
      projectId: $projectId
      progressPercent: $progressPercent
      progress: $progress
      problems: $problems
      supportNeeded: $supportNeeded
    ) {
      id
      isoWeek
    }
  }
`;
