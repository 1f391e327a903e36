/**
 * Request and response shapes of 工作体系: a plan's tasks with their bodies, the targets they serve,
 * milestones and progress; review decisions on drafts; division-table imports; progress reports and
 * their review; 督办 (overdue milestones, the supervision list).
 */
import { z } from "zod";
import { BodyRole, IsoDate, ProgressReview, ProgressState, TaskLevel, TaskStanding, TaskState } from "../core/tasks/task.ts";
import { AuditEntry, plainText } from "./accounts.ts";
import { PageQuery } from "./pagination.ts";

export const TaskBody = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), role: BodyRole });
export const TaskIndicator = z.object({ code: z.string(), nameZh: z.string(), start: z.number().int().nullable(), end: z.number().int().nullable(), targetIds: z.array(z.number().int()) });
export const UnmatchedBodyResponse = z.object({ name: z.string(), role: BodyRole, start: z.number().int().nullable() });

export const MilestoneResponse = z.object({
  id: z.number().int(),
  taskId: z.number().int(),
  dueOn: IsoDate,
  deliverable: z.string(),
  doneOn: IsoDate.nullable(),
  origin: z.enum(["manual", "division"]),
  /** Date passed and not done as of the list's date. */
  overdue: z.boolean(),
});
export type MilestoneResponse = z.infer<typeof MilestoneResponse>;

export const ProgressResponse = z.object({
  id: z.number().int(),
  taskId: z.number().int(),
  roundId: z.number().int(),
  roundTitle: z.string(),
  bodyCode: z.string(),
  state: ProgressState,
  percent: z.number().int().nullable(),
  text: z.string(),
  evidence: z.array(z.string()),
  milestonesDone: z.array(z.number().int()),
  review: ProgressReview,
  version: z.number().int(),
  reviewComment: z.string().nullable(),
  submittedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ProgressResponse = z.infer<typeof ProgressResponse>;

export const TaskResponse = z.object({
  id: z.number().int(),
  planCode: z.string(),
  parentId: z.number().int().nullable(),
  position: z.number().int(),
  outlineKey: z.string().nullable(),
  level: TaskLevel,
  title: z.string(),
  /** Offsets into the plan's text, end exclusive; `quote` (the heading) stands at `start`. */
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  quote: z.string().nullable(),
  state: TaskState,
  mergedInto: z.number().int().nullable(),
  origin: z.enum(["outline", "split"]),
  dueOn: IsoDate.nullable(),
  annualGoal: z.string().nullable(),
  bodies: z.array(TaskBody),
  indicators: z.array(TaskIndicator),
  unmatchedBodies: z.array(UnmatchedBodyResponse),
  milestones: z.array(MilestoneResponse),
  latestProgress: ProgressResponse.nullable(),
  /** As of the list's date: done, late or on time. */
  standing: TaskStanding,
  version: z.number().int(),
});
export type TaskResponse = z.infer<typeof TaskResponse>;

export const TaskListQuery = PageQuery.extend({ asOf: IsoDate.optional() });

/** A task with every progress report on it and its history (the audit log's entries on it, newest first). */
export const TaskDetailResponse = z.object({ task: TaskResponse, progress: z.array(ProgressResponse), history: z.array(AuditEntry) });

const BodyCodes = z.array(z.string().min(1).max(100)).max(50);
export const TaskChanges = z.object({
  title: plainText(500).pipe(z.string().trim().min(1)).optional(),
  lead: BodyCodes.optional(),
  cooperating: BodyCodes.optional(),
  dueOn: IsoDate.nullable().optional(),
  annualGoal: plainText(2000).nullable().optional(),
});
export type TaskChanges = z.infer<typeof TaskChanges>;

/** A review decision on a task: accept (optionally with changes), edit, reject, merge into another, split into several. */
export const TaskDecision = z.discriminatedUnion("action", [
  z.object({ action: z.literal("accept"), changes: TaskChanges.optional() }),
  z.object({ action: z.literal("edit"), changes: TaskChanges }),
  z.object({ action: z.literal("reject"), reason: plainText(500).optional() }),
  z.object({ action: z.literal("merge"), into: z.number().int().min(1).max(2_147_483_647) }),
  z.object({ action: z.literal("split"), titles: z.array(plainText(500).pipe(z.string().trim().min(1))).min(2).max(20) }),
]);
export type TaskDecision = z.infer<typeof TaskDecision>;

export const TaskDecisionResponse = z.object({ task: TaskResponse, created: z.array(TaskResponse) });

export const DivisionImportResponse = z.object({
  fileName: z.string(),
  rows: z.number().int(),
  tasks: z.array(z.object({ row: z.number().int(), sheet: z.string(), taskId: z.number().int(), title: z.string() })),
});

export const NewMilestone = z.object({ dueOn: IsoDate, deliverable: plainText(500).pipe(z.string().trim().min(1)) });
export const MilestoneChanges = z.object({ dueOn: IsoDate.optional(), deliverable: plainText(500).pipe(z.string().trim().min(1)).optional(), doneOn: IsoDate.nullable().optional() });

const Url = z.string().max(2000).url().refine((u) => /^https?:\/\//i.test(u), { message: "http or https links only" });
export const ProgressRequest = z.object({
  roundId: z.number().int().min(1).max(2_147_483_647),
  state: ProgressState,
  percent: z.number().int().min(0).max(100).nullable().optional(),
  text: plainText(2000).pipe(z.string().trim().min(1)),
  evidence: z.array(Url).max(20).default([]),
  milestonesDone: z.array(z.number().int().min(1).max(2_147_483_647)).max(50).default([]),
  /** Submit for review now (otherwise a draft). */
  submit: z.boolean().default(false),
});
export type ProgressRequest = z.infer<typeof ProgressRequest>;

export const ProgressDecisionRequest = z.object({ version: z.number().int().min(1), comment: plainText(1000).optional() });
export const ProgressReturnRequest = z.object({ version: z.number().int().min(1), comment: plainText(1000).pipe(z.string().trim().min(1)) });
export const ProgressQuery = PageQuery.extend({ roundId: z.coerce.number().int().min(1).max(2_147_483_647).optional(), review: ProgressReview.optional(), planCode: z.string().max(100).optional() });
export const ProgressListItem = ProgressResponse.extend({ taskTitle: z.string(), planCode: z.string() });

export const AsOfQuery = z.object({ asOf: IsoDate.optional() });

export const OverdueMilestone = MilestoneResponse.extend({ taskTitle: z.string(), lead: z.array(z.string()) });
export const OverdueResponse = z.object({ planCode: z.string(), asOf: IsoDate, milestones: z.array(OverdueMilestone) });

export const SupervisionItemResponse = z.object({
  bodyCode: z.string(),
  bodyName: z.string(),
  taskId: z.number().int(),
  taskTitle: z.string(),
  kind: z.enum(["milestone_overdue", "no_progress"]),
  what: z.string(),
  milestoneId: z.number().int().nullable(),
  roundId: z.number().int().nullable(),
  since: IsoDate,
  lastReport: z.object({ roundId: z.number().int(), state: ProgressState, percent: z.number().int().nullable(), text: z.string(), at: z.string() }).nullable(),
});
export type SupervisionItemResponse = z.infer<typeof SupervisionItemResponse>;
export const SupervisionResponse = z.object({ planCode: z.string(), planTitle: z.string(), asOf: IsoDate, items: z.array(SupervisionItemResponse) });
export type SupervisionResponse = z.infer<typeof SupervisionResponse>;
export const SupervisionDocxQuery = z.object({ asOf: IsoDate.optional(), body: z.string().min(1).max(100), lang: z.enum(["zh", "en"]).optional().describe("language of the notice; the request's Accept-Language when absent") });
