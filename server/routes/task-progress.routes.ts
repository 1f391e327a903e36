/** HTTP routes of task milestones, progress reports (报告进展, 审核) and 督办 (overdue milestones, the supervision list, a 督办单). */
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AsOfQuery, MilestoneChanges, MilestoneResponse, NewMilestone, OverdueResponse, ProgressDecisionRequest, ProgressListItem, ProgressQuery, ProgressRequest, ProgressResponse, ProgressReturnRequest, SupervisionDocxQuery, SupervisionResponse } from "../../contract/tasks.ts";
import { requestLanguage } from "../errors/http.ts";
import type { App } from "../http/app-env.ts";
import { respondPage } from "../http/pagination.ts";
import { assertMay, placeTree, whoOf } from "../policies/authorize.ts";
import { addMilestone, changeMilestone, listOverdue, supervisionDocx, supervisionOf } from "../services/supervision.service.ts";
import { approveProgress, listProgress, returnProgress, saveProgress } from "../services/task-progress.service.ts";
import { error, errors, json, pagedJson } from "./openapi-helpers.ts";

const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { "application/json": { schema } }, required: true } });
const IdParam = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
const PlanParams = z.object({ code: z.string() });
const tags = ["tasks"];
const stale = { 409: error("Someone else acted first (stale version), or the report is not in a state for this") };
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function taskProgressRoutes(app: App) {
  app.openapi(
    createRoute({ method: "post", path: "/api/tasks/{id}/milestones", operationId: "addTaskMilestone", tags, summary: "Add a milestone (date, deliverable) to a task 节点", description: "Needs the plan office; recorded in the task's history.", request: { params: IdParam, ...body(NewMilestone) }, responses: { 200: json(MilestoneResponse, "The milestone"), ...errors(404) } }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "plan_manage");
      return c.json(await addMilestone(c.get("db"), c.req.valid("param").id, c.req.valid("json"), whoOf(actor)), 200);
    },
  );
  app.openapi(
    createRoute({ method: "patch", path: "/api/milestones/{id}", operationId: "changeTaskMilestone", tags, summary: "Change a milestone's date or deliverable, or mark it done", description: "`doneOn` a date marks it done, null not done. Needs the plan office; recorded in the task's history.", request: { params: IdParam, ...body(MilestoneChanges) }, responses: { 200: json(MilestoneResponse, "The milestone"), ...errors(404) } }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "plan_manage");
      return c.json(await changeMilestone(c.get("db"), c.req.valid("param").id, c.req.valid("json"), whoOf(actor)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/tasks/{id}/progress",
      operationId: "saveTaskProgress",
      tags,
      summary: "Report progress on a task in a round 报告进展 (draft or submit)",
      description: "By a reporter of the task's lead body (others 403), for an open round that asks that body: a state (not_started 未启动, in_progress 推进中, done 已完成, late 滞后), a percent, a short text, evidence links and the milestones it says are done. One report per task and round: a draft or a returned report can be changed and submitted again; a submitted or approved one cannot (409).",
      request: { params: IdParam, ...body(ProgressRequest) },
      responses: { 200: json(ProgressResponse, "The report"), 409: error("Round closed, report already submitted, or the task has no lead body"), ...errors(404) },
    }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "value_report");
      return c.json(await saveProgress(c.get("db"), actor, await placeTree(c.get("db")), c.req.valid("param").id, c.req.valid("json")), 200);
    },
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/progress", operationId: "listTaskProgress", tags, summary: "Progress reports, by round, review state or plan", description: "Reporters and reviewers see their own bodies' reports only.", request: { query: ProgressQuery }, responses: { 200: pagedJson(z.array(ProgressListItem), "Reports, oldest first") } }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "read_internal");
      const q = c.req.valid("query");
      const all = await listProgress(c.get("db"), actor, { roundId: q.roundId, review: q.review, planCode: q.planCode });
      return c.json(respondPage(c, q, z.tuple([z.number().int()]), all, (p) => [p.id] as [number]), 200);
    },
  );
  app.openapi(
    createRoute({ method: "post", path: "/api/progress/{id}/approve", operationId: "approveTaskProgress", tags, summary: "Approve a submitted progress report 审核通过", description: "`version` is the version the reviewer saw; a stale one gets 409. Milestones the report names become done on its submission day.", request: { params: IdParam, ...body(ProgressDecisionRequest) }, responses: { 200: json(ProgressResponse, "Approved"), ...stale, ...errors(404) } }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "value_review");
      const { version, comment } = c.req.valid("json");
      return c.json(await approveProgress(c.get("db"), actor, await placeTree(c.get("db")), c.req.valid("param").id, version, comment), 200);
    },
  );
  app.openapi(
    createRoute({ method: "post", path: "/api/progress/{id}/return", operationId: "returnTaskProgress", tags, summary: "Return a submitted progress report with a comment 退回", description: "The reporter corrects it and submits again. `version` as for approval.", request: { params: IdParam, ...body(ProgressReturnRequest) }, responses: { 200: json(ProgressResponse, "Returned"), ...stale, ...errors(404) } }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "value_review");
      const { version, comment } = c.req.valid("json");
      return c.json(await returnProgress(c.get("db"), actor, await placeTree(c.get("db")), c.req.valid("param").id, version, comment), 200);
    },
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/plans/{code}/tasks/overdue", operationId: "listOverdueMilestones", tags, summary: "Milestones past their date and not done 逾期节点", description: "As of `asOf` (today by default): a milestone is listed when its date is before `asOf` and it was not done on or before `asOf`.", request: { params: PlanParams, query: AsOfQuery }, responses: { 200: json(OverdueResponse, "Overdue milestones, earliest first"), ...errors(404) } }),
    async (c) => {
      assertMay(c.get("actor"), "read_internal");
      return c.json(await listOverdue(c.get("db"), c.req.valid("param").code, c.req.valid("query").asOf), 200);
    },
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/plans/{code}/supervision", operationId: "getPlanSupervision", tags, summary: "The supervision list 督办清单: per lead body, what is late, since when, the last report", description: "Overdue milestones and tasks with no submitted or approved report in the last round (due by `asOf`) that asked their lead body.", request: { params: PlanParams, query: AsOfQuery }, responses: { 200: json(SupervisionResponse, "Late items by body"), ...errors(404) } }),
    async (c) => {
      assertMay(c.get("actor"), "read_internal");
      return c.json(await supervisionOf(c.get("db"), c.req.valid("param").code, c.req.valid("query").asOf), 200);
    },
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/plans/{code}/supervision/docx", operationId: "downloadSupervisionNotice", tags, summary: "A body's 督办单 (supervision notice) as .docx", description: "Names the body and lists each of its late items; laid out like the evaluation reports (GB/T 9704-like).", request: { params: PlanParams, query: SupervisionDocxQuery }, responses: { 200: { content: { [DOCX]: { schema: z.string() } }, description: "The notice" }, ...errors(404) } }),
    async (c) => {
      assertMay(c.get("actor"), "read_internal");
      const q = c.req.valid("query");
      const file = await supervisionDocx(c.get("db"), c.req.valid("param").code, q.body, q.asOf, q.lang ?? requestLanguage(c));
      c.header("content-type", DOCX);
      c.header("content-disposition", `attachment; filename="supervision.docx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
      return c.body(file.bytes as unknown as ArrayBuffer, 200);
    },
  );
}
