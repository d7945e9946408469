import { gql } from '@urql/core';
import type { ActivityKind, LeadSource, LeadStage, Priority } from './enums.ts';
import type { LeadActivity } from './lead-detail.ts';
import { LEAD_LIST_FIELDS, type LeadListItem } from './leads.ts';

export interface UpdateLeadInput {
  title?: string;
  segmentIds?: string[];
  source?: LeadSource;
  priority?: Priority;
  plannedInvestment?: number | null;
  nextFollowUpOn?: string | null;
  expectedSigningOn?: string | null;
  ownerId?: string;
}

export const UPDATE_LEAD = gql<
  { updateLead: { id: string; version: number } },
  { id: string; version: number; input: UpdateLeadInput }
>`
  mutation UpdateLead($id: ID!, $version: Int!, $input: UpdateLeadInput!) {
    updateLead(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`;

export interface MoveLeadResult {
  lead: LeadListItem;
  project: { id: string; name: string } | null;
}

export const MOVE_LEAD = gql<
  { moveLead: MoveLeadResult },
  { id: string; version: number; stage: LeadStage; lostReason?: string | null; note?: string | null }
>`
  mutation MoveLead($id: ID!, $version: Int!, $stage: LeadStage!, $lostReason: String, $note: String) {
    moveLead(id: $id, version: $version, stage: $stage, lostReason: $lostReason, note: $note) {
      lead {
        ${LEAD_LIST_FIELDS}
      }
      project {
        id
        name
      }
    }
  }
`;

export interface LogLeadActivityInput {
  leadId: string;
  kind: ActivityKind;
  summary: string;
  nextFollowUpOn?: string | null;
}

export const LOG_LEAD_ACTIVITY = gql<{ logLeadActivity: LeadActivity }, { input: LogLeadActivityInput }>`
  mutation LogLeadActivity($input: LogLeadActivityInput!) {
    logLeadActivity(input: $input) {
      id
      kind
      occurredAt
      summary
      author {
        displayName
      }
    }
  }
`;

export const DELETE_LEAD = gql<{ deleteLead: { id: string } }, { id: string; version: number }>`
  mutation DeleteLead($id: ID!, $version: Int!) {
    deleteLead(id: $id, version: $version) {
      id
      deletedAt
    }
  }
`;

export const RESTORE_LEAD = gql<{ restoreLead: { id: string } }, { id: string }>`
  mutation RestoreLead($id: ID!) {
    restoreLead(id: $id) {
      id
      deletedAt
    }
  }
`;

/** Someone a zone's leads may be assigned to (an active officer or manager of the zone). */
export interface ZoneMember {
  id: string;
  displayName: string;
  role: 'OFFICER' | 'ZONE_MANAGER';
}

export const ZONE_MEMBERS_QUERY = gql<{ zoneMembers: ZoneMember[] }, { zoneId: string }>`
  query ZoneMembers($zoneId: ID!) {
    zoneMembers(zoneId: $zoneId) {
      id
      displayName
      role
    }
  }
`;

export const REASSIGN_LEADS = gql<
  { reassignLeads: { id: string; version: number; owner: { id: string; displayName: string } | null }[] },
  { ids: string[]; ownerId: string }
>`
  mutation ReassignLeads($ids: [ID!]!, $ownerId: ID!) {
    reassignLeads(ids: $ids, ownerId: $ownerId) {
      id
      version
      owner {
        id
        displayName
      }
    }
  }
`;
