import { gql } from '@urql/core';
import type { ActivityKind, MilestoneKind } from './enums.ts';
import { type ProjectListItem, RAG_FIELDS } from './projects.ts';

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
