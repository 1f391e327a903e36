/** HTTP routes of reporting rounds (填报轮次): open, list, show, change, publish, overview, and what a round asks of me. */
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { Assignment, CreateRoundRequest, RoundDetail, RoundOverview, RoundSummary, UpdateRoundRequest } from "../../contract/reporting.ts";
import type { App } from "../http/app-env.ts";
import { assertMay, placeTree, whoOf } from "../policies/authorize.ts";
import * as roundsService from "../services/rounds.service.ts";
import { roundOverview } from "../services/round-overview.service.ts";
import { listAssignments } from "../services/submissions.service.ts";
import { errors, json, pagedJson } from "./openapi-helpers.ts";
import { PageQuery } from "../../contract/pagination.ts";
import { respondPage } from "../http/pagination.ts";
import { TableExportQuery } from "../../contract/table-export.ts";
import { exportRoundOverview } from "../services/table-export.service.ts";
import { sendTable, tableFileResponse, tableLanguage } from "./table-export.helpers.ts";

/** Newest first: the negated id ascends. */
const RoundKey = z.tuple([z.number().int()]);

const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { "application/json": { schema } }, required: true } });
const IdParam = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
const tags = ["reporting"];

export function roundsRoutes(app: App) {
  app.openapi(
    createRoute({ method: "get", path: "/api/rounds", operationId: "listRounds", tags, summary: "Reporting rounds 填报轮次 (reporters and reviewers: those asking their places or bodies)", request: { query: PageQuery }, responses: { 200: pagedJson(z.array(RoundSummary), "Newest first"), ...errors(400) } }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "read_internal");
      const list = await roundsService.listRounds(c.get("db"), actor, await placeTree(c.get("db")));
      return c.json(respondPage(c, c.req.valid("query"), RoundKey, list, (r) => [-r.id] as [number]), 200);
    },
  );
  app.openapi(
    createRoute({ method: "post", path: "/api/rounds", operationId: "createRound", tags, summary: "Open a reporting round (plan office)", description: "A period (2025, 2026Q3, 2026-07), a due date, the indicators asked (each reported at the period's frequency) and the places or bodies asked.", request: body(CreateRoundRequest), responses: { 201: json(RoundDetail, "Opened") } }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "round_manage");
      return c.json(await roundsService.createRound(c.get("db"), c.req.valid("json"), whoOf(actor)), 201);
    },
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/rounds/{id}", operationId: "getRound", tags, summary: "A round with its indicators and units", request: { params: IdParam }, responses: { 200: json(RoundDetail, "The round"), ...errors(404) } }),
    async (c) => {
      assertMay(c.get("actor"), "read_internal");
      return c.json(await roundsService.getRound(c.get("db"), c.req.valid("param").id), 200);
    },
  );
  app.openapi(
    createRoute({ method: "patch", path: "/api/rounds/{id}", operationId: "updateRound", tags, summary: "Change a round: title, due date, note, close or reopen (plan office)", request: { params: IdParam, ...body(UpdateRoundRequest) }, responses: { 200: json(RoundDetail, "Changed"), ...errors(404) } }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "round_manage");
      return c.json(await roundsService.updateRound(c.get("db"), c.req.valid("param").id, c.req.valid("json"), whoOf(actor)), 200);
    },
  );
  app.openapi(
    createRoute({ method: "post", path: "/api/rounds/{id}/publish", operationId: "publishRound", tags, summary: "Publish a round (政务公开): its approved figures become public", request: { params: IdParam }, responses: { 200: json(RoundDetail, "Published"), ...errors(404, 409) } }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "round_manage");
      return c.json(await roundsService.publishRound(c.get("db"), c.req.valid("param").id, whoOf(actor)), 200);
    },
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/rounds/{id}/overview", operationId: "getRoundOverview", tags, summary: "Round overview 填报进度: who submitted, who is late, what awaits review, completeness; reminders", description: "As of now, or of `asOf` (YYYY-MM-DD, end of that day).", request: { params: IdParam, query: z.object({ asOf: z.iso.date().optional() }) }, responses: { 200: json(RoundOverview, "Per place or body"), ...errors(404) } }),
    async (c) => {
      assertMay(c.get("actor"), "read_internal");
      const asOf = c.req.valid("query").asOf;
      return c.json(await roundOverview(c.get("db"), c.req.valid("param").id, asOf ? new Date(`${asOf}T23:59:59`) : undefined), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/rounds/{id}/overview/export",
      operationId: "exportRoundOverview",
      tags,
      summary: "The round overview 填报进度 as .xlsx or CSV",
      description: "Per place or body: figures asked, approved, awaiting review, draft, returned, not entered, completeness, last submission, late; a total row; in .xlsx a second sheet of reminders. As of now, or of `asOf` (YYYY-MM-DD, end of that day). zh-CN headers unless `lang=en` (or Accept-Language: en). Same readers as the overview.",
      request: { params: IdParam, query: TableExportQuery.extend({ asOf: z.iso.date().optional() }) },
      responses: { 200: tableFileResponse, ...errors(404) },
    }),
    async (c) => {
      assertMay(c.get("actor"), "read_internal");
      const query = c.req.valid("query");
      return sendTable(c, await exportRoundOverview(c.get("db"), c.req.valid("param").id, { format: query.format, lang: tableLanguage(c, query), asOf: query.asOf ? new Date(`${query.asOf}T23:59:59`) : undefined }));
    },
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/rounds/{id}/assignments", operationId: "listRoundAssignments", tags, summary: "What the round asks of me 我的填报任务: each figure with last period's value, the approved value and my submission", request: { params: IdParam }, responses: { 200: json(z.array(Assignment), "One row per indicator and place or body in my scope"), ...errors(404) } }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "read_internal");
      return c.json(await listAssignments(c.get("db"), actor, await placeTree(c.get("db")), c.req.valid("param").id), 200);
    },
  );
}
