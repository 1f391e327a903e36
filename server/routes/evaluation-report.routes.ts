/** HTTP routes of a plan's evaluation report: the report model to preview and edit, and the .docx / PDF export. */
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { ReportExportRequest, ReportFormat, ReportModel, ReportQuery } from "../../contract/evaluation-report.ts";
import type { Db } from "../db/connect.ts";
import type { App } from "../http/app-env.ts";
import { buildPlanReport, CONTENT_TYPES, exportPlanReport } from "../services/evaluation-report.service.ts";
import { errors, json } from "./openapi-helpers.ts";

const tags = ["reports"];
const PlanParams = z.object({ code: z.string().max(80) });

export function evaluationReportRoutes(app: App, db: Db) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/plans/{code}/report",
      operationId: "getPlanReport",
      tags,
      summary: "A plan's evaluation report 评估报告 (总结评估 / 中期评估) as a model to preview",
      description: "Built from the targets' progress as of the evaluation date's year: title, 文号 line and blocks (headings, paragraphs of sentences with stable ids, tables, one chart per target). A final evaluation (总结评估) once the date is past the plan period, a mid-term one (中期评估) inside it. Anyone who may read the plan may read it; rankings are included for signed-in readers.",
      request: { params: PlanParams, query: ReportQuery },
      responses: { 200: json(ReportModel, "The report model"), ...errors(404) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await buildPlanReport(db, c.req.valid("param").code, { date: q.date, lang: q.lang ?? "zh", audience: c.get("actor") ? "internal" : "public" }), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/plans/{code}/report/{format}",
      operationId: "exportPlanReport",
      tags,
      summary: "The evaluation report as Word (.docx) or PDF 导出评估报告",
      description: "The same report as GET …/report, with the edited sentences of `edits` (sentence id → text) in place of the generated ones; an unknown sentence id is refused (422). Figures, tables and charts always come from the server. Nothing is stored; open to anyone who may read the plan.",
      request: { params: PlanParams.extend({ format: ReportFormat }), body: { content: { "application/json": { schema: ReportExportRequest } }, required: false } },
      responses: {
        200: { content: { [CONTENT_TYPES.docx]: { schema: z.string() }, [CONTENT_TYPES.pdf]: { schema: z.string() } }, description: "The report file" },
        ...errors(404),
      },
    }),
    async (c) => {
      const { code, format } = c.req.valid("param");
      const body = (c.req.header("content-type") ?? "").includes("json") ? c.req.valid("json") : {};
      const file = await exportPlanReport(db, code, format, { date: body.date, lang: body.lang ?? "zh", edits: body.edits, audience: c.get("actor") ? "internal" : "public" });
      c.header("content-type", file.contentType);
      c.header("content-disposition", `attachment; filename="report.${format}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
      return c.body(file.bytes as unknown as ArrayBuffer, 200);
    },
  );
}
