/**
 * Review decisions on a plan's tasks, as on extracted statements: accept (optionally with changes),
 * edit, reject, merge into another task of the plan, split into several tasks. Each is applied and
 * recorded in the audit log with who took it and the task before and after, in one transaction.
 */
import type { TaskChanges, TaskDecision } from "../../contract/tasks.ts";
import type { Db } from "../db/connect.ts";
import type { TaskRow, TasksTable } from "../db/tasks.schema.ts";
import type { Updateable } from "kysely";
import { AppError, invalidField, notFound } from "../errors/app-error.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import * as tasks from "../repositories/tasks.repository.ts";
import { recordAudit, type Who } from "./audit.service.ts";
import { getTask } from "./tasks.service.ts";

const snapshot = (row: TaskRow, bodies: { body_code: string; role: string }[]) => ({
  title: row.title,
  state: row.state,
  mergedInto: row.merged_into,
  dueOn: row.due_on,
  annualGoal: row.annual_goal,
  lead: bodies.filter((b) => b.role === "lead").map((b) => b.body_code),
  cooperating: bodies.filter((b) => b.role === "cooperating").map((b) => b.body_code),
});

async function requireBodies(tx: Db, codes: readonly string[], field: string) {
  const known = new Set((await catalogue.findBodies(tx)).map((b) => b.code));
  const unknown = codes.find((c) => !known.has(c));
  if (unknown) throw new AppError("unknown_reference", { zh: `单位“${unknown}”不在单位目录中`, en: `the body "${unknown}" is not in the catalogue of bodies` }, field);
}

/** Applies the changes of an accept or edit: columns, then bodies when given. */
async function change(tx: Db, row: TaskRow, changes: TaskChanges | undefined, extra: Updateable<TasksTable>, who: Who): Promise<TaskRow> {
  const columns: Updateable<TasksTable> = { ...extra, updated_by: who.name };
  if (changes?.title !== undefined) columns.title = changes.title;
  if (changes?.dueOn !== undefined) columns.due_on = changes.dueOn;
  if (changes?.annualGoal !== undefined) columns.annual_goal = changes.annualGoal;
  if (changes?.lead || changes?.cooperating) {
    const current = await tasks.findTaskBodies(tx, [row.id]);
    const lead = changes.lead ?? current.filter((b) => b.role === "lead").map((b) => b.body_code);
    const cooperating = changes.cooperating ?? current.filter((b) => b.role === "cooperating").map((b) => b.body_code);
    await requireBodies(tx, changes.lead ?? [], "changes.lead");
    await requireBodies(tx, changes.cooperating ?? [], "changes.cooperating");
    await tasks.setTaskBodies(tx, row.id, lead, cooperating);
  }
  return tasks.updateTask(tx, row.id, columns);
}

/** Applies `decision` to task `id`; returns the task after it and any tasks a split created. */
export async function decideTask(db: Db, id: number, decision: TaskDecision, who: Who) {
  const createdIds = await db.transaction().execute(async (tx) => {
    const row = await tasks.findTask(tx, id, true);
    if (!row) throw notFound("id", `任务 ${id} 不存在`, `task ${id} does not exist`);
    const before = snapshot(row, await tasks.findTaskBodies(tx, [id]));
    let after: TaskRow;
    const created: TaskRow[] = [];
    switch (decision.action) {
      case "accept":
        after = await change(tx, row, decision.changes, { state: "accepted", merged_into: null }, who);
        break;
      case "edit":
        after = await change(tx, row, decision.changes, {}, who);
        break;
      case "reject":
        after = await tasks.updateTask(tx, id, { state: "rejected", merged_into: null, updated_by: who.name });
        break;
      case "merge": {
        const keep = await tasks.findTask(tx, decision.into, true);
        if (!keep || keep.plan_code !== row.plan_code || keep.id === row.id) throw invalidField("into", "请选择同一规划中的另一项任务作为保留项", "choose another task of the same plan to keep");
        if (keep.state === "merged" || keep.state === "rejected") throw invalidField("into", "保留项不能是已合并或已驳回的任务", "the task to keep cannot be merged or rejected");
        // Tasks merged into this one follow it; its milestones and reports go to the task kept.
        await tx.updateTable("tasks").set({ merged_into: keep.id }).where("merged_into", "=", id).execute();
        await tx.updateTable("task_milestones").set({ task_id: keep.id }).where("task_id", "=", id).execute();
        after = await tasks.updateTask(tx, id, { state: "merged", merged_into: keep.id, updated_by: who.name });
        break;
      }
      case "split": {
        // The parts take the task's place in the list, share its span and bodies; the task itself is closed as merged into the first.
        await tasks.shiftPositions(tx, row.plan_code, row.position + 1, decision.titles.length);
        const bodies = await tasks.findTaskBodies(tx, [id]);
        created.push(
          ...(await tasks.insertTasks(
            tx,
            decision.titles.map((title, i) => ({ plan_code: row.plan_code, document_id: row.document_id, parent_id: row.parent_id, position: row.position + 1 + i, level: row.level, title, span_start: row.span_start, span_end: row.span_end, quote: row.quote, origin: "split", due_on: row.due_on, created_by: who.name, updated_by: who.name })),
          )),
        );
        for (const part of created) await tasks.setTaskBodies(tx, part.id, bodies.filter((b) => b.role === "lead").map((b) => b.body_code), bodies.filter((b) => b.role === "cooperating").map((b) => b.body_code));
        after = await tasks.updateTask(tx, id, { state: "merged", merged_into: created[0]!.id, updated_by: who.name });
        break;
      }
    }
    const { action, ...details } = decision;
    await recordAudit(
      tx,
      who,
      { entity: "task", entityId: id, action, before, after: { ...snapshot(after, await tasks.findTaskBodies(tx, [id])), request: details, ...(created.length ? { created: created.map((c) => c.id) } : {}) } },
      ...created.map((c) => ({ entity: "task" as const, entityId: c.id, action: "split_from", after: { title: c.title, from: id } })),
    );
    return created.map((c) => c.id);
  });
  return { task: await getTask(db, id), created: await Promise.all(createdIds.map((c) => getTask(db, c))) };
}
