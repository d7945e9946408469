import { gql } from '@urql/core';
import type { ActivityKind, LeadSource, LeadStage, Priority } from './enums.ts';

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

const LEAD_LIST_FIELDS = `
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

export interface MyDayData {
  dueToday: LeadListItem[];
  overdue: LeadListItem[];
  stalled: LeadListItem[];
  movedByOthers: (LeadStageChange & { lead: { id: string; title: string; firm: { name: string } } })[];
  seenAt: string | null;
}

const MY_DAY_FIELDS = `
  dueToday {
    ${LEAD_LIST_FIELDS}
  }
  overdue {
    ${LEAD_LIST_FIELDS}
  }
  stalled {
    ${LEAD_LIST_FIELDS}
  }
  movedByOthers {
    id
    fromStage
    toStage
    at
    actor {
      displayName
    }
    note
    lead {
      id
      title
      firm {
        name
      }
    }
  }
  seenAt
`;

export const MY_DAY_QUERY = gql<{ myDay: MyDayData }, Record<string, never>>`
  query MyDay {
    myDay {
      ${MY_DAY_FIELDS}
    }
  }
`;

export const MARK_MY_DAY_SEEN = gql<{ markMyDaySeen: MyDayData }, Record<string, never>>`
  mutation MarkMyDaySeen {
    markMyDaySeen {
      ${MY_DAY_FIELDS}
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
