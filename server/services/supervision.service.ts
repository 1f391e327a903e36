/**
 * 督办 (supervision) of a plan's tasks as of a date: overdue milestones, the supervision list by lead
 * body (core/tasks supervisionList), and a body's 督办单 as .docx in the evaluation reports' layout.
 * Also the milestones the office sets on tasks. Reads only, except adding and changing milestones.
 */
import type { z } from "zod";
import type { MilestoneChanges, NewMilestone, OverdueResponse, SupervisionResponse } from "../../contract/tasks.ts";
import { overdueMilestones, supervisionList, supervisionNotice } from "../../core/tasks/index.ts";
import type { Db } from "../db/connect.ts";
import { notFound } from "../errors/app-error.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import * as tasks from "../repositories/tasks.repository.ts";
import { presentMilestone } from "../presenters/tasks.presenter.ts";
import { renderDocx } from "../reports/report-docx.ts";
import { recordAudit, type Who } from "./audit.service.ts";
import { loadPlanTasks, today } from "./tasks.service.ts";

/** The plan's milestones past their date and not done as of `asOf`, earliest first, with their task and lead bodies. */
export async function listOverdue(db: Db, code: string, asOf = today()): Promise<z.infer<typeof OverdueResponse>> {
  const { rows, milestones, facts } = await loadPlanTasks(db, code);
  const live = new Map(facts.tasks.map((t) => [t.id, t]));
  const titles = new Map(rows.map((r) => [r.id, r.title]));
  const late = overdueMilestones(milestones.filter((m) => live.has(m.task_id)).map((m) => ({ ...m, id: m.id, taskId: m.task_id, dueOn: m.due_on, doneOn: m.done_on })), asOf);
  return { planCode: code, asOf, milestones: late.map((m) => ({ ...presentMilestone(m, asOf), taskTitle: titles.get(m.task_id)!, lead: [...live.get(m.task_id)!.lead] })) };
}

/** The supervision list of the plan as of `asOf`: per lead body, what is late, since when, and the last report. */
export async function supervisionOf(db: Db, code: string, asOf = today()): Promise<SupervisionResponse> {
  const { plan, facts } = await loadPlanTasks(db, code);
  const names = new Map((await catalogue.findBodies(db)).map((b) => [b.code, b.name_zh]));
  const items = supervisionList(facts, asOf).map((i) => ({ ...i, bodyName: names.get(i.bodyCode) ?? i.bodyCode, lastReport: i.lastReport && { roundId: i.lastReport.roundId, state: i.lastReport.state, percent: i.lastReport.percent, text: i.lastReport.text, at: i.lastReport.at } }));
  return { planCode: code, planTitle: plan.title_zh, asOf, items };
}

/** The 督办单 to `bodyCode` about its late items of plan `code` as of `asOf`, in `lang`, as .docx bytes and a file name. */
export async function supervisionDocx(db: Db, code: string, bodyCode: string, asOf = today(), lang: "zh" | "en" = "zh"): Promise<{ bytes: Buffer; fileName: string }> {
  const body = (await catalogue.findBodies(db)).find((b) => b.code === bodyCode);
  if (!body) throw notFound("body", `单位“${bodyCode}”不存在`, `body "${bodyCode}" does not exist`);
  const { plan } = await loadPlanTasks(db, code);
  const { items } = await supervisionOf(db, code, asOf);
  const zh = lang === "zh";
  const model = supervisionNotice(
    { planTitle: zh ? plan.title_zh : plan.title_en || plan.title_zh, bodyName: zh ? body.full_name_zh : body.name_en || body.full_name_zh, asOf, items: items.filter((i) => i.bodyCode === bodyCode), issuer: zh ? "规划处" : "Planning Office" },
    lang,
  );
  return { bytes: await renderDocx(model, []), fileName: zh ? `督办单-${body.name_zh}-${asOf}.docx` : `supervision-notice-${body.code}-${asOf}.docx` };
}

async function requireTask(db: Db, id: number) {
  const task = await tasks.findTask(db, id, true);
  if (!task) throw notFound("id", `任务 ${id} 不存在`, `task ${id} does not exist`);
  return task;
}

/** Adds a milestone (date, deliverable) to task `taskId`. */
export async function addMilestone(db: Db, taskId: number, request: z.infer<typeof NewMilestone>, who: Who) {
  return db.transaction().execute(async (tx) => {
    await requireTask(tx, taskId);
    const [row] = await tasks.insertMilestones(tx, [{ task_id: taskId, due_on: request.dueOn, deliverable: request.deliverable, created_by: who.name }]);
    await recordAudit(tx, who, { entity: "task", entityId: taskId, action: "milestone_add", after: { milestone: row!.id, dueOn: row!.due_on, deliverable: row!.deliverable } });
    return presentMilestone(row!, today());
  });
}

/** Changes a milestone's date or deliverable, or marks it done (doneOn) or not done (null). */
export async function changeMilestone(db: Db, id: number, changes: z.infer<typeof MilestoneChanges>, who: Who) {
  return db.transaction().execute(async (tx) => {
    const before = await tasks.findMilestone(tx, id);
    if (!before) throw notFound("id", `节点 ${id} 不存在`, `milestone ${id} does not exist`);
    const row = await tasks.updateMilestone(tx, id, { ...(changes.dueOn !== undefined ? { due_on: changes.dueOn } : {}), ...(changes.deliverable !== undefined ? { deliverable: changes.deliverable } : {}), ...(changes.doneOn !== undefined ? { done_on: changes.doneOn } : {}) });
    await recordAudit(tx, who, { entity: "task", entityId: row.task_id, action: "milestone_change", before: { milestone: id, dueOn: before.due_on, deliverable: before.deliverable, doneOn: before.done_on }, after: { milestone: id, dueOn: row.due_on, deliverable: row.deliverable, doneOn: row.done_on } });
    return presentMilestone(row, today());
  });
}
