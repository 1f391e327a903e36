/**
 * Importing a task division table (任务分工方案) for a plan: the file's tables read (.xlsx, .csv,
 * .docx, .html), every row matched to the plan's tasks and the catalogue of bodies
 * (core/tasks/division-table), and — only when no row has a problem — every task's lead and
 * cooperating bodies, deadline and annual goal set and its deadline made a milestone, in one
 * transaction with an import batch and an audit entry per task. A file with any problem stores
 * nothing and lists every problem with its sheet, row and column.
 */
import { createHash } from "node:crypto";
import type { z } from "zod";
import type { DivisionImportResponse } from "../../contract/tasks.ts";
import { readDivisionTable } from "../../core/tasks/index.ts";
import type { Db } from "../db/connect.ts";
import { batchError } from "../errors/batch-error.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import * as tasks from "../repositories/tasks.repository.ts";
import { recordAudit, type Who } from "./audit.service.ts";
import { readTables } from "./read-tables.service.ts";
import { requirePlan } from "./tasks.service.ts";

/** Imports the division table `bytes` (named `fileName`) for plan `code`, all or nothing. */
export async function importDivisionTable(db: Db, code: string, fileName: string, bytes: Uint8Array, who: Who): Promise<z.infer<typeof DivisionImportResponse>> {
  const sheets = await readTables(fileName, bytes);
  return db.transaction().execute(async (tx) => {
    await requirePlan(tx, code);
    const live = (await tasks.findTasks(tx, code)).filter((t) => t.state !== "rejected" && t.state !== "merged");
    const bodies = (await catalogue.findBodies(tx)).map((b) => ({ code: b.code, nameZh: b.name_zh, fullNameZh: b.full_name_zh }));
    const { rows, problems } = readDivisionTable(sheets, live.map((t) => ({ id: t.id, title: t.title })), bodies);
    if (problems.length) throw batchError(problems, fileName);
    const batch = await tx
      .insertInto("import_batches")
      .values({ kind: "task_division", file_name: fileName, sha256: createHash("sha256").update(bytes).digest("hex"), row_count: rows.length, created_by: who.name })
      .returning("id")
      .executeTakeFirstOrThrow();
    const byId = new Map(live.map((t) => [t.id, t]));
    await tasks.deleteDivisionMilestones(tx, rows.map((r) => r.taskId));
    for (const row of rows) {
      const before = byId.get(row.taskId)!;
      await tasks.setTaskBodies(tx, row.taskId, row.lead, row.cooperating);
      await tasks.updateTask(tx, row.taskId, { due_on: row.dueOn, annual_goal: row.annualGoal, updated_by: who.name });
      if (row.dueOn) await tasks.insertMilestones(tx, [{ task_id: row.taskId, due_on: row.dueOn, deliverable: row.annualGoal ?? "按期完成任务", origin: "division", created_by: who.name }]);
    }
    await recordAudit(
      tx,
      who,
      { entity: "import", entityId: batch.id, action: "task_division", after: { planCode: code, fileName, rows: rows.length } },
      ...rows.map((r) => ({ entity: "task" as const, entityId: r.taskId, action: "division_import", before: { dueOn: byId.get(r.taskId)!.due_on }, after: { lead: r.lead, cooperating: r.cooperating, dueOn: r.dueOn, annualGoal: r.annualGoal, sheet: r.sheet, row: r.row, batch: batch.id } })),
    );
    return { fileName, rows: rows.length, tasks: rows.map((r) => ({ row: r.row, sheet: r.sheet, taskId: r.taskId, title: byId.get(r.taskId)!.title })) };
  });
}
