/** HTTP routes of 工作体系: a plan's tasks — drafting, listing, one task's detail, review decisions, division-table imports. */
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { DivisionImportResponse, TaskDecision, TaskDecisionResponse, TaskDetailResponse, TaskListQuery, TaskResponse } from "../../contract/tasks.ts";
import { AsOfQuery } from "../../contract/tasks.ts";
import type { App } from "../http/app-env.ts";
import { respondPage } from "../http/pagination.ts";
import { assertMay, whoOf } from "../policies/authorize.ts";
import { decideTask } from "../services/task-decision.service.ts";
import { importDivisionTable } from "../services/task-division.service.ts";
import { draftPlanTasks, getTaskDetail, listPlanTasks } from "../services/tasks.service.ts";
import { error, errors, json, pagedJson } from "./openapi-helpers.ts";
import { uploadBody, uploadedFile } from "./upload-helpers.ts";

const PlanParams = z.object({ code: z.string() });
const IdParam = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
const TaskKey = z.tuple([z.number().int(), z.number().int()]);
const tags = ["tasks"];

export function tasksRoutes(app: App) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/plans/{code}/tasks/draft",
      operationId: "draftPlanTasks",
      tags,
      summary: "Draft the plan's tasks from its outline 起草任务",
      description: "Under each chapter its sections are tasks, and so are the items of its 专栏 boxes; each keeps its span in the plan's text, the indicators its text names (the plan's targets on them are the targets it serves) and the bodies it names before 牵头 / 负责 / 配合 / 按职责分工 — matched to the catalogue, names it cannot match listed in `unmatchedBodies`. Tasks already drafted are kept as they are. Needs the plan office; recorded with the signed-in person.",
      request: { params: PlanParams },
      responses: { 200: json(z.array(TaskResponse), "Every task of the plan"), 409: error("The plan has no document"), ...errors(404) },
    }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "plan_manage");
      return c.json(await draftPlanTasks(c.get("db"), c.req.valid("param").code, whoOf(actor)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/plans/{code}/tasks",
      operationId: "listPlanTasks",
      tags,
      summary: "A plan's tasks with bodies, targets served, milestones, latest progress and standing 任务清单",
      description: "`standing` as of `asOf` (today by default): done (latest approved report 已完成), late (a milestone overdue, reported 滞后, or no report in the last round that asked its lead body) or on time.",
      request: { params: PlanParams, query: TaskListQuery },
      responses: { 200: pagedJson(z.array(TaskResponse), "Tasks in document order"), ...errors(404) },
    }),
    async (c) => {
      assertMay(c.get("actor"), "read_internal");
      const q = c.req.valid("query");
      const all = await listPlanTasks(c.get("db"), c.req.valid("param").code, q.asOf);
      return c.json(respondPage(c, q, TaskKey, all, (t) => [t.position, t.id] as [number, number]), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/tasks/{id}",
      operationId: "getTask",
      tags,
      summary: "One task with its progress reports and history 任务详情",
      request: { params: IdParam, query: AsOfQuery },
      responses: { 200: json(TaskDetailResponse, "The task"), ...errors(404) },
    }),
    async (c) => {
      assertMay(c.get("actor"), "read_internal");
      return c.json(await getTaskDetail(c.get("db"), c.req.valid("param").id, c.req.valid("query").asOf), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/tasks/{id}/decisions",
      operationId: "decideTask",
      tags,
      summary: "Decide on a drafted task: accept, edit, reject, merge, split",
      description: "Accept or edit may change the title, the lead and cooperating bodies (catalogue codes), the deadline and the annual goal. Merge closes the task into another of the plan (its milestones follow); split closes it into new tasks with the titles given, which keep its span and bodies. Needs the plan office; the decision is recorded in the audit log with the signed-in person.",
      request: { params: IdParam, body: { content: { "application/json": { schema: TaskDecision } }, required: true } },
      responses: { 200: json(TaskDecisionResponse, "The task after the decision, and any tasks a split created"), ...errors(404) },
    }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "plan_manage");
      return c.json(await decideTask(c.get("db"), c.req.valid("param").id, c.req.valid("json"), whoOf(actor)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/plans/{code}/tasks/import",
      operationId: "importTaskDivision",
      tags,
      summary: "Import a task division table 任务分工方案 (.xlsx, .csv, .docx, .html)",
      description: "Columns 序号, 任务, 牵头单位, 配合单位, 完成时限 and optionally 年度目标, under a header row found in the first five rows of any sheet or table. Each row's task must match one of the plan's tasks and each body name the catalogue (市科技局, 重庆市科学技术局 …). A file with any problem stores nothing; `error.details` lists every problem with its sheet, row and column. Otherwise every row's task gets its bodies, deadline (a milestone) and annual goal, in one transaction. Needs the plan office.",
      request: { params: PlanParams, ...uploadBody },
      responses: { 200: json(DivisionImportResponse, "Imported"), ...errors(404) },
    }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "plan_manage");
      const { fileName, bytes } = await uploadedFile(c);
      return c.json(await importDivisionTable(c.get("db"), c.req.valid("param").code, fileName, bytes, whoOf(actor)), 200);
    },
  );
}
