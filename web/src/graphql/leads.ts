import { gql } from '@urql/core';
import type { LeadSource, LeadStage, Priority } from './enums.ts';

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
  firm: { id: string; name: string };
  owner: { displayName: string } | null;
  zone: { id: string; name: string };
  segments: { id: string; name: string; nameEn: string | null }[];
}

export interface LeadFilter {
  zoneId?: string;
  stages?: LeadStage[];
  search?: string;
}

export interface LeadConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: LeadListItem }[];
}

/** One page of the list; the leads page asks for this many at a time. */
export const LEADS_PAGE_SIZE = 50;

export const LEADS_QUERY = gql<
  { leads: LeadConnection },
  { filter: LeadFilter; first: number; after: string | null }
>`
  query Leads($filter: LeadFilter, $first: Int, $after: String) {
    leads(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          stage
          source
          priority
          plannedInvestment
          nextFollowUpOn
          createdAt
          firm {
            id
            name
          }
          owner {
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
