import { gql } from '@urql/core';
import type { Role } from '../../graphql/enums.ts';

// GraphQL documents of the digest pages (administrators only; the API checks the role).

export type DigestStatus = 'PENDING' | 'SENDING' | 'SENT' | 'FAILED' | 'SKIPPED';
export const DIGEST_STATUSES: readonly DigestStatus[] = ['PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED'];

export interface OutboxDigest {
  id: string;
  isoWeek: string;
  subject: string;
  status: DigestStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
  sentAt: string | null;
  user: { id: string; email: string; displayName: string } | null;
}

export interface OutboxFilter {
  isoWeek?: string | null;
  statuses?: DigestStatus[] | null;
}

export interface OutboxPage {
  totalCount: number;
  edges: { cursor: string; node: OutboxDigest }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const DIGEST_OUTBOX_QUERY = gql<
  { digestOutbox: OutboxPage },
  { filter: OutboxFilter; first: number; after: string | null }
>`
  query DigestOutbox($filter: DigestOutboxFilter, $first: Int, $after: String) {
    digestOutbox(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          isoWeek
          subject
          status
          attempts
          lastError
          nextAttemptAt
          sentAt
          user {
            id
            email
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export interface DigestDelivery {
  mode: 'SMTP' | 'OUTBOX';
  schedule: string | null;
  nextRun: string | null;
}

export const DIGEST_DELIVERY_QUERY = gql<{ digestDelivery: DigestDelivery }, Record<string, never>>`
  query DigestDelivery {
    digestDelivery {
      mode
      schedule
      nextRun
    }
  }
`;

/** One digest's bodies, loaded when its row is opened. */
export const DIGEST_BODY_QUERY = gql<
  { digest: { id: string; html: string; text: string } | null },
  { id: string }
>`
  query DigestBody($id: ID!) {
    digest(id: $id) {
      id
      html
      text
    }
  }
`;

export interface DigestUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  digestOptIn: boolean;
}

export const DIGEST_USERS_QUERY = gql<{ digestUsers: DigestUser[] }, Record<string, never>>`
  query DigestUsers {
    digestUsers {
      id
      email
      displayName
      role
      digestOptIn
    }
  }
`;

export interface DigestPreview {
  isoWeek: string;
  subject: string;
  html: string;
  text: string;
}

export const DIGEST_PREVIEW_QUERY = gql<
  { digestPreview: DigestPreview },
  { userId: string; isoWeek: string }
>`
  query DigestPreview($userId: ID!, $isoWeek: String!) {
    digestPreview(userId: $userId, isoWeek: $isoWeek) {
      isoWeek
      subject
      html
      text
    }
  }
`;
