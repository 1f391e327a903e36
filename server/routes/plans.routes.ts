/** HTTP routes of plans: list, detail, source text, target progress, a target's base-period value. */
import { createRoute } from "@hono/zod-openapi";
import type { App } from "../http/app-env.ts";
import { z } from "zod";
import { PlanDetail, PlanSummary, SetTargetBaselineRequest, TargetBaselineResponse, TargetProgress } from "../../contract/plans.ts";
import { setTargetBaseline } from "../services/target-baseline.service.ts";
import type { Db } from "../db/connect.ts";
import * as plans from "../services/plans.service.ts";
import { withdrawPlan } from "../services/plan-withdrawal.service.ts";
import { assertMay, whoOf } from "../policies/authorize.ts";
import { WithdrawPlanRequest } from "../../contract/documents.ts";
import type { Context } from "hono";
import type { AppEnv } from "../http/app-env.ts";

const audience = (c: Context<AppEnv>) => (c.get("actor") ? "internal" : "public") as plans.Audience;
import { json, errors, pagedJson } from "./openapi-helpers.ts";
import { TableExportQuery } from "../../contract/table-export.ts";
import { exportPlanProgress } from "../services/table-export.service.ts";
import { sendTable, tableFileResponse, tableLanguage } from "./table-export.helpers.ts";
import { PageQuery } from "../../contract/pagination.ts";
import { decodeCursor, linkNextPage } from "../http/pagination.ts";

const PlanKey = z.tuple([z.number().int(), z.string()]);

const PlanParams = z.object({ code: z.string().max(80) });

export function plansRoutes(app: App, db: Db) {
  app.openapi(
    createRoute({ method: "get", path: "/api/plans", operationId: "listPlans", tags: ["plans"], summary: "List plans 规划列表", description: "By period start and code, a page at a time (see `limit` and `cursor`).", request: { query: PageQuery }, responses: { 200: pagedJson(z.array(PlanSummary), "Plans with their targets' status counts"), ...errors(400) } }),
    async (c) => {
      const { limit, cursor } = c.req.valid("query");
      const page = await plans.listPlans(db, audience(c), { limit, after: decodeCursor(cursor, PlanKey) });
      linkNextPage(c, page.next);
      return c.json(page.items, 200);
    },
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/plans/{code}", operationId: "getPlan", tags: ["plans"], summary: "One plan", request: { params: PlanParams }, responses: { 200: json(PlanDetail, "The plan"), ...errors(404) } }),
    async (c) => c.json(await plans.getPlan(db, c.req.valid("param").code, audience(c)), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/plans/{code}/text",
      operationId: "getPlanText",
      tags: ["plans"],
      summary: "The plan's source text as read (offsets of every span refer to it)",
      request: { params: PlanParams },
      responses: { 200: json(z.object({ file: z.string().nullable(), text: z.string() }), "Source text"), ...errors(404) },
    }),
    async (c) => c.json(await plans.getPlanText(db, c.req.valid("param").code, audience(c)), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/plans/{code}/progress",
      operationId: "getPlanProgress",
      tags: ["plans"],
      summary: "Progress of every target 目标进展",
      description: "For each target: baseline, target, latest approved value, completion, required and realised annual growth, projection to the target year, status.",
      request: { params: PlanParams, query: z.object({ asOf: z.coerce.number().int().min(1900).max(2200).optional() }) },
      responses: { 200: json(z.array(TargetProgress), "One entry per target"), ...errors(404) },
    }),
    async (c) => c.json(await plans.getPlanProgress(db, c.req.valid("param").code, c.req.valid("query").asOf, audience(c)), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/plans/{code}/progress/export",
      operationId: "exportPlanProgress",
      tags: ["plans"],
      summary: "The progress table as .xlsx or CSV 导出目标进展",
      description: "The dashboard's table: indicator, attribute, unit, baseline and its year, target and its year, latest value and its year, completion, status, required and realised annual growth, projection and its model. Figures in each indicator's display unit, numbers kept as numbers with number formats; zh-CN headers unless `lang=en` (or Accept-Language: en). Readable by whoever may read the plan's progress.",
      request: { params: PlanParams, query: TableExportQuery.extend({ asOf: z.coerce.number().int().min(1900).max(2200).optional() }) },
      responses: { 200: tableFileResponse, ...errors(404) },
    }),
    async (c) => {
      const query = c.req.valid("query");
      return sendTable(c, await exportPlanProgress(db, c.req.valid("param").code, { format: query.format, lang: tableLanguage(c, query), asOf: query.asOf, audience: audience(c) }));
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/plans/{code}/withdraw",
      operationId: "withdrawPlan",
      tags: ["plans"],
      summary: "Withdraw a plan 撤回规划 (plan office)",
      description: "The plan leaves the lists, the public and the dashboards and stays stored; who, when and why are recorded.",
      request: { params: PlanParams, body: { content: { "application/json": { schema: WithdrawPlanRequest } }, required: true } },
      responses: { 200: json(z.object({ code: z.string(), status: z.literal("withdrawn") }), "Withdrawn"), ...errors(404, 409) },
    }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "plan_manage");
      return c.json(await withdrawPlan(db, c.req.valid("param").code, c.req.valid("json").reason, whoOf(actor)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/targets/{id}/baseline",
      operationId: "setTargetBaseline",
      tags: ["plans"],
      summary: "Enter a target's base-period value 补充基期值 (plan office)",
      description: "A relative target (翻番, 双倍增, 年均增长, 新增) is assessed once its baseline is known. Value in the indicator's base unit; the year must precede the target year. Audited.",
      request: {
        params: z.object({ id: z.coerce.number().int().min(1).max(2147483647) }),
        body: { content: { "application/json": { schema: SetTargetBaselineRequest } }, required: true },
      },
      responses: { 200: json(TargetBaselineResponse, "The baseline stored, and the one it replaced"), ...errors(404) },
    }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "plan_manage");
      return c.json(await setTargetBaseline(db, c.req.valid("param").id, c.req.valid("json"), whoOf(actor)), 200);
    },
  );
}
