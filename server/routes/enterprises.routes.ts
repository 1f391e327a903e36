/**
 * HTTP routes of the enterprise registry (企业库): list and card, import, assessment by a rule pack,
 * the funnel and 培育库 of a place, registry snapshots and the generated sample registry. Never public:
 * reporters and reviewers read the places in their scopes, reporters import for them; the plan office
 * and administrators everything; leaders read.
 */
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { Assessment, AssessRequest, EnterpriseDetail, EnterpriseQuery, EnterpriseSummary, FunnelResponse, RegistryImportResponse, SnapshotRequest, SnapshotResponse } from "../../contract/enterprises.ts";
import { PageQuery } from "../../contract/pagination.ts";
import { may } from "../../core/access/index.ts";
import type { App } from "../http/app-env.ts";
import { decodeCursor, linkNextPage, pageOf } from "../http/pagination.ts";
import { assertMay, placeTree, whoOf } from "../policies/authorize.ts";
import { placeFunnel, takeSnapshot } from "../services/enterprise-funnel.service.ts";
import { importRegistry } from "../services/enterprise-import.service.ts";
import { assessFigures, getEnterprise, listEnterprises } from "../services/enterprises.service.ts";
import { errors, json, pagedJson } from "./openapi-helpers.ts";
import { uploadBody, uploadedFile } from "./upload-helpers.ts";

const tags = ["enterprises"];
const CITY = "500000";
const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { "application/json": { schema } }, required: true } });
const CodeParam = z.object({ code: z.string().min(1).max(32) });
const PlaceQuery = z.object({ place: z.string().max(64).default(CITY), on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() });

export function enterprisesRoutes(app: App) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/enterprises",
      operationId: "listEnterprises",
      tags,
      summary: "List enterprises of the registry 企业库",
      description: "By credit code, filtered by part of the name or code, a place (district, county or zone; 500000 for all) and a status held today. A reporter or reviewer must name a place in their scope. Rows from the generated registry carry `sample: true` (示例数据).",
      request: { query: EnterpriseQuery.extend(PageQuery.shape) },
      responses: { 200: pagedJson(z.array(EnterpriseSummary), "A page of enterprises"), ...errors(400, 401, 403) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const db = c.get("db");
      assertMay(c.get("actor"), "enterprise_read", { placeCode: q.place ?? CITY }, await placeTree(db));
      const after = decodeCursor(q.cursor, z.tuple([z.string()]));
      const rows = await listEnterprises(db, { q: q.q, placeCode: q.place, status: q.status, after: after?.[0], limit: q.limit + 1 });
      const page = pageOf(rows, q.limit, (e) => [e.creditCode]);
      linkNextPage(c, page.next);
      return c.json(page.items, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/enterprises/funnel",
      operationId: "getEnterpriseFunnel",
      tags,
      summary: "Funnel and 培育库 of a place",
      description: "Enterprises holding each status at each year's end (real and sample apart) against the plan targets for 科技型企业 (tech-smes) and 高新技术企业 (hitech-enterprises); reported figures beside the latest registry snapshot's counts and their difference; 高企 certificates lapsing within 12 months of `on`; enterprises that would qualify next year on current trends, ranked by how little they lack.",
      request: { query: PlaceQuery },
      responses: { 200: json(FunnelResponse, "The funnel"), ...errors(400, 401, 403) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const db = c.get("db");
      assertMay(c.get("actor"), "enterprise_read", { placeCode: q.place }, await placeTree(db));
      return c.json(await placeFunnel(db, q.place, q.on), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/enterprises/{code}",
      operationId: "getEnterprise",
      tags,
      summary: "An enterprise's card: years, statuses, both rule packs' assessments, history",
      request: { params: CodeParam },
      responses: { 200: json(EnterpriseDetail, "The enterprise"), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const db = c.get("db");
      assertMay(c.get("actor"), "enterprise_read");
      const card = await getEnterprise(db, c.req.valid("param").code);
      assertMay(c.get("actor"), "enterprise_read", { placeCode: card.placeCode }, await placeTree(db));
      return c.json(card, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/enterprises/import",
      operationId: "importEnterprises",
      tags,
      summary: "Import a registry table (.xlsx or .csv) 导入企业库",
      description: "One enterprise-year a row: 统一社会信用代码, 企业名称, 区县, 年度 and any of the figures (amounts in 万元), IP counts and status columns. Credit codes are checked against GB 32100. A file with any error stores nothing and lists every error by sheet, row, column and field; otherwise everything is written in one transaction, each enterprise's change in the audit log. A reporter imports enterprises of their scope only.",
      request: uploadBody,
      responses: { 201: json(RegistryImportResponse, "Imported"), ...errors(401, 403, 413, 415, 422) },
    }),
    async (c) => {
      const actor = c.get("actor");
      const db = c.get("db");
      assertMay(actor, "enterprise_manage");
      const tree = await placeTree(db);
      const { fileName, bytes } = await uploadedFile(c);
      return c.json(await importRegistry(db, bytes, fileName, whoOf(actor), (place) => may(actor, "enterprise_manage", { placeCode: place }, tree)), 201);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/enterprises/assess",
      operationId: "assessEnterprise",
      tags,
      summary: "Assess figures by a rule pack (科技型中小企业评价 or 高新技术企业 self-check); nothing stored",
      description: "tech-sme: 国科发政〔2017〕115号 as applied under 国科火字〔2022〕67号, on the latest year sent. high-tech: 国科发火〔2016〕32号 and 195号, on up to three years. Every condition and score item comes with the figures it used, its verdict and what would change it; judged parts are entered in `judgements` and listed in `judgedParts`.",
      request: body(AssessRequest),
      responses: { 200: json(Assessment, "The assessment"), ...errors(400, 401, 403) },
    }),
    async (c) => {
      assertMay(c.get("actor"), "enterprise_read");
      return c.json(assessFigures(c.req.valid("json")), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/enterprises/snapshots",
      operationId: "takeRegistrySnapshot",
      tags,
      summary: "Count the registry on a date (plan office)",
      description: "Counts per place and year kept with the snapshot. For the real registry (`sample: false`), the counts become approved figures whose source names the snapshot wherever no reported or imported figure exists for the indicator, place and period; where one exists both are kept and the funnel shows the difference. A sample snapshot's counts never become figures.",
      request: body(SnapshotRequest),
      responses: { 201: json(SnapshotResponse, "The snapshot"), ...errors(401, 403) },
    }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "value_enter");
      return c.json(await takeSnapshot(c.get("db"), c.req.valid("json"), whoOf(actor)), 201);
    },
  );
}

