/** Task, milestone and progress rows → contract responses. */
import type { MilestoneResponse, ProgressResponse, TaskResponse } from "../../contract/tasks.ts";
import { isOverdue, type TaskStanding } from "../../core/tasks/index.ts";
import type { MilestoneRow, ProgressRow, TaskRow } from "../db/tasks.schema.ts";

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function presentMilestone(row: MilestoneRow, asOf: string): MilestoneResponse {
  return { id: row.id, taskId: row.task_id, dueOn: row.due_on, deliverable: row.deliverable, doneOn: row.done_on, origin: row.origin as MilestoneResponse["origin"], overdue: isOverdue({ dueOn: row.due_on, doneOn: row.done_on }, asOf) };
}

export function presentProgress(row: ProgressRow & { round_title: string }): ProgressResponse {
  return {
    id: row.id,
    taskId: row.task_id,
    roundId: row.round_id,
    roundTitle: row.round_title,
    bodyCode: row.body_code,
    state: row.state as ProgressResponse["state"],
    percent: row.percent,
    text: row.text,
    evidence: (row.evidence as string[] | null) ?? [],
    milestonesDone: (row.milestones_done as number[] | null) ?? [],
    review: row.review as ProgressResponse["review"],
    version: row.version,
    reviewComment: row.review_comment,
    submittedBy: row.submitted_by,
    submittedAt: iso(row.submitted_at),
    decidedBy: row.decided_by,
    decidedAt: iso(row.decided_at),
    updatedAt: iso(row.updated_at)!,
  };
}

/** What a task response gathers besides its own row. */
export type TaskParts = Pick<TaskResponse, "bodies" | "indicators" | "milestones" | "latestProgress" | "standing">;

export function presentTask(row: TaskRow, parts: TaskParts): TaskResponse {
  return {
    id: row.id,
    planCode: row.plan_code,
    parentId: row.parent_id,
    position: row.position,
    outlineKey: row.outline_key,
    level: row.level as TaskResponse["level"],
    title: row.title,
    start: row.span_start,
    end: row.span_end,
    quote: row.quote,
    state: row.state as TaskResponse["state"],
    mergedInto: row.merged_into,
    origin: row.origin as TaskResponse["origin"],
    dueOn: row.due_on,
    annualGoal: row.annual_goal,
    unmatchedBodies: (row.unmatched_bodies as TaskResponse["unmatchedBodies"] | null) ?? [],
    version: row.version,
    ...parts,
  };
}

export type { TaskStanding };
