/**
 * The shapes of 工作体系 (the plan's work system): a task's outline level, its review state, the role a
 * body plays in it (牵头 lead, 配合 cooperating), and the state a progress report gives it.
 */
import { z } from "zod";

/** The outline level a task was drafted from (core/outline's heading kinds). */
export const TaskLevel = z.enum(["chapter", "section", "part", "subpart", "box", "item"]);
export type TaskLevel = z.infer<typeof TaskLevel>;

/** A task's review state, as an extracted statement's: pending until someone accepts, rejects or merges it. */
export const TaskState = z.enum(["pending", "accepted", "rejected", "merged"]);
export type TaskState = z.infer<typeof TaskState>;

/** 牵头单位 lead body, 配合单位 cooperating body. */
export const BodyRole = z.enum(["lead", "cooperating"]);
export type BodyRole = z.infer<typeof BodyRole>;

/** 未启动 not started, 推进中 in progress, 已完成 done, 滞后 late: what a lead body reports of its task. */
export const ProgressState = z.enum(["not_started", "in_progress", "done", "late"]);
export type ProgressState = z.infer<typeof ProgressState>;

/** The Chinese word for each progress state, as reporters read and type it. */
export const PROGRESS_STATE_ZH: Record<ProgressState, string> = { not_started: "未启动", in_progress: "推进中", done: "已完成", late: "滞后" };

/** Where a progress report stands in review: draft → submitted → approved, or returned with a comment. */
export const ProgressReview = z.enum(["draft", "submitted", "approved", "returned"]);
export type ProgressReview = z.infer<typeof ProgressReview>;

/** How a task stands on a date: done, late (a milestone overdue, reported 滞后, or silent in the last round), on time. */
export const TaskStanding = z.enum(["done", "late", "on_time"]);
export type TaskStanding = z.infer<typeof TaskStanding>;

/** A calendar date as the API and database keep it: YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "YYYY-MM-DD");
