/**
 * The schema's enums, as TypeScript unions with their values listed for selects and filters.
 * Hand-written until GraphQL codegen covers the web client; keep in step with api/src/**\/*.graphql.
 */
export const ROLES = ['OFFICER', 'ZONE_MANAGER', 'LEADER', 'ANALYST', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export type ApiLocale = 'ZH_CN' | 'EN';

export const ZONE_KINDS = ['HIGH_TECH', 'ECONOMIC', 'BONDED', 'OTHER'] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

export type ZoneLevel = 'NATIONAL' | 'PROVINCIAL';

export const STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const;
export type Stage = (typeof STAGES)[number];

export const API_TOKEN_SCOPES = ['READ', 'READ_WRITE'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

export const COVERAGE_STATUSES = ['MISSING', 'WEAK', 'PRESENT'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

export const CANDIDATE_REASON_CODES = [
  'SUPPLIES_LOCAL_ANCHOR',
  'SUPPLIES_LOCAL_FIRM',
  'SUPPLIES_CHAIN_ANCHOR',
  'TAG_LITTLE_GIANT',
  'TAG_SPECIALIZED',
  'TAG_LISTED',
  'TAG_HIGH_TECH',
  'PROXIMITY_SAME_PROVINCE',
  'PROXIMITY_JINGJINJI',
  'SIZE',
] as const;
export type CandidateReasonCode = (typeof CANDIDATE_REASON_CODES)[number];

export const FIRM_TAGS = ['ANCHOR', 'SPECIALIZED', 'LITTLE_GIANT', 'HIGH_TECH', 'LISTED'] as const;
export type FirmTag = (typeof FIRM_TAGS)[number];

export const LEAD_STAGES = [
  'LEAD',
  'CONTACTED',
  'VISITED',
  'NEGOTIATING',
  'SIGNED',
  'PAUSED',
  'LOST',
] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];

export const LEAD_SOURCES = ['ANCHOR_REFERRAL', 'EXPO', 'AGENCY', 'FUND', 'INBOUND', 'OTHER'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Priority = (typeof PRIORITIES)[number];

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

export type ProgressBasis = 'REPORT' | 'INVESTMENT';

/** In order, signing to production. */
export const MILESTONE_KINDS = [
  'SIGNED',
  'LAND',
  'PERMITS',
  'CONSTRUCTION_START',
  'COMPLETION',
  'PRODUCTION',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const ACTIVITY_KINDS = ['CALL', 'VISIT', 'MEETING', 'EMAIL', 'NOTE'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
