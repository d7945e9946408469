import { gql } from '@urql/core';
import type { MilestoneKind } from './enums.ts';

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
