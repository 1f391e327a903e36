/** The tables of 工作体系 (migration 0011-tasks) as Kysely types; schema.ts adds them to the Database. */
import type { ColumnType, Generated, Selectable } from "kysely";
import type { Nullable, NullableStamp, Stamp } from "./schema.ts";

/** JSON written as text, with a database default. */
type Json<T> = ColumnType<T, string | undefined, string>;

/** A task of a plan: drafted from its outline (or split from another), reviewed, matched by division tables. */
export interface TasksTable {
  id: Generated<number>;
  plan_code: string;
  document_id: Nullable<number>;
  parent_id: Nullable<number>;
  position: number;
  /** Its place in the outline (c10.s2); null for a task split from another. */
  outline_key: Nullable<string>;
  /** core/tasks TaskLevel. */
  level: string;
  title: string;
  span_start: Nullable<number>;
  span_end: Nullable<number>;
  /** The heading text at span_start. */
  quote: Nullable<string>;
  /** pending, accepted, rejected or merged. */
  state: ColumnType<string, string | undefined, string>;
  merged_into: Nullable<number>;
  /** outline or split. */
  origin: ColumnType<string, string | undefined, string>;
  /** 完成时限 (YYYY-MM-DD), from a division table or an edit. */
  due_on: Nullable<string>;
  /** 年度目标, from a division table. */
  annual_goal: Nullable<string>;
  /** Body names the text gave that the catalogue does not hold: [{ name, role, start }]. */
  unmatched_bodies: Json<unknown>;
  version: ColumnType<number, number | undefined, number>;
  created_by: string;
  created_at: Stamp;
  updated_by: string;
  updated_at: Stamp;
}

/** A body's part in a task: lead (牵头) or cooperating (配合). */
export interface TaskBodiesTable {
  task_id: number;
  body_code: string;
  role: string;
}

/** An indicator a task's text names; the plan's targets on it are the targets the task serves. */
export interface TaskIndicatorsTable {
  task_id: number;
  indicator_code: string;
  span_start: Nullable<number>;
  span_end: Nullable<number>;
}

/** A dated deliverable of a task; done_on set once it is done. */
export interface TaskMilestonesTable {
  id: Generated<number>;
  task_id: number;
  due_on: string;
  deliverable: string;
  done_on: Nullable<string>;
  /** manual or division (the 完成时限 of an imported division table). */
  origin: ColumnType<string, string | undefined, string>;
  created_by: string;
  created_at: Stamp;
  updated_at: Stamp;
}

/** A lead body's progress report on a task in a reporting round, and its review. */
export interface TaskProgressTable {
  id: Generated<number>;
  task_id: number;
  round_id: number;
  body_code: string;
  /** core/tasks ProgressState. */
  state: string;
  percent: Nullable<number>;
  text: string;
  evidence: Json<string[]>;
  /** Milestones this report says are done; marked done when it is approved. */
  milestones_done: Json<number[]>;
  /** draft, submitted, approved or returned. */
  review: string;
  version: ColumnType<number, number | undefined, number>;
  review_comment: Nullable<string>;
  submitted_by: Nullable<string>;
  submitted_at: NullableStamp;
  decided_by: Nullable<string>;
  decided_at: NullableStamp;
  created_by: string;
  created_at: Stamp;
  updated_by: string;
  updated_at: Stamp;
}

export type TaskRow = Selectable<TasksTable>;
export type MilestoneRow = Selectable<TaskMilestonesTable>;
export type ProgressRow = Selectable<TaskProgressTable>;
