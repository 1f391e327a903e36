/**
 * Request and response shapes of reviewing a plan's extracted statements (accept, edit, reject,
 * merge, link to an indicator or create one) and of the decisions recorded with who took them.
 */
import { z } from "zod";
import { Indicator, Measure } from "../core/indicators/indicator.ts";
import { OutlineResponse } from "./documents.ts";
import { PlanStatus, PlanSummary } from "./plans.ts";
import { DocumentKind } from "../core/documents/document-kind.ts";
import { Comparator, TargetKind } from "../core/targets/target.ts";

export const StatementState = z.enum(["pending", "accepted", "rejected", "merged"]);
export type StatementState = z.infer<typeof StatementState>;

export const StatementResponse = z.object({
  id: z.number().int(),
  position: z.number().int(),
  type: z.enum(["target", "actual"]),
  /** JavaScript string offsets into the plan's text, end exclusive. */
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  comparator: Comparator,
  kind: TargetKind,
  year: z.number().int().nullable(),
  perYear: z.boolean(),
  cumulative: z.boolean(),
  baselineValue: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  scope: z.string().nullable(),
  indicatorText: z.string(),
  state: StatementState,
  mergedInto: z.number().int().nullable(),
  indicatorCode: z.string().nullable(),
  placeCode: z.string().nullable(),
  targetId: z.number().int().nullable(),
  dataValueId: z.number().int().nullable(),
});
export type StatementResponse = z.infer<typeof StatementResponse>;

export const ReviewResponse = z.object({
  plan: PlanSummary.pick({ code: true, titleZh: true, titleEn: true, status: true, periodStart: true, periodEnd: true, placeCode: true, documentKind: true, documentYear: true }),
  file: z.string().nullable(),
  text: z.string(),
  outline: OutlineResponse.nullable(),
  statements: z.array(StatementResponse),
});
export type ReviewResponse = z.infer<typeof ReviewResponse>;

/** Fields a reviewer may correct before accepting. */
export const StatementChanges = z.object({
  value: z.number().finite().optional(),
  valueMax: z.number().finite().nullable().optional(),
  unit: z.string().max(40).optional(),
  year: z.number().int().min(1949).max(2100).optional(),
  comparator: Comparator.optional(),
  kind: TargetKind.optional(),
});
export type StatementChanges = z.infer<typeof StatementChanges>;

/** A new catalogue indicator made from a statement. */
export const NewIndicator = Indicator.pick({ code: true, nameZh: true, nameEn: true, unit: true, measure: true }).extend({ measure: Measure });
export type NewIndicator = z.infer<typeof NewIndicator>;


/** Body of POST /api/statements/{id}/decisions: one review action. */
export const ReviewAction = z.discriminatedUnion("action", [
  z.object({ action: z.literal("edit"), changes: StatementChanges }),
  z.object({ action: z.literal("accept"), changes: StatementChanges.optional(), indicatorCode: z.string().optional(), placeCode: z.string().optional() }),
  z.object({ action: z.literal("reject") }),
  z.object({ action: z.literal("merge"), into: z.number().int().min(1).max(2_147_483_647) }),
  z.object({ action: z.literal("link"), indicatorCode: z.string().min(1), placeCode: z.string().optional() }),
  z.object({ action: z.literal("create_indicator"), indicator: NewIndicator }),
]);
export type ReviewAction = z.infer<typeof ReviewAction>;
export type ReviewActionName = ReviewAction["action"] | "import" | "complete";

export const DecisionResponse = z.object({
  id: z.number().int(),
  statementId: z.number().int().nullable(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});
export type DecisionResponse = z.infer<typeof DecisionResponse>;

export const ReviewActionResponse = z.object({ statement: StatementResponse, decision: DecisionResponse });
export type ReviewActionResponse = z.infer<typeof ReviewActionResponse>;

/**
 * Body of PATCH /api/plans/{code}/document: the reviewer's correction of what the document was
 * recognised as. A report needs its year (its goals are that year's, its results the year before's).
 */
export const ClassifyDocumentRequest = z.object({
  kind: DocumentKind,
  year: z.number().int().min(1949).max(2100).nullable(),
});
export type ClassifyDocumentRequest = z.infer<typeof ClassifyDocumentRequest>;

/** The document's kind and year after the correction, the plan's period, and the pending statements whose year moved with it. */
export const ClassifyDocumentResponse = z.object({
  documentKind: DocumentKind,
  documentYear: z.number().int().nullable(),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  /** Pending statements whose year came from the old reading and now follows the new one. */
  movedStatements: z.array(z.object({ id: z.number().int(), from: z.number().int().nullable(), to: z.number().int().nullable() })),
  decision: DecisionResponse,
});
export type ClassifyDocumentResponse = z.infer<typeof ClassifyDocumentResponse>;

/** Body of POST /api/plans/{code}/review/complete. */
/** Completing a plan's review: confirmed, and what to do with statements still pending. */
export const CompleteReviewRequest = z.object({
  confirm: z.literal(true, { message: "confirm must be true: completing the review makes the plan's accepted targets count" }),
  /** Close the statements still pending as rejected; without it, pending statements refuse the completion. */
  closePending: z.literal("reject").optional(),
});
export type CompleteReviewRequest = z.infer<typeof CompleteReviewRequest>;
