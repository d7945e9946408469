import { gql } from '@urql/core';
import type { LeadSource, LeadStage, Priority } from './enums.ts';

export type FollowUpStatus = 'NONE' | 'UPCOMING' | 'DUE_TODAY' | 'OVERDUE';
export const FOLLOW_UP_FILTERS = ['DUE_TODAY', 'OVERDUE', 'DUE'] as const;
export type FollowUpFilter = (typeof FOLLOW_UP_FILTERS)[number];
export const LEAD_ORDER_FIELDS = [
  'UPDATED_AT',
  'CREATED_AT',
  'NEXT_FOLLOW_UP_ON',
  'PLANNED_INVESTMENT',
  'FIRM_NAME',
  'STAGE',
  'PRIORITY',
] as const;
export type LeadOrderField = (typeof LEAD_ORDER_FIELDS)[number];
export type SortDirection = 'ASC' | 'DESC';

export interface LeadOrder {
  field: LeadOrderField;
  direction: SortDirection;
}

export interface LeadListItem {
  id: string;
  title: string;
  stage: LeadStage;
  source: LeadSource;
  priority: Priority;
  /** 万元. */
  plannedInvestment: number | null;
  /** 'YYYY-MM-DD'. */
  nextFollowUpOn: string | null;
  createdAt: string;
  updatedAt: string;
  lastActivityAt: string | null;
  stalled: boolean;
  followUpStatus: FollowUpStatus;
  version: number;
  firm: { id: string; name: string };
  owner: { id: string; displayName: string } | null;
  zone: { id: string; name: string };
  segments: { id: string; name: string; nameEn: string | null }[];
}

export interface LeadFilter {
  zoneId?: string;
  stages?: LeadStage[];
  ownerId?: string;
  firmId?: string;
  mine?: boolean;
  chainId?: string;
  segmentId?: string;
  sources?: LeadSource[];
  priorities?: Priority[];
  stalled?: boolean;
  followUp?: FollowUpFilter;
  search?: string;
}

export interface LeadConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: LeadListItem }[];
}

/** One page of the list; the leads page asks for this many at a time. */
export const LEADS_PAGE_SIZE = 50;

/** The fields of a lead in lists, shared by every document that returns list items. */
export const LEAD_LIST_FIELDS = `
  id
  title
  stage
  source
  priority
  plannedInvestment
  nextFollowUpOn
  createdAt
  updatedAt
  lastActivityAt
  stalled
  followUpStatus
  version
  firm {
    id
    name
  }
  owner {
    id
    displayName
  }
  zone {
    id
    name
  }
  segments {
    id
    name
    nameEn
  }
`;

export const LEADS_QUERY = gql<
  { leads: LeadConnection },
  { filter: LeadFilter; orderBy?: LeadOrder | null; first: number; after: string | null }
>`
  query Leads($filter: LeadFilter, $orderBy: LeadOrder, $first: Int, $after: String) {
    leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ${LEAD_LIST_FIELDS}
        }
      }
    }
  }
`;

export interface LeadBoardColumn {
  stage: LeadStage;
  count: number;
  /** 万元. */
  plannedInvestmentTotal: number;
}

export const LEAD_BOARD_QUERY = gql<{ leadBoard: { columns: LeadBoardColumn[] } }, { filter: LeadFilter }>`
  query LeadBoard($filter: LeadFilter) {
    leadBoard(filter: $filter) {
      columns {
        stage
        count
        plannedInvestmentTotal
      }
    }
  }
`;

export interface DeletedLead extends LeadListItem {
  deletedAt: string | null;
}

export const DELETED_LEADS_QUERY = gql<
  {
    deletedLeads: {
      totalCount: number;
      pageInfo: LeadConnection['pageInfo'];
      edges: { node: DeletedLead }[];
    };
  },
  { filter: string; first: number; after: string | null }
>`
  # The zone id travels as $filter, so the bin can page with PagedConnection like other lists.
  query DeletedLeads($filter: ID!, $first: Int, $after: String) {
    deletedLeads(zoneId: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ${LEAD_LIST_FIELDS}
          deletedAt
        }
      }
    }
  }
`;

export interface CreateLeadInput {
  zoneId: string;
  firmId: string;
  title: string;
  segmentIds: string[];
  source: LeadSource;
  priority: Priority;
}

export const CREATE_LEAD = gql<
  { createLead: { id: string; title: string; stage: LeadStage } },
  { input: CreateLeadInput }
>`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
      title
      stage
    }
  }
`;

/** The chains and their segments, for the chain and segment filters of the leads page. */
export interface FilterChain {
  id: string;
  name: string;
  nameEn: string | null;
  segments: { id: string; name: string; nameEn: string | null }[];
}

export const LEAD_FILTER_CHAINS_QUERY = gql<{ chains: FilterChain[] }, Record<string, never>>`
  query LeadFilterChains {
    chains {
      id
      name
      nameEn
      segments {
        id
        name
        nameEn
      }
    }
  }
`;
