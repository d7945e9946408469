/** Project enums of DESIGN.md §4 and §6, declared once for the API (the migration's checks list the same). */
export const MILESTONE_KINDS = [
  'SIGNED',
  'LAND',
  'PERMITS',
  'CONSTRUCTION_START',
  'COMPLETION',
  'PRODUCTION',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Worst first: the order statuses and reasons are sorted in. */
export const RAG_STATUSES = ['RED', 'YELLOW', 'GREEN'] as const;
export type RagStatus = (typeof RAG_STATUSES)[number];

export const RAG_REASON_CODES = [
  'CONSTRUCTION_START_LATE',
  'BEHIND_SCHEDULE',
  'MILESTONE_LATE',
  'NOT_STARTED_IN_PLANNED_MONTH',
  'NO_RECENT_REPORT',
] as const;
export type RagReasonCode = (typeof RAG_REASON_CODES)[number];

/** Where a project's actual progress comes from: its latest reported percentage, or money in. */
export const PROGRESS_BASES = ['REPORT', 'INVESTMENT'] as const;
export type ProgressBasis = (typeof PROGRESS_BASES)[number];

/** Kinds of follow-up activity (DESIGN.md §4), for leads and projects alike. */
export const ACTIVITY_KINDS = ['CALL', 'VISIT', 'MEETING', 'EMAIL', 'NOTE'] as const;
