/**
 * A plan's tasks: drafting them from the plan's outline (core/tasks) once, pending review, and
 * reading them with their bodies, the targets they serve, milestones, latest progress and standing
 * as of a date. Also the facts 督办 works from (tasks, milestones, rounds, reports).
 */
import type { TaskResponse } from "../../contract/tasks.ts";
import { Outline, buildOutline } from "../../core/outline/outline.ts";
import { draftTasks, silentIn, taskStanding, type MilestoneFact, type ReportFact, type RoundFact, type TaskFact } from "../../core/tasks/index.ts";
import type { Db } from "../db/connect.ts";
import type { PlanRow } from "../db/schema.ts";
import { conflict, notFound } from "../errors/app-error.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import * as plans from "../repositories/plans.repository.ts";
import * as rounds from "../repositories/rounds.repository.ts";
import * as tasks from "../repositories/tasks.repository.ts";
import { presentMilestone, presentProgress, presentTask } from "../presenters/tasks.presenter.ts";
import { listAudit, recordAudit, type Who } from "./audit.service.ts";

/** Today as YYYY-MM-DD (UTC), the default as-of date. */
export const today = () => new Date().toISOString().slice(0, 10);

export async function requirePlan(db: Db, code: string): Promise<PlanRow> {
  const plan = await plans.findPlan(db, code);
  if (!plan) throw notFound("code", `规划“${code}”不存在`, `plan "${code}" does not exist`);
  return plan;
}

/** Drafts the plan's tasks from its document's outline, adding only those not drafted before; returns every task. */
export async function draftPlanTasks(db: Db, code: string, who: Who): Promise<TaskResponse[]> {
  await db.transaction().execute(async (tx) => {
    const plan = await requirePlan(tx, code);
    if (plan.document_id === null) throw conflict("code", `规划“${code}”没有原文，无法起草任务`, `plan "${code}" has no document to draft tasks from`);
    const document = (await plans.findDocument(tx, plan.document_id))!;
    const stored = document.outline ? Outline.safeParse(document.outline) : null;
    const outline = stored?.success ? stored.data : buildOutline(document.text);
    const [indicators, bodies, existing] = await Promise.all([catalogue.findIndicators(tx), catalogue.findBodies(tx), tasks.findTasks(tx, code)]);
    const drafts = draftTasks(document.text, outline, {
      indicators: indicators.map((i) => ({ code: i.code, nameZh: i.name_zh })),
      bodies: bodies.map((b) => ({ code: b.code, nameZh: b.name_zh, fullNameZh: b.full_name_zh })),
    });
    const known = new Map(existing.filter((t) => t.outline_key).map((t) => [t.outline_key!, t.id]));
    const fresh = drafts.filter((d) => !known.has(d.key));
    if (fresh.length === 0) return;
    const base = existing.reduce((max, t) => Math.max(max, t.position), -1) + 1;
    const inserted = await tasks.insertTasks(
      tx,
      fresh.map((d, i) => ({ plan_code: code, document_id: plan.document_id, position: base + i, outline_key: d.key, level: d.level, title: d.title, span_start: d.start, span_end: d.end, quote: d.quote, unmatched_bodies: JSON.stringify(d.unmatchedBodies), created_by: who.name, updated_by: who.name })),
    );
    const ids = new Map(inserted.map((t) => [t.outline_key!, t.id]));
    for (const [key, id] of known) ids.set(key, id);
    for (const d of fresh) {
      const id = ids.get(d.key)!;
      if (d.parentKey && ids.has(d.parentKey)) await tx.updateTable("tasks").set({ parent_id: ids.get(d.parentKey)! }).where("id", "=", id).execute();
      if (d.lead.length || d.cooperating.length) await tasks.setTaskBodies(tx, id, d.lead, d.cooperating);
      await tasks.insertTaskIndicators(tx, d.indicators.map((m) => ({ task_id: id, indicator_code: m.code, span_start: m.start, span_end: m.end })));
    }
    await recordAudit(tx, who, ...inserted.map((t) => ({ entity: "task" as const, entityId: t.id, action: "draft", after: { title: t.title, outlineKey: t.outline_key, start: t.span_start, end: t.span_end } })));
  });
  return listPlanTasks(db, code);
}

/** Rounds as supervision needs them: id, title, due date and the bodies asked. */
export async function roundFacts(db: Db): Promise<RoundFact[]> {
  const rows = await tasks.findRoundsDue(db);
  const units = await rounds.findRoundUnits(db, rows.map((r) => r.id));
  return rows.map((r) => ({ id: r.id, title: r.title, dueOn: String(r.due_on).slice(0, 10), bodies: units.filter((u) => u.round_id === r.id && u.kind === "body").map((u) => u.code) }));
}

/** Everything about a plan's live tasks (not rejected or merged) that 督办 and the task list read. */
export async function loadPlanTasks(db: Db, code: string) {
  const plan = await requirePlan(db, code);
  const rows = await tasks.findTasks(db, code);
  const ids = rows.map((r) => r.id);
  const [bodies, indicators, milestones, progress, targets, roundList] = await Promise.all([
    tasks.findTaskBodies(db, ids),
    tasks.findTaskIndicators(db, ids),
    tasks.findMilestones(db, ids),
    tasks.findProgressOfTasks(db, ids),
    plans.findTargets(db, code),
    roundFacts(db),
  ]);
  const facts = {
    tasks: rows.filter((r) => r.state !== "rejected" && r.state !== "merged").map((r): TaskFact => ({ id: r.id, title: r.title, lead: bodies.filter((b) => b.task_id === r.id && b.role === "lead").map((b) => b.body_code) })),
    milestones: milestones.map((m): MilestoneFact => ({ id: m.id, taskId: m.task_id, dueOn: m.due_on, deliverable: m.deliverable, doneOn: m.done_on })),
    rounds: roundList,
    reports: progress.map((p): ReportFact => ({ taskId: p.task_id, roundId: p.round_id, state: p.state as ReportFact["state"], percent: p.percent, text: p.text, review: p.review, at: new Date(p.submitted_at ?? p.updated_at).toISOString() })),
  };
  return { plan, rows, bodies, indicators, milestones, progress, targets, facts };
}

/** A plan's tasks in document order, standing as of `asOf`. */
export async function listPlanTasks(db: Db, code: string, asOf = today()): Promise<TaskResponse[]> {
  const loaded = await loadPlanTasks(db, code);
  return loaded.rows.map((row) => {
    const milestones = loaded.milestones.filter((m) => m.task_id === row.id);
    const reports = loaded.progress.filter((p) => p.task_id === row.id);
    const approved = reports.filter((p) => p.review === "approved").sort((a, b) => String(a.round_due_on).localeCompare(String(b.round_due_on)) || a.id - b.id).at(-1);
    const fact = loaded.facts.tasks.find((t) => t.id === row.id);
    const silent = fact ? silentIn(fact, loaded.facts.rounds, loaded.facts.reports, asOf) !== null : false;
    return presentTask(row, {
      bodies: loaded.bodies.filter((b) => b.task_id === row.id).map((b) => ({ code: b.body_code, nameZh: b.name_zh, nameEn: b.name_en, role: b.role as "lead" | "cooperating" })),
      indicators: loaded.indicators
        .filter((i) => i.task_id === row.id)
        .map((i) => ({ code: i.indicator_code, nameZh: i.name_zh, start: i.span_start, end: i.span_end, targetIds: loaded.targets.filter((t) => t.indicator_code === i.indicator_code).map((t) => t.id) })),
      milestones: milestones.map((m) => presentMilestone(m, asOf)),
      latestProgress: reports.length ? presentProgress(reports.at(-1)!) : null,
      standing: taskStanding({ milestones: loaded.facts.milestones.filter((m) => m.taskId === row.id), latestApproved: (approved?.state as "done" | undefined) ?? null, silent }, asOf),
    });
  });
}

/** One task as the list gives it. */
export async function getTask(db: Db, id: number, asOf = today()): Promise<TaskResponse> {
  const row = await tasks.findTask(db, id);
  if (!row) throw notFound("id", `任务 ${id} 不存在`, `task ${id} does not exist`);
  return (await listPlanTasks(db, row.plan_code, asOf)).find((t) => t.id === id)!;
}

/** A task with all its progress reports and its history from the audit log. */
export async function getTaskDetail(db: Db, id: number, asOf = today()) {
  const task = await getTask(db, id, asOf);
  const [reports, history] = await Promise.all([tasks.findProgressOfTasks(db, [id]), listAudit(db, { entity: "task", entityId: String(id), limit: 200 })]);
  return { task, progress: reports.map(presentProgress), history: history.items };
}
