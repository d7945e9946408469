import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Kysely's view of the tables created in migrations/. Declared once here; row types are derived
 * (`Selectable<ZoneTable>`), never written again. `bigint` ids and `numeric` amounts are parsed to
 * numbers and `date` columns to 'YYYY-MM-DD' strings by the drivers (see database.ts).
 */
type Id = Generated<number>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Version = ColumnType<number, number | undefined, number>;
type Json = ColumnType<unknown, string, string>;
/** A calendar date as 'YYYY-MM-DD'. */
type DateString = string;

export interface ZoneTable {
  id: Id;
  code: string | null;
  name: string;
  kind: string;
  level: string | null;
  province: Generated<string>;
  city: string | null;
  city_code: string | null;
  county: string | null;
  /** A partial override of the default RAG thresholds (see projects/rag/rules.ts). */
  rag_rules: ColumnType<Record<string, unknown>, string | undefined, string>;
  /** Days without activity after which an open lead counts as stalled (1..365). */
  lead_stall_days: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  version: Version;
}

export interface AppUserTable {
  id: Id;
  email: string;
  display_name: string;
  password_hash: string;
  role: string;
  zone_id: number | null;
  title: string | null;
  locale: Generated<string>;
  digest_opt_in: Generated<boolean>;
  disabled_at: Date | null;
  /** When the user last marked My day seen (leads moved by others after it count as new). */
  my_day_seen_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  version: Version;
}

export interface UserZoneGrantTable {
  user_id: number;
  zone_id: number;
  created_at: CreatedAt;
}

export interface SessionTable {
  token_hash: string;
  user_id: number;
  created_at: CreatedAt;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  user_agent: string | null;
  ip: string | null;
}

export interface ApiTokenTable {
  id: Id;
  user_id: number;
  name: string;
  token_hash: string;
  token_prefix: string;
  scope: Generated<string>;
  created_at: CreatedAt;
  last_used_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
}

export interface LoginAttemptTable {
  id: Id;
  email: string;
  ip: string | null;
  succeeded: boolean;
  at: CreatedAt;
}

export interface ChainTable {
  id: Id;
  code: string;
  name: string;
  name_en: string | null;
  description: string | null;
  weak_below: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  version: Version;
}

export interface SegmentTable {
  id: Id;
  chain_id: number;
  parent_id: number | null;
  code: string;
  name: string;
  name_en: string | null;
  stage: string;
  weight: Generated<number>;
  position: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  version: Version;
}

export interface SegmentFeedTable {
  chain_id: number;
  from_segment_id: number;
  to_segment_id: number;
}

export interface ZoneChainTable {
  zone_id: number;
  chain_id: number;
  created_at: CreatedAt;
}

export interface FirmTable {
  id: Id;
  uscc: string | null;
  name: string;
  /** Pinyin initials of `name` for search; NULL until computed (see firms/firm-initials-backfill.ts). */
  name_initials: string | null;
  aliases: Generated<string[]>;
  province: string | null;
  city: string | null;
  zone_id: number | null;
  tags: Generated<string[]>;
  revenue: number | null;
  employees: number | null;
  founded_on: DateString | null;
  website: string | null;
  merged_into_id: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  deleted_at: Date | null;
  version: Version;
}

export interface FirmSegmentTable {
  firm_id: number;
  segment_id: number;
}

export interface SupplyTable {
  id: Id;
  supplier_id: number;
  buyer_id: number;
  segment_id: number | null;
  annual_volume: number | null;
  source: string | null;
  confidence: Generated<number>;
  created_at: CreatedAt;
}

export interface LeadTable {
  id: Id;
  zone_id: number;
  firm_id: number;
  title: string;
  stage: Generated<string>;
  owner_id: number | null;
  source: Generated<string>;
  planned_investment: number | null;
  priority: Generated<string>;
  next_follow_up_on: DateString | null;
  expected_signing_on: DateString | null;
  lost_reason: string | null;
  last_activity_at: Date | null;
  created_by_id: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  deleted_at: Date | null;
  version: Version;
}

export interface LeadSegmentTable {
  lead_id: number;
  segment_id: number;
}

export interface LeadStageChangeTable {
  id: Id;
  lead_id: number;
  from_stage: string | null;
  to_stage: string;
  changed_by_id: number | null;
  changed_at: CreatedAt;
  note: string | null;
}

export interface SavedViewTable {
  id: Id;
  user_id: number;
  kind: string;
  name: string;
  filter: Json;
  /** The view's sort (LeadOrderField for LEAD views); null: the list's default. */
  order_field: string | null;
  order_direction: string | null;
  created_at: CreatedAt;
  version: Version;
}

export interface ProjectTable {
  id: Id;
  zone_id: number;
  firm_id: number;
  lead_id: number | null;
  name: string;
  total_investment: number | null;
  fixed_asset_investment: number | null;
  investment_to_date: Generated<number>;
  land_mu: number | null;
  expected_annual_output: number | null;
  expected_annual_tax: number | null;
  accountable_leader_name: string | null;
  accountable_leader_title: string | null;
  accountable_leader_id: number | null;
  responsible_unit: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  created_by_id: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  deleted_at: Date | null;
  version: Version;
}

export interface ProjectSegmentTable {
  project_id: number;
  segment_id: number;
}

export interface MilestoneTable {
  id: Id;
  project_id: number;
  kind: string;
  planned_on: DateString | null;
  actual_on: DateString | null;
  note: string | null;
  updated_at: UpdatedAt;
  version: Version;
}

export interface ProgressReportTable {
  id: Id;
  project_id: number;
  iso_week: string;
  progress_percent: number | null;
  progress: Generated<string>;
  problems: Generated<string>;
  support_needed: Generated<string>;
  author_id: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  version: Version;
}

export interface ActivityTable {
  id: Id;
  lead_id: number | null;
  project_id: number | null;
  author_id: number | null;
  kind: string;
  occurred_at: Generated<Date>;
  summary: string;
  created_at: CreatedAt;
  deleted_at: Date | null;
}

export interface AuditEntryTable {
  id: Id;
  actor_id: number | null;
  at: CreatedAt;
  entity: string;
  entity_id: number;
  zone_id: number | null;
  action: string;
  before: Json | null;
  after: Json | null;
}

export interface DigestTable {
  id: Id;
  user_id: number;
  iso_week: string;
  subject: string;
  html: string;
  text: string;
  status: Generated<string>;
  attempts: Generated<number>;
  last_error: string | null;
  next_attempt_at: Generated<Date>;
  locked_until: Date | null;
  sent_at: Date | null;
  message_id: string | null;
  created_at: CreatedAt;
}

/** A secret shared by every API instance (e.g. the key of unsubscribe links), created on first use. */
export interface AppSecretTable {
  name: string;
  value: string;
  created_at: CreatedAt;
}

export interface ImportBatchTable {
  id: Id;
  kind: string;
  file_name: string;
  file_sha256: string;
  created_by_id: number | null;
  created_at: CreatedAt;
  counts: Json;
  undone_at: Date | null;
  undone_by_id: number | null;
  zone_id: number | null;
  row_count: Generated<number>;
}

/** One record an import created or updated (migrations/20261127T1420_imports.ts), for undo. */
export interface ImportChangeTable {
  id: Id;
  batch_id: number;
  entity: string;
  entity_id: number;
  action: string;
  before: Json | null;
  after: Json;
}

export interface ZoneMetricSnapshotTable {
  zone_id: number;
  iso_week: string;
  metrics: Json;
  taken_at: CreatedAt;
}

/** An administrator's ranking weights for one kind of zone; no row = the documented default (issue #10). */
export interface RankingWeightsTable {
  zone_kind: string;
  /** { [MetricKey]: weight 0-100 }; null after a reset to the documented default. */
  weights: Json | null;
  updated_by_id: number | null;
  updated_at: UpdatedAt;
  version: Version;
}

/** One row (id 1): bumped by triggers on every write a chain-gap analysis reads (issue #9). */
export interface GraphChangeTable {
  id: number;
  version: ColumnType<number, never, number>;
}

export interface Database {
  zone: ZoneTable;
  app_user: AppUserTable;
  user_zone_grant: UserZoneGrantTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  login_attempt: LoginAttemptTable;
  chain: ChainTable;
  segment: SegmentTable;
  segment_feed: SegmentFeedTable;
  zone_chain: ZoneChainTable;
  firm: FirmTable;
  firm_segment: FirmSegmentTable;
  supply: SupplyTable;
  lead: LeadTable;
  lead_segment: LeadSegmentTable;
  lead_stage_change: LeadStageChangeTable;
  saved_view: SavedViewTable;
  project: ProjectTable;
  project_segment: ProjectSegmentTable;
  milestone: MilestoneTable;
  progress_report: ProgressReportTable;
  activity: ActivityTable;
  audit_entry: AuditEntryTable;
  digest: DigestTable;
  app_secret: AppSecretTable;
  import_batch: ImportBatchTable;
  import_change: ImportChangeTable;
  zone_metric_snapshot: ZoneMetricSnapshotTable;
  graph_change: GraphChangeTable;
  ranking_weights: RankingWeightsTable;
}

export type ZoneRow = Selectable<ZoneTable>;
export type UserRow = Selectable<AppUserTable>;
export type ChainRow = Selectable<ChainTable>;
export type SegmentRow = Selectable<SegmentTable>;
export type SegmentFeedRow = Selectable<SegmentFeedTable>;
export type FirmRow = Selectable<FirmTable>;
export type NewFirm = Insertable<FirmTable>;
export type FirmUpdate = Updateable<FirmTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type LeadRow = Selectable<LeadTable>;
