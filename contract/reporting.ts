/**
 * Request and response shapes of the reporting loop (创新报表): rounds (填报轮次), what a round asks
 * of a reporter, submissions on their way to approval (draft → submitted → approved, or returned),
 * long-format imports, the round overview, and roll-up of district figures to the city.
 */
import { z } from "zod";
import { PageQuery } from "./pagination.ts";
import { Scope } from "../core/access/roles.ts";
import { PeriodText } from "../core/periods/period.ts";

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const text = (max: number) => z.string().max(max).refine((s) => !CONTROL.test(s), { message: "must not contain control characters" });
const Id = z.number().int().min(1).max(2_147_483_647);
const Code = z.string().min(1).max(64);

export const RoundStatus = z.enum(["open", "closed"]);

export const CreateRoundRequest = z.object({
  title: text(100).pipe(z.string().trim().min(1)),
  /** 2025 (annual), 2026Q3, 2026-07. */
  period: PeriodText,
  /** Due date, YYYY-MM-DD. */
  dueOn: z.iso.date(),
  indicatorCodes: z.array(Code).min(1).max(200),
  /** The places and bodies asked to report. */
  units: z.array(Scope).min(1).max(500),
  note: text(2000).optional(),
});
export type CreateRoundRequest = z.infer<typeof CreateRoundRequest>;

export const UpdateRoundRequest = z.object({
  title: text(100).pipe(z.string().trim().min(1)).optional(),
  dueOn: z.iso.date().optional(),
  status: RoundStatus.optional(),
  note: text(2000).optional(),
  reason: text(500).optional(),
});
export type UpdateRoundRequest = z.infer<typeof UpdateRoundRequest>;

export const RoundSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  period: z.string(),
  dueOn: z.string(),
  status: RoundStatus,
  publishedAt: z.string().nullable(),
  indicatorCount: z.number().int(),
  unitCount: z.number().int(),
  note: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type RoundSummary = z.infer<typeof RoundSummary>;

export const RoundIndicator = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), unit: z.string(), displayUnit: z.string(), decimals: z.number().int() });
export const RoundUnit = z.object({ kind: z.enum(["place", "body"]), code: z.string(), nameZh: z.string(), nameEn: z.string(), placeCode: z.string() });
export type RoundUnit = z.infer<typeof RoundUnit>;

export const RoundDetail = RoundSummary.extend({ indicators: z.array(RoundIndicator), units: z.array(RoundUnit) });
export type RoundDetail = z.infer<typeof RoundDetail>;

export const SubmissionState = z.enum(["draft", "submitted", "approved", "cancelled"]);

export const SubmissionResponse = z.object({
  id: z.number().int(),
  roundId: z.number().int().nullable(),
  indicatorCode: z.string(),
  placeCode: z.string(),
  bodyCode: z.string().nullable(),
  period: z.string(),
  /** set: a figure; withdraw: take the approved figure back. */
  action: z.enum(["set", "withdraw"]),
  /** In the indicator's base unit (元, 家, %). */
  value: z.number().nullable(),
  /** The same figure in the indicator's display unit (亿元 for money). */
  displayValue: z.number().nullable(),
  displayUnit: z.string(),
  note: z.string().nullable(),
  explanation: z.string().nullable(),
  state: SubmissionState,
  /** Set while a returned submission waits as a draft: who returned it, when, and why. */
  returned: z.object({ by: z.string(), at: z.string(), comment: z.string() }).nullable(),
  /** Goes up with every change; approving or returning must name the version seen (else 409). */
  version: z.number().int(),
  dataValueId: z.number().int().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  submittedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type SubmissionResponse = z.infer<typeof SubmissionResponse>;

/** One figure a round asks of a place or body, with what is known of it. */
export const Assignment = z.object({
  indicatorCode: z.string(),
  indicatorNameZh: z.string(),
  indicatorNameEn: z.string(),
  placeCode: z.string(),
  placeNameZh: z.string(),
  placeNameEn: z.string(),
  bodyCode: z.string().nullable(),
  period: z.string(),
  displayUnit: z.string(),
  decimals: z.number().int(),
  /** Last period's approved figure, in the display unit. */
  previous: z.object({ period: z.string(), value: z.number() }).nullable(),
  /** This period's approved figure, in the display unit. */
  approved: z.object({ id: z.number().int(), value: z.number() }).nullable(),
  submission: SubmissionResponse.nullable(),
});
export type Assignment = z.infer<typeof Assignment>;

export const DraftEntry = z.object({
  indicatorCode: Code,
  placeCode: Code,
  bodyCode: Code.nullable().optional(),
  /** In `unit`, or in the indicator's display unit when `unit` is left out. */
  value: z.number().finite(),
  unit: z.string().max(20).optional(),
  note: text(2000).optional(),
  /** Why the figure moved so much from last period (asked for beyond the change bound). */
  explanation: text(2000).optional(),
});
export type DraftEntry = z.infer<typeof DraftEntry>;

export const SaveDraftsRequest = z.object({ entries: z.array(DraftEntry).min(1).max(5000) });
export type SaveDraftsRequest = z.infer<typeof SaveDraftsRequest>;

export const SubmitRequest = z.object({ ids: z.array(Id).max(5000).optional() });
export const ApproveRequest = z.object({ version: Id, comment: text(500).optional() });
export const ReturnRequest = z.object({ version: Id, comment: text(500).pipe(z.string().trim().min(1)) });
export const WithdrawRequest = z.object({ reason: text(500).pipe(z.string().trim().min(1)) });

export const SubmissionQuery = z.object({
  round: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  state: SubmissionState.optional(),
  place: Code.optional(),
  /** A page of up to `limit` (default 1000, at most 5000); the next from `cursor` (contract/pagination.ts). */
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
  cursor: PageQuery.shape.cursor,
});

/** A saved batch: how many rows, and what happened to them. */
export const BatchResponse = z.object({
  batchId: z.number().int().nullable(),
  rows: z.number().int(),
  created: z.number().int(),
  replaced: z.number().int(),
  unchanged: z.number().int(),
});
export type BatchResponse = z.infer<typeof BatchResponse>;

export const UnitProgress = z.object({
  kind: z.enum(["place", "body"]),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  expected: z.number().int(),
  draft: z.number().int(),
  returned: z.number().int(),
  submitted: z.number().int(),
  approved: z.number().int(),
  missing: z.number().int(),
  /** approved / expected. */
  completeness: z.number(),
  lastSubmittedAt: z.string().nullable(),
  /** Past the due date with figures still not submitted. */
  late: z.boolean(),
});
export type UnitProgress = z.infer<typeof UnitProgress>;

export const RoundOverview = z.object({
  round: RoundSummary,
  asOf: z.string(),
  totals: UnitProgress.pick({ expected: true, draft: true, returned: true, submitted: true, approved: true, missing: true, completeness: true }),
  units: z.array(UnitProgress),
  /** Who to remind: late units with what they still owe. */
  reminders: z.array(z.object({ kind: z.enum(["place", "body"]), code: z.string(), nameZh: z.string(), nameEn: z.string(), outstanding: z.number().int(), daysOverdue: z.number().int() })),
});
export type RoundOverview = z.infer<typeof RoundOverview>;

export const RollupQuery = z.object({ indicator: Code, period: PeriodText });
export const RollupResponse = z.object({
  indicatorCode: z.string(),
  period: z.string(),
  rows: z.array(
    z.object({
      placeCode: z.string(),
      placeNameZh: z.string(),
      /** Σ children (additive) or Σ numerator / Σ denominator × scale (ratio), base unit. */
      sum: z.number().nullable(),
      reported: z.number().nullable(),
      difference: z.number().nullable(),
      relativeDifference: z.number().nullable(),
      childCount: z.number().int(),
      childrenReporting: z.number().int(),
      missing: z.array(z.string()),
      complete: z.boolean(),
    }),
  ),
});
export type RollupResponse = z.infer<typeof RollupResponse>;
