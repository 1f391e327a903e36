/**
 * The database's tables as Kysely types: the one place the stored shape is written down. Migrations
 * in ./migrations create exactly these columns.
 */
import type { ColumnType, Generated, Insertable, Selectable } from "kysely";
import type { TaskBodiesTable, TaskIndicatorsTable, TaskMilestonesTable, TaskProgressTable, TasksTable } from "./tasks.schema.ts";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

/** 区县, 城市, 园区, 科学城 …: anything data can be reported for. */
export interface PlacesTable {
  code: string;
  name_zh: string;
  name_en: string;
  kind: string;
  admin_code: string | null;
  parent_code: string | null;
}

/** A place's membership in a grouping (a district inside the Science City; a zone spanning districts). */
export interface PlaceMembershipsTable {
  group_code: string;
  member_code: string;
  role: string | null;
}

/** Responsible bodies (市级部门): who leads or supplies; never a place. */
export interface BodiesTable {
  code: string;
  name_zh: string;
  full_name_zh: string;
  name_en: string;
  /** national, provincial, municipal or zone. */
  level: string;
  /** The place whose government the body belongs to. */
  place_code: string | null;
}

export interface IndicatorsTable {
  code: string;
  name_zh: string;
  name_en: string;
  unit: string;
  display_unit: string | null;
  display_scale: number;
  decimals: number;
  measure: string;
  direction: string;
  periodicity: string;
  aggregation: Json<unknown>;
  definition: string | null;
}

/** The full text of a source document (a plan, a report) as read, so spans stay checkable. */
export interface DocumentsTable {
  id: Generated<number>;
  file_name: string;
  sha256: string;
  text: string;
  /** The text's length in UTF-16 code units (what span offsets count), kept so that lists never measure texts. */
  text_length: number;
  imported_at: Timestamp;
  /** text, html or docx (null for seed documents, which are text). */
  format: ColumnType<string | null, string | null | undefined, string | null>;
  /** The outline tree (core/outline) as JSON. */
  outline: ColumnType<unknown, string | null | undefined, string | null>;
  /** Metadata read from the text (core/documents) as JSON. */
  metadata: ColumnType<unknown, string | null | undefined, string | null>;
  /** plan (规划) or report (工作报告), recognised at import (core/documents/document-kind) and corrected in review. */
  kind: ColumnType<string, string | undefined, string>;
  /** The year the document speaks for: a report's own year (its goals' year; its results are the year before), a plan's year of issue. */
  year: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface PlansTable {
  code: string;
  title_zh: string;
  title_en: string;
  doc_number: string | null;
  issuer: string | null;
  issued_on: string | null;
  published_on: string | null;
  period_start: number;
  period_end: number;
  level: string;
  parent_code: string | null;
  place_code: string | null;
  document_id: number | null;
  provenance: Json<unknown>;
  created_at: Timestamp;
  /** pending_review for an imported plan until it is marked reviewed; then active. */
  status: ColumnType<string, string | undefined, string>;
}

export interface TargetsTable {
  id: Generated<number>;
  plan_code: string;
  indicator_code: string;
  place_code: string;
  position: number;
  kind: string;
  comparator: string;
  value: number;
  value_max: number | null;
  unit: string | null;
  target_year: number;
  baseline_value: number | null;
  baseline_year: number | null;
  per_year: boolean;
  cumulative: boolean;
  attribute: string | null;
  source_document_id: number | null;
  source_start: number | null;
  source_end: number | null;
  source_quote: string | null;
  baseline_document_id: number | null;
  baseline_start: number | null;
  baseline_end: number | null;
  baseline_quote: string | null;
}

/** The current figure for an indicator, place and period; every change is kept in data_value_revisions. */
export interface DataValuesTable {
  id: Generated<number>;
  indicator_code: string;
  place_code: string;
  period: string;
  granularity: string;
  year: number;
  value: number;
  status: string;
  source_kind: string;
  source_ref: string | null;
  source_document_id: number | null;
  source_start: number | null;
  source_end: number | null;
  source_quote: string | null;
  note: string | null;
  updated_at: Timestamp;
  /** The reporting round the figure was approved in, if any. */
  round_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The body that reported it, when a department reports for its place. */
  body_code: ColumnType<string | null, string | null | undefined, string | null>;
  approved_by: ColumnType<string | null, string | null | undefined, string | null>;
  approved_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Set once the figure may be shown to the public (政务公开). */
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  import_batch_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface DataValueRevisionsTable {
  id: Generated<number>;
  data_value_id: number;
  revision: number;
  value: number;
  status: string;
  source_kind: string;
  source_ref: string | null;
  source_document_id: number | null;
  source_start: number | null;
  source_end: number | null;
  source_quote: string | null;
  note: string | null;
  changed_by: string | null;
  changed_at: Timestamp;
  /** Why it changed (a correction's explanation, a return's comment). */
  reason: ColumnType<string | null, string | null | undefined, string | null>;
  submission_id: ColumnType<number | null, number | null | undefined, number | null>;
}

/** A quantitative statement extracted from a plan's document, waiting for (or past) review. */
export interface StatementsTable {
  id: Generated<number>;
  plan_code: string;
  document_id: number;
  position: number;
  type: string;
  span_start: number;
  span_end: number;
  quote: string;
  value: number;
  value_max: number | null;
  unit: string;
  comparator: string;
  kind: string;
  year: number | null;
  per_year: boolean;
  cumulative: boolean;
  baseline_value: number | null;
  baseline_year: number | null;
  scope: string | null;
  attribute: string | null;
  indicator_text: string;
  /** pending, accepted, rejected or merged (into merged_into). */
  state: ColumnType<string, string | undefined, string>;
  merged_into: number | null;
  indicator_code: string | null;
  place_code: string | null;
  /** The target an accepted target statement created. */
  target_id: number | null;
  /** The data value an accepted actual statement created or replaced. */
  data_value_id: number | null;
  updated_at: Timestamp;
}

/** One review decision: what was done to a statement (or the plan), before and after, by whom. */
export interface ReviewDecisionsTable {
  id: Generated<number>;
  plan_code: string;
  statement_id: number | null;
  action: string;
  before: ColumnType<unknown, string | null | undefined, string | null>;
  after: ColumnType<unknown, string | null | undefined, string | null>;
  decided_by: string;
  decided_at: Timestamp;
}

/** A composite index (区县创新活跃指数, 高新区榜单): its tree, pipeline, places and years. */
export interface IndexDefinitionsTable {
  code: string;
  name_zh: string;
  name_en: string;
  place_kinds: Json<string[]>;
  /** An explicit place set; null = every place of `place_kinds`. */
  place_codes: Json<string[] | null>;
  years: Json<number[]>;
  /** Indicator → dimension → index nodes (core/evaluation/model.ts EvaluationNode). */
  nodes: Json<unknown[]>;
  pipeline: Json<unknown>;
  /** dataset: its latest stored table; database: approved data values. */
  data_source: string;
  /** Computed on generated sample data (示例数据), not statistics. */
  sample: boolean;
  template: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A data table an index is computed on: uploaded iData, or generated sample data. */
export interface IndexDatasetsTable {
  id: Generated<number>;
  definition_code: string;
  source: string;
  sample: boolean;
  /** core/evaluation/model.ts DataRow[]. */
  rows: Json<unknown[]>;
  created_at: Timestamp;
}

/** Column helpers, shared with the other table files (tasks.schema.ts). */
export type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;
export type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type NullableStamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** A person who signs in; the password is kept only as its argon2id hash. */
export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  must_change_password: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: string;
  created_at: Stamp;
  updated_at: Stamp;
}

/** A place or body a reporter or reviewer acts for. */
export interface UserScopesTable {
  user_id: number;
  kind: string;
  code: string;
}

/** A signed-in browser or client: `id` is the SHA-256 of the cookie's token, never the token. */
export interface SessionsTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: Stamp;
  last_seen_at: Stamp;
  expires_at: Date | string;
}

/** Consecutive failed sign-ins per account name, and until when it is locked. */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  last_failure_at: Date | string;
  locked_until: NullableStamp;
}

/** Every change to a value, target, plan, review decision, account or round: who, when, old, new, why. */
export interface AuditLogTable {
  id: Generated<number>;
  entity: string;
  entity_id: string;
  action: string;
  actor: string;
  actor_id: Nullable<number>;
  at: Stamp;
  before: ColumnType<unknown, string | null | undefined, string | null>;
  after: ColumnType<unknown, string | null | undefined, string | null>;
  reason: Nullable<string>;
}

/** A reporting round (填报轮次): what is asked, of whom, for which period, by when. */
export interface ReportingRoundsTable {
  id: Generated<number>;
  title: string;
  period: string;
  granularity: string;
  year: number;
  due_on: string;
  /** open or closed. */
  status: ColumnType<string, string | undefined, string>;
  published_at: NullableStamp;
  note: Nullable<string>;
  created_by: string;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface RoundIndicatorsTable {
  round_id: number;
  indicator_code: string;
  position: number;
}

/** A place or body a round asks to report. */
export interface RoundUnitsTable {
  round_id: number;
  kind: string;
  code: string;
}

/** One uploaded or imported file of values. */
export interface ImportBatchesTable {
  id: Generated<number>;
  kind: string;
  file_name: string;
  sha256: string;
  row_count: number;
  round_id: Nullable<number>;
  created_by: string;
  created_at: Stamp;
}

/** A reported figure on its way to approval: draft → submitted → approved (or returned to draft). */
export interface ValueSubmissionsTable {
  id: Generated<number>;
  round_id: Nullable<number>;
  indicator_code: string;
  place_code: string;
  body_code: Nullable<string>;
  period: string;
  granularity: string;
  year: number;
  /** set (a figure) or withdraw (remove the approved figure). */
  action: ColumnType<string, string | undefined, string>;
  value: Nullable<number>;
  note: Nullable<string>;
  explanation: Nullable<string>;
  /** draft, submitted, approved or cancelled. */
  state: string;
  version: ColumnType<number, number | undefined, number>;
  data_value_id: Nullable<number>;
  review_comment: Nullable<string>;
  returned_by: Nullable<string>;
  returned_at: NullableStamp;
  submitted_by: Nullable<string>;
  submitted_at: NullableStamp;
  decided_by: Nullable<string>;
  decided_at: NullableStamp;
  import_batch_id: Nullable<number>;
  created_by: string;
  created_at: Stamp;
  updated_by: string;
  updated_at: Stamp;
}

/** 企业库: an enterprise keyed by its 统一社会信用代码; `sample` marks generated 示例数据. */
export interface EnterprisesTable {
  credit_code: string;
  name: string;
  place_code: string;
  zone_code: string | null;
  park: string | null;
  industry_code: string | null;
  registered_on: ColumnType<string | null, string | null | undefined, string | null>;
  sample: ColumnType<boolean, boolean | undefined, boolean>;
  import_batch_id: ColumnType<number | null, number | null | undefined, number | null>;
  created_by: string;
  created_at: Timestamp;
  updated_by: string;
  updated_at: Timestamp;
}

/** One enterprise's figures for one year (core/enterprises EnterpriseYear without its year, amounts in 元). */
export interface EnterpriseYearsTable {
  credit_code: string;
  year: number;
  figures: Json<Record<string, unknown>>;
}

/** A status with its validity (dates as ISO text). */
export interface EnterpriseStatusesTable {
  id: Generated<number>;
  credit_code: string;
  kind: string;
  reference: string | null;
  valid_from: ColumnType<string, string, string>;
  valid_to: ColumnType<string | null, string | null | undefined, string | null>;
}

/** The registry as counted on a date; `sample` when it held generated 示例数据. */
export interface RegistrySnapshotsTable {
  id: Generated<number>;
  taken_on: ColumnType<string, string, string>;
  sample: boolean;
  enterprises: number;
  created_by: string;
  created_at: Timestamp;
}

/** A count a snapshot derives for an indicator, place and period. */
export interface RegistryCountsTable {
  snapshot_id: number;
  indicator_code: string;
  place_code: string;
  period: string;
  value: number;
}

export interface Database {
  places: PlacesTable;
  place_memberships: PlaceMembershipsTable;
  bodies: BodiesTable;
  indicators: IndicatorsTable;
  documents: DocumentsTable;
  plans: PlansTable;
  targets: TargetsTable;
  data_values: DataValuesTable;
  data_value_revisions: DataValueRevisionsTable;
  statements: StatementsTable;
  review_decisions: ReviewDecisionsTable;
  index_definitions: IndexDefinitionsTable;
  index_datasets: IndexDatasetsTable;
  users: UsersTable;
  user_scopes: UserScopesTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
  reporting_rounds: ReportingRoundsTable;
  round_indicators: RoundIndicatorsTable;
  round_units: RoundUnitsTable;
  import_batches: ImportBatchesTable;
  value_submissions: ValueSubmissionsTable;
  tasks: TasksTable;
  task_bodies: TaskBodiesTable;
  task_indicators: TaskIndicatorsTable;
  task_milestones: TaskMilestonesTable;
  task_progress: TaskProgressTable;
  enterprises: EnterprisesTable;
  enterprise_years: EnterpriseYearsTable;
  enterprise_statuses: EnterpriseStatusesTable;
  registry_snapshots: RegistrySnapshotsTable;
  registry_counts: RegistryCountsTable;
}

export type PlanRow = Selectable<PlansTable>;
export type TargetRow = Selectable<TargetsTable>;
export type IndicatorRow = Selectable<IndicatorsTable>;
export type DataValueRow = Selectable<DataValuesTable>;
export type NewDataValue = Insertable<DataValuesTable>;
export type StatementRow = Selectable<StatementsTable>;
export type ReviewDecisionRow = Selectable<ReviewDecisionsTable>;
export type UserRow = Selectable<UsersTable>;
export type RoundRow = Selectable<ReportingRoundsTable>;
export type SubmissionRow = Selectable<ValueSubmissionsTable>;
