/**
 * Progress reports (进展报告) on tasks, as figures are reported: a lead body's reporter saves a draft
 * or submits a state (未启动, 推进中, 已完成, 滞后), a percent, a short text and evidence links for a
 * round that asks the body; the office approves (milestones the report names become done) or
 * returns it with a comment, naming the version it saw (stale → 409). Each step is in the audit log.
 */
import { decide, type Actor, type PlaceTree } from "../../core/access/index.ts";
import type { ProgressRequest, ProgressResponse } from "../../contract/tasks.ts";
import type { Db } from "../db/connect.ts";
import { conflict, invalidField, notFound } from "../errors/app-error.ts";
import { assertMay, whoOf } from "../policies/authorize.ts";
import { presentProgress } from "../presenters/tasks.presenter.ts";
import * as rounds from "../repositories/rounds.repository.ts";
import * as tasks from "../repositories/tasks.repository.ts";
import { recordAudit } from "./audit.service.ts";

/** The lead body the actor reports for: the first lead body in the actor's scope (any, for the office). */
async function reportingBody(tx: Db, actor: Actor, tree: PlaceTree, taskId: number): Promise<string> {
  const leads = (await tasks.findTaskBodies(tx, [taskId])).filter((b) => b.role === "lead").map((b) => b.body_code);
  if (leads.length === 0) throw conflict("id", "该任务尚无牵头单位，无法报告进展", "the task has no lead body to report its progress");
  const mine = leads.find((code) => decide(actor, "value_report", { bodyCode: code }, tree).allowed);
  if (!mine) assertMay(actor, "value_report", { bodyCode: leads[0]! }, tree);
  return mine!;
}

/** Saves (or submits) the actor's report on task `taskId` for the round in `request`. */
export async function saveProgress(db: Db, actor: Actor, tree: PlaceTree, taskId: number, request: ProgressRequest): Promise<ProgressResponse> {
  const id = await db.transaction().execute(async (tx) => {
    const task = await tasks.findTask(tx, taskId, true);
    if (!task) throw notFound("id", `任务 ${taskId} 不存在`, `task ${taskId} does not exist`);
    if (task.state === "rejected" || task.state === "merged") throw conflict("id", "该任务已驳回或合并，不再报告进展", "the task was rejected or merged; its progress is no longer reported");
    const bodyCode = await reportingBody(tx, actor, tree, taskId);
    const round = await rounds.findRound(tx, request.roundId);
    if (!round) throw notFound("roundId", `填报轮次 ${request.roundId} 不存在`, `round ${request.roundId} does not exist`);
    if (round.status !== "open") throw conflict("roundId", "该轮次已关闭", "the round is closed");
    const asked = await rounds.findRoundUnits(tx, [round.id]);
    if (!asked.some((u) => u.kind === "body" && u.code === bodyCode)) throw invalidField("roundId", "该轮次未要求此牵头单位报送", "the round does not ask this lead body to report");
    const own = new Set((await tasks.findMilestones(tx, [taskId])).map((m) => m.id));
    const stranger = request.milestonesDone.find((m) => !own.has(m));
    if (stranger !== undefined) throw invalidField("milestonesDone", `节点 ${stranger} 不属于该任务`, `milestone ${stranger} is not one of the task's`);
    const who = whoOf(actor);
    const now = new Date();
    const content = {
      state: request.state,
      percent: request.percent ?? null,
      text: request.text,
      evidence: JSON.stringify(request.evidence),
      milestones_done: JSON.stringify(request.milestonesDone),
      review: request.submit ? "submitted" : "draft",
      submitted_by: request.submit ? who.name : null,
      submitted_at: request.submit ? now : null,
      review_comment: null,
      updated_by: who.name,
    };
    const existing = await tasks.findProgressOf(tx, taskId, round.id);
    if (existing && (existing.review === "submitted" || existing.review === "approved")) {
      throw conflict("roundId", "本轮次的进展报告已提交或已通过，不能再修改", "this round's report was already submitted or approved");
    }
    const row = existing ? (await tasks.updateProgressAt(tx, existing.id, existing.version, content))! : await tasks.insertProgress(tx, { task_id: taskId, round_id: round.id, body_code: bodyCode, created_by: who.name, ...content });
    await recordAudit(tx, who, { entity: "task", entityId: taskId, action: request.submit ? "progress_submit" : "progress_save", before: existing ? { review: existing.review, state: existing.state } : null, after: { progress: row.id, round: round.id, state: row.state, percent: row.percent, text: row.text, review: row.review } });
    return row.id;
  });
  return presentProgress((await tasks.findProgress(db, id))!);
}

async function review(db: Db, actor: Actor, tree: PlaceTree, id: number, version: number, outcome: "approved" | "returned", comment: string | undefined) {
  await db.transaction().execute(async (tx) => {
    const row = await tasks.findProgress(tx, id);
    if (!row) throw notFound("id", `进展报告 ${id} 不存在`, `progress report ${id} does not exist`);
    assertMay(actor, "value_review", { bodyCode: row.body_code }, tree);
    const stale = () => conflict("version", "该报告已被他人处理或修改，请刷新后再审核", "someone else has acted on or changed this report; reload before reviewing");
    if (row.review !== "submitted" || row.version !== version) throw stale();
    const who = whoOf(actor);
    const now = new Date();
    const updated = await tasks.updateProgressAt(tx, id, version, { review: outcome, review_comment: comment ?? null, decided_by: who.name, decided_at: now });
    if (!updated) throw stale();
    const done: number[] = [];
    if (outcome === "approved") {
      const day = new Date(row.submitted_at ?? now).toISOString().slice(0, 10);
      for (const m of await tasks.findMilestones(tx, [row.task_id])) {
        if (((row.milestones_done as number[] | null) ?? []).includes(m.id) && m.done_on === null) {
          await tasks.updateMilestone(tx, m.id, { done_on: day });
          done.push(m.id);
        }
      }
    }
    await recordAudit(tx, who, { entity: "task", entityId: row.task_id, action: outcome === "approved" ? "progress_approve" : "progress_return", before: { review: row.review, version }, after: { progress: id, review: outcome, milestonesDone: done }, reason: comment ?? null });
  });
  return presentProgress((await tasks.findProgress(db, id))!);
}

/** Approves a submitted report seen at `version`; the milestones it names become done on its submission day. */
export const approveProgress = (db: Db, actor: Actor, tree: PlaceTree, id: number, version: number, comment?: string) => review(db, actor, tree, id, version, "approved", comment);

/** Returns a submitted report seen at `version` to its reporter with `comment`. */
export const returnProgress = (db: Db, actor: Actor, tree: PlaceTree, id: number, version: number, comment: string) => review(db, actor, tree, id, version, "returned", comment);

/** Reports the actor may see: reporters and reviewers their own bodies' only. */
export async function listProgress(db: Db, actor: Actor, filter: { roundId?: number; review?: string; planCode?: string }) {
  const scoped = actor.role === "reporter" || actor.role === "reviewer";
  const bodyCodes = scoped ? actor.scopes.filter((s) => s.kind === "body").map((s) => s.code) : undefined;
  const rows = await tasks.findProgressList(db, { ...filter, bodyCodes });
  return rows.map((r) => ({ ...presentProgress(r), taskTitle: r.task_title, planCode: r.plan_code }));
}
