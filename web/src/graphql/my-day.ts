import { gql } from '@urql/core';
import type { LeadStageChange } from './lead-detail.ts';
import { LEAD_LIST_FIELDS, type LeadListItem } from './leads.ts';

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
