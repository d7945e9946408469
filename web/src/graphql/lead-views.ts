import { gql } from '@urql/core';
import type { LeadFilter, LeadOrder, LeadOrderField, SortDirection } from './leads.ts';

export interface LeadView {
  id: string;
  name: string;
  filterJson: string;
  orderField: LeadOrderField | null;
  orderDirection: SortDirection | null;
  version: number;
}

export const LEAD_VIEWS_QUERY = gql<{ leadViews: LeadView[] }, Record<string, never>>`
  query LeadViews {
    leadViews {
      id
      name
      filterJson
      orderField
      orderDirection
      version
    }
  }
`;

export const SAVE_LEAD_VIEW = gql<
  { saveLeadView: LeadView },
  { name: string; filter: LeadFilter; orderBy: LeadOrder | null }
>`
  mutation SaveLeadView($name: String!, $filter: LeadFilter!, $orderBy: LeadOrder) {
    saveLeadView(name: $name, filter: $filter, orderBy: $orderBy) {
      id
      name
      filterJson
      orderField
      orderDirection
      version
    }
  }
`;

export const DELETE_LEAD_VIEW = gql<{ deleteLeadView: boolean }, { id: string }>`
  mutation DeleteLeadView($id: ID!) {
    deleteLeadView(id: $id)
  }
`;
