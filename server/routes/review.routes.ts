/** HTTP routes of review: a plan's statements with its text and outline, decisions, marking it reviewed, 规划衔接. */
import { createRoute } from "@hono/zod-openapi";
import type { App } from "../http/app-env.ts";
import { z } from "zod";
import { AlignmentResponse } from "../../contract/alignment.ts";
import { ClassifyDocumentRequest, ClassifyDocumentResponse, CompleteReviewRequest, DecisionResponse, ReviewAction, ReviewActionResponse, ReviewResponse } from "../../contract/review.ts";
import type { Db } from "../db/connect.ts";
import { alignPlans } from "../services/alignment.service.ts";
import { decideStatement } from "../services/review-decision.service.ts";
import { completeReview, getReview, listDecisions } from "../services/review.service.ts";
import { error, errors, json } from "./openapi-helpers.ts";
import { assertMay, whoOf } from "../policies/authorize.ts";
import { classifyDocument } from "../services/document-kind.service.ts";
import { StatementState } from "../../contract/review.ts";
import { TableExportQuery } from "../../contract/table-export.ts";
import { exportReview } from "../services/table-export.service.ts";
import { sendTable, tableFileResponse, tableLanguage } from "./table-export.helpers.ts";

const PlanParams = z.object({ code: z.string() });

export function reviewRoutes(app: App, db: Db) {
  app.openapi(
    createRoute({ method: "get", path: "/api/plans/{code}/review", operationId: "getPlanReview", tags: ["review"], summary: "A plan's text, outline and extracted statements 审核", request: { params: PlanParams }, responses: { 200: json(ReviewResponse, "What the review screen shows"), ...errors(404) } }),
    async (c) => c.json(await getReview(db, c.req.valid("param").code), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/plans/{code}/review/export",
      operationId: "exportPlanReview",
      tags: ["review"],
      summary: "The review list as .xlsx or CSV 导出审核清单",
      description: "Every statement extracted from the plan's document (or those in `state`), in document order: type, state, indicator as written and the linked catalogue indicator, comparator, value, unit, year, baseline, scope and the source sentence. zh-CN headers unless `lang=en` (or Accept-Language: en). Readable by whoever may read the review.",
      request: { params: PlanParams, query: TableExportQuery.extend({ state: StatementState.optional() }) },
      responses: { 200: tableFileResponse, ...errors(404) },
    }),
    async (c) => {
      const query = c.req.valid("query");
      return sendTable(c, await exportReview(db, c.req.valid("param").code, { format: query.format, lang: tableLanguage(c, query), state: query.state }));
    },
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/plans/{code}/decisions", operationId: "listPlanDecisions", tags: ["review"], summary: "Every review decision on a plan, with who took it", request: { params: PlanParams }, responses: { 200: json(z.array(DecisionResponse), "Decisions, oldest first"), ...errors(404) } }),
    async (c) => c.json(await listDecisions(db, c.req.valid("param").code), 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/statements/{id}/decisions",
      operationId: "decideStatement",
      tags: ["review"],
      summary: "Decide on a statement: accept, edit, reject, merge, link, create_indicator",
      description:
        "Accepting a target adds it to the plan's targets with its source span; accepting an actual stores an approved data value whose source is the span. Rejecting or merging an accepted statement removes what it created. A statement must be linked to an indicator and have a year before it is accepted; errors name the field. Needs the plan office or an administrator; the decision is recorded with the signed-in person.",
      request: { params: z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) }), body: { content: { "application/json": { schema: ReviewAction } }, required: true } },
      responses: { 200: json(ReviewActionResponse, "The statement after the decision, and the decision recorded"), 409: error("Indicator code already exists"), ...errors(404) },
    }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "plan_manage");
      return c.json(await decideStatement(db, c.req.valid("param").id, c.req.valid("json"), actor.username), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/plans/{code}/review/complete",
      operationId: "completePlanReview",
      tags: ["review"],
      summary: "Mark a plan reviewed (status active)",
      description: "Asks for `confirm: true`. Refused (409, with the count) while statements are still pending, unless `closePending: \"reject\"` closes them as rejected, each a recorded decision. Recorded with the signed-in person.",
      request: { params: PlanParams, body: { content: { "application/json": { schema: CompleteReviewRequest } }, required: true } },
      responses: { 200: json(DecisionResponse, "The decision recorded"), 409: error("Statements still pending"), ...errors(404) },
    }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "plan_manage");
      return c.json(await completeReview(db, c.req.valid("param").code, c.req.valid("json"), actor.username), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/plans/{code}/document",
      operationId: "classifyPlanDocument",
      tags: ["review"],
      summary: "Correct the document's kind (plan 规划 / report 工作报告) and year",
      description:
        "A report's year dates its figures: its targets are that year's, its actuals the year before's. The plan's period follows; pending statements whose year came from the old reading take the new one (listed in the answer), decided statements keep theirs. A report needs its year (422 naming `year`). Needs the plan office or an administrator; recorded as a review decision and in the audit log with the signed-in person.",
      request: { params: PlanParams, body: { content: { "application/json": { schema: ClassifyDocumentRequest } }, required: true } },
      responses: { 200: json(ClassifyDocumentResponse, "The document's kind and year after the correction"), 409: error("Plan withdrawn"), ...errors(404) },
    }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "plan_manage");
      return c.json(await classifyDocument(db, c.req.valid("param").code, c.req.valid("json"), whoOf(actor)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/plans/{code}/alignment",
      operationId: "getPlanAlignment",
      tags: ["review"],
      summary: "规划衔接: a plan's targets against another plan's",
      description: "For the indicators both plans set targets for: consistent, more ambitious, weaker or not comparable (with the reason), for the lower plan against the higher one; different target years compare on the projected path or the required annual growth; different places are stated.",
      request: { params: PlanParams, query: z.object({ with: z.string().min(1) }) },
      responses: { 200: json(AlignmentResponse, "Target pairs by shared indicator"), ...errors(404) },
    }),
    async (c) => c.json(await alignPlans(db, c.req.valid("param").code, c.req.valid("query").with), 200),
  );
}
