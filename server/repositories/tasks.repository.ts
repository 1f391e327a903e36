/** SQL for 工作体系: tasks, their bodies and indicators, milestones and progress reports. */
import type { Insertable, Updateable } from "kysely";
import type { Db } from "../db/connect.ts";
import type { TaskMilestonesTable, TaskProgressTable, TasksTable } from "../db/tasks.schema.ts";

export function findTasks(db: Db, planCode: string) {
  return db.selectFrom("tasks").selectAll().where("plan_code", "=", planCode).orderBy("position").orderBy("id").execute();
}

export function findTask(db: Db, id: number, lock = false) {
  const query = db.selectFrom("tasks").selectAll().where("id", "=", id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

export function insertTasks(db: Db, rows: Insertable<TasksTable>[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return db.insertInto("tasks").values(rows).returningAll().execute();
}

export function updateTask(db: Db, id: number, changes: Updateable<TasksTable>) {
  return db
    .updateTable("tasks")
    .set((eb) => ({ ...changes, version: eb("version", "+", 1), updated_at: new Date() }))
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Moves the tasks at or after `position` of a plan down by `by` places (room for a split's parts). */
export async function shiftPositions(db: Db, planCode: string, position: number, by: number) {
  await db.updateTable("tasks").set((eb) => ({ position: eb("position", "+", by) })).where("plan_code", "=", planCode).where("position", ">=", position).execute();
}

export function findTaskBodies(db: Db, taskIds: readonly number[]) {
  if (taskIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("task_bodies")
    .innerJoin("bodies", "bodies.code", "task_bodies.body_code")
    .select(["task_bodies.task_id", "task_bodies.body_code", "task_bodies.role", "bodies.name_zh", "bodies.name_en"])
    .where("task_id", "in", taskIds)
    .orderBy("task_bodies.role", "desc")
    .orderBy("task_bodies.body_code")
    .execute();
}

/** Replaces a task's bodies: `lead` as 牵头, `cooperating` as 配合. */
export async function setTaskBodies(db: Db, taskId: number, lead: readonly string[], cooperating: readonly string[]) {
  await db.deleteFrom("task_bodies").where("task_id", "=", taskId).execute();
  const rows = [...lead.map((code) => ({ task_id: taskId, body_code: code, role: "lead" })), ...cooperating.filter((c) => !lead.includes(c)).map((code) => ({ task_id: taskId, body_code: code, role: "cooperating" }))];
  if (rows.length) await db.insertInto("task_bodies").values(rows).execute();
}

export function findTaskIndicators(db: Db, taskIds: readonly number[]) {
  if (taskIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("task_indicators")
    .innerJoin("indicators", "indicators.code", "task_indicators.indicator_code")
    .select(["task_indicators.task_id", "task_indicators.indicator_code", "task_indicators.span_start", "task_indicators.span_end", "indicators.name_zh"])
    .where("task_id", "in", taskIds)
    .execute();
}

export async function insertTaskIndicators(db: Db, rows: { task_id: number; indicator_code: string; span_start: number | null; span_end: number | null }[]) {
  if (rows.length) await db.insertInto("task_indicators").values(rows).onConflict((oc) => oc.doNothing()).execute();
}

export function findMilestones(db: Db, taskIds: readonly number[]) {
  if (taskIds.length === 0) return Promise.resolve([]);
  return db.selectFrom("task_milestones").selectAll().where("task_id", "in", taskIds).orderBy("due_on").orderBy("id").execute();
}

export function findMilestone(db: Db, id: number) {
  return db.selectFrom("task_milestones").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export function insertMilestones(db: Db, rows: Insertable<TaskMilestonesTable>[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return db.insertInto("task_milestones").values(rows).returningAll().execute();
}

export function updateMilestone(db: Db, id: number, changes: Updateable<TaskMilestonesTable>) {
  return db.updateTable("task_milestones").set({ ...changes, updated_at: new Date() }).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}

/** Removes a task's milestones that an earlier division table set and that are not done. */
export async function deleteDivisionMilestones(db: Db, taskIds: readonly number[]) {
  if (taskIds.length) await db.deleteFrom("task_milestones").where("task_id", "in", taskIds).where("origin", "=", "division").where("done_on", "is", null).execute();
}

const progressColumns = (db: Db) => db.selectFrom("task_progress").innerJoin("reporting_rounds", "reporting_rounds.id", "task_progress.round_id").selectAll("task_progress").select(["reporting_rounds.title as round_title", "reporting_rounds.due_on as round_due_on"]);

export function findProgressOfTasks(db: Db, taskIds: readonly number[]) {
  if (taskIds.length === 0) return Promise.resolve([]);
  return progressColumns(db).where("task_progress.task_id", "in", taskIds).orderBy("task_progress.id").execute();
}

export function findProgress(db: Db, id: number) {
  return progressColumns(db).where("task_progress.id", "=", id).executeTakeFirst();
}

export function findProgressOf(db: Db, taskId: number, roundId: number) {
  return db.selectFrom("task_progress").selectAll().where("task_id", "=", taskId).where("round_id", "=", roundId).forUpdate().executeTakeFirst();
}

/** Progress reports with their task's title and plan, filtered. */
export function findProgressList(db: Db, filter: { roundId?: number; review?: string; planCode?: string; bodyCodes?: readonly string[] }) {
  let query = progressColumns(db).innerJoin("tasks", "tasks.id", "task_progress.task_id").select(["tasks.title as task_title", "tasks.plan_code"]);
  if (filter.roundId) query = query.where("task_progress.round_id", "=", filter.roundId);
  if (filter.review) query = query.where("task_progress.review", "=", filter.review);
  if (filter.planCode) query = query.where("tasks.plan_code", "=", filter.planCode);
  if (filter.bodyCodes) query = filter.bodyCodes.length ? query.where("task_progress.body_code", "in", filter.bodyCodes) : query.where((eb) => eb.val(false));
  return query.orderBy("task_progress.id").limit(1000).execute();
}

export function insertProgress(db: Db, row: Insertable<TaskProgressTable>) {
  return db.insertInto("task_progress").values(row).returningAll().executeTakeFirstOrThrow();
}

/** Updates a report if it is still at `version`; undefined when someone acted first. */
export function updateProgressAt(db: Db, id: number, version: number, changes: Updateable<TaskProgressTable>) {
  return db
    .updateTable("task_progress")
    .set({ ...changes, version: version + 1, updated_at: new Date() })
    .where("id", "=", id)
    .where("version", "=", version)
    .returningAll()
    .executeTakeFirst();
}

export function findRoundsDue(db: Db) {
  return db.selectFrom("reporting_rounds").select(["id", "title", "due_on"]).orderBy("due_on").execute();
}
