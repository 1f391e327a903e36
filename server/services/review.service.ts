/**
 * Reading a plan's review — its text, outline and statements — its decisions, and marking the plan
 * reviewed (status active), which is itself a recorded decision.
 */
import type { OutlineResponse } from "../../contract/documents.ts";
import type { CompleteReviewRequest, DecisionResponse, ReviewResponse } from "../../contract/review.ts";
import { Outline } from "../../core/outline/outline.ts";
import type { Db } from "../db/connect.ts";
import type { PlanRow } from "../db/schema.ts";
import { conflict, notFound } from "../errors/app-error.ts";
import * as plans from "../repositories/plans.repository.ts";
import * as review from "../repositories/review.repository.ts";
import { presentDecision, presentStatement } from "../presenters/review.presenter.ts";

async function requirePlan(db: Db, code: string): Promise<PlanRow> {
  const plan = await plans.findPlan(db, code);
  if (!plan) throw notFound("code", `规划“${code}”不存在`, `plan "${code}" does not exist`);
  return plan;
}

/** The review screen's data: the plan, its document text and outline, every statement. */
export async function getReview(db: Db, code: string): Promise<ReviewResponse> {
  const plan = await requirePlan(db, code);
  const document = plan.document_id !== null ? await plans.findDocument(db, plan.document_id) : undefined;
  const outline = document?.outline ? Outline.safeParse(document.outline) : null;
  return {
    plan: { code: plan.code, titleZh: plan.title_zh, titleEn: plan.title_en, status: plan.status as ReviewResponse["plan"]["status"], periodStart: plan.period_start, periodEnd: plan.period_end, placeCode: plan.place_code, documentKind: (document?.kind ?? "plan") as ReviewResponse["plan"]["documentKind"], documentYear: document?.year ?? null },
    file: document?.file_name ?? null,
    text: document?.text ?? "",
    outline: outline?.success ? outline.data : null,
    statements: (await review.findStatements(db, code)).map(presentStatement),
  };
}

/** The outline stored with the plan's document (null for a plan loaded without one). */
export async function getOutline(db: Db, code: string): Promise<OutlineResponse | null> {
  return (await getReview(db, code)).outline;
}

/** Every decision taken on the plan, oldest first. */
export async function listDecisions(db: Db, code: string): Promise<DecisionResponse[]> {
  await requirePlan(db, code);
  return (await review.findDecisions(db, code)).map(presentDecision);
}

/**
 * Marks the plan reviewed: its status becomes active. Refused while statements are pending, unless
 * the request closes them as rejected — each closing is a decision of its own.
 */
export async function completeReview(db: Db, code: string, request: CompleteReviewRequest, reviewer: string): Promise<DecisionResponse> {
  return db.transaction().execute(async (tx) => {
    const plan = await requirePlan(tx, code);
    if (plan.status === "active") throw conflict("code", `规划“${code}”已审核完成`, `plan "${code}" is already reviewed`);
    if (plan.status === "withdrawn") throw conflict("code", `规划“${code}”已撤回`, `plan "${code}" has been withdrawn`);
    const pending = (await review.findStatements(tx, code)).filter((s) => s.state === "pending");
    if (pending.length > 0 && request.closePending !== "reject") {
      throw conflict(
        "closePending",
        `还有 ${pending.length} 条语句待审核：请先逐条处理，或确认将其全部驳回后完成审核`,
        `${pending.length} statements are still pending: decide on them, or confirm closing them as rejected`,
      );
    }
    for (const statement of pending) {
      await review.updateStatement(tx, statement.id, { state: "rejected", updated_at: new Date() });
      await review.insertDecision(tx, { plan_code: code, statement_id: statement.id, action: "reject", before: JSON.stringify({ state: "pending" }), after: JSON.stringify({ state: "rejected", closedAtCompletion: true }), decided_by: reviewer });
    }
    await review.setPlanStatus(tx, code, "active");
    const decision = await review.insertDecision(tx, { plan_code: code, statement_id: null, action: "complete", before: JSON.stringify({ status: plan.status }), after: JSON.stringify({ status: "active", closedAsRejected: pending.length }), decided_by: reviewer });
    return presentDecision(decision);
  });
}
