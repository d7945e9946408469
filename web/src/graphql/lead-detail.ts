import { gql } from '@urql/core';
import type { ActivityKind, LeadStage } from './enums.ts';
import { LEAD_LIST_FIELDS, type LeadListItem } from './leads.ts';

export interface LeadActivity {
  id: string;
  kind: ActivityKind;
  occurredAt: string;
  summary: string;
  author: { displayName: string } | null;
}

export interface LeadStageChange {
  id: string;
  fromStage: LeadStage | null;
  toStage: LeadStage;
  at: string;
  actor: { displayName: string } | null;
  note: string | null;
}

export interface LeadChange {
  id: string;
  at: string;
  actor: { displayName: string } | null;
  action: string;
  changes: { field: string; before: string | null; after: string | null }[];
}

export interface LeadSegment {
  id: string;
  name: string;
  nameEn: string | null;
  chain: { id: string; name: string; nameEn: string | null };
}

export interface LeadDetail extends Omit<LeadListItem, 'segments' | 'zone'> {
  expectedSigningOn: string | null;
  lostReason: string | null;
  deletedAt: string | null;
  segments: LeadSegment[];
  zone: {
    id: string;
    name: string;
    leadStallDays: number;
    chains: {
      id: string;
      name: string;
      nameEn: string | null;
      segments: { id: string; name: string; nameEn: string | null }[];
    }[];
  };
  project: { id: string; name: string } | null;
  activities: LeadActivity[];
  stageHistory: LeadStageChange[];
  history: LeadChange[];
}

export const LEAD_QUERY = gql<{ lead: LeadDetail | null }, { id: string }>`
  query Lead($id: ID!) {
    lead(id: $id) {
      ${LEAD_LIST_FIELDS}
      expectedSigningOn
      lostReason
      deletedAt
      segments {
        id
        name
        nameEn
        chain {
          id
          name
          nameEn
        }
      }
      zone {
        id
        name
        leadStallDays
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
      project {
        id
        name
      }
      activities(last: 50) {
        id
        kind
        occurredAt
        summary
        author {
          displayName
        }
      }
      stageHistory {
        id
        fromStage
        toStage
        at
        actor {
          displayName
        }
        note
      }
      history(last: 50) {
        id
        at
        actor {
          displayName
        }
        action
        changes {
          field
          before
          after
        }
      }
    }
  }
`;

export interface ChainImpact {
  chain: { id: string; name: string; nameEn: string | null };
  /** Completeness 0..1 now. */
  before: number;
  /** Completeness 0..1 if the lead lands. */
  after: number;
}

export const LEAD_CHAIN_IMPACT_QUERY = gql<
  { lead: { id: string; chainImpact: ChainImpact } | null },
  { id: string; chainId: string }
>`
  query LeadChainImpact($id: ID!, $chainId: ID!) {
    lead(id: $id) {
      id
      chainImpact(chainId: $chainId) {
        chain {
          id
          name
          nameEn
        }
        before
        after
      }
    }
  }
`;
