/** HTTP routes of submissions (填报与审核): save drafts, submit, list, approve, return, and withdraw an approved figure. */
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { ApproveRequest, BatchResponse, ReturnRequest, SaveDraftsRequest, SubmissionQuery, SubmissionResponse, SubmitRequest, WithdrawRequest } from "../../contract/reporting.ts";
import type { App } from "../http/app-env.ts";
import { assertMay, placeTree } from "../policies/authorize.ts";
import { approveSubmission, returnSubmission, withdrawApprovedValue } from "../services/approval.service.ts";
import { listSubmissions, saveDrafts, submitDrafts } from "../services/submissions.service.ts";
import { roundTemplate, uploadRoundFile } from "../services/report-template.service.ts";
import { importValues } from "../services/values-import.service.ts";
import { uploadBody, uploadedFile } from "./upload-helpers.ts";
import { whoOf } from "../policies/authorize.ts";
import { error, errors, json, pagedJson } from "./openapi-helpers.ts";
import { respondPage } from "../http/pagination.ts";

const SubmissionKey = z.tuple([z.string(), z.string(), z.string(), z.number().int()]);

const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { "application/json": { schema } }, required: true } });
const IdParam = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
const tags = ["reporting"];
const stale = { 409: error("Someone else acted first (stale version), or the figure is not in a state for this") };

export function submissionsRoutes(app: App) {
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/rounds/{id}/drafts",
      operationId: "saveRoundDrafts",
      tags,
      summary: "Save my figures of a round as drafts 保存草稿",
      description: "Values in the indicator's display unit (亿元 for money) unless `unit` says otherwise. Every entry is checked — scope, round, unit, periodicity, range, ratio parts, change from last period (beyond the bound it needs an explanation) — and nothing is saved when any fails; `error.details` lists every problem with its entry.",
      request: { params: IdParam, ...body(SaveDraftsRequest) },
      responses: { 200: json(BatchResponse, "Saved"), ...stale, ...errors(404) },
    }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "value_report");
      const entries = c.req.valid("json").entries.map((e, i) => ({ ...e, location: { row: i + 1 } }));
      return c.json(await saveDrafts(c.get("db"), actor, await placeTree(c.get("db")), c.req.valid("param").id, entries), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/rounds/{id}/template",
      operationId: "downloadRoundTemplate",
      tags,
      summary: "The round's spreadsheet template 填报模板 (.xlsx) of the figures asked of me, pre-filled",
      request: { params: IdParam },
      responses: { 200: { content: { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.string() } }, description: "The template" }, ...errors(404) },
    }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "read_internal");
      const file = await roundTemplate(c.get("db"), actor, await placeTree(c.get("db")), c.req.valid("param").id);
      c.header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      c.header("content-disposition", `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
      return c.body(file.bytes as unknown as ArrayBuffer, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/rounds/{id}/upload",
      operationId: "uploadRoundFile",
      tags,
      summary: "Upload a filled template (.xlsx or .csv) as my drafts 上传填报表",
      description: "Read as long format (指标, 地区, 期间, 数值, 单位, 备注, 说明; rows without a 数值 are skipped) and saved through the same checks as the form. A file with any error stores nothing and lists every error with its sheet, row and column.",
      request: { params: IdParam, ...uploadBody },
      responses: { 200: json(BatchResponse, "Saved as drafts"), ...stale, ...errors(404) },
    }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "value_report");
      const { fileName, bytes } = await uploadedFile(c);
      return c.json(await uploadRoundFile(c.get("db"), actor, await placeTree(c.get("db")), c.req.valid("param").id, bytes, fileName), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/values/import",
      operationId: "importValues",
      tags,
      summary: "Import a long-format file of figures as approved values 导入数据 (plan office)",
      description: "Columns 指标 (code or name), 地区 (code or name), 期间, 数值, optional 单位, 备注, 说明; values in the indicator's display unit unless 单位 says otherwise. Every row is validated first; a file with any error stores nothing and lists every error with its sheet, row and column. Written in one transaction.",
      request: uploadBody,
      responses: { 201: json(BatchResponse, "Imported") },
    }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "value_enter");
      const { fileName, bytes } = await uploadedFile(c);
      return c.json(await importValues(c.get("db"), bytes, fileName, whoOf(actor)), 201);
    },
  );
  app.openapi(
    createRoute({ method: "post", path: "/api/rounds/{id}/submit", operationId: "submitRoundDrafts", tags, summary: "Submit my drafts of a round for review 提交", request: { params: IdParam, ...body(SubmitRequest) }, responses: { 200: json(z.array(SubmissionResponse), "Submitted"), ...stale, ...errors(404) } }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "value_report");
      return c.json(await submitDrafts(c.get("db"), actor, await placeTree(c.get("db")), c.req.valid("param").id, c.req.valid("json").ids), 200);
    },
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/submissions", operationId: "listSubmissions", tags, summary: "Submissions 填报数据 (reporters and reviewers: in their scope)", request: { query: SubmissionQuery }, responses: { 200: pagedJson(z.array(SubmissionResponse), "Matching submissions by indicator, place, period"), ...errors(400) } }),
    async (c) => {
      const q = c.req.valid("query");
      const all = await listSubmissions(c.get("db"), c.get("actor")!, await placeTree(c.get("db")), { roundId: q.round, state: q.state, placeCode: q.place, limit: Number.MAX_SAFE_INTEGER });
      return c.json(respondPage(c, q, SubmissionKey, all, (s) => [s.indicatorCode, s.placeCode, s.period, s.id] as [string, string, string, number]), 200);
    },
  );
  app.openapi(
    createRoute({ method: "post", path: "/api/submissions/{id}/approve", operationId: "approveSubmission", tags, summary: "Approve a submitted figure 审核通过", description: "`version` is the version the reviewer saw; a stale one gets 409.", request: { params: IdParam, ...body(ApproveRequest) }, responses: { 200: json(SubmissionResponse, "Approved"), ...stale, ...errors(404) } }),
    async (c) => {
      const { version, comment } = c.req.valid("json");
      return c.json(await approveSubmission(c.get("db"), c.get("actor")!, await placeTree(c.get("db")), c.req.valid("param").id, version, comment), 200);
    },
  );
  app.openapi(
    createRoute({ method: "post", path: "/api/submissions/{id}/return", operationId: "returnSubmission", tags, summary: "Return a submitted figure to its reporter with a comment 退回", request: { params: IdParam, ...body(ReturnRequest) }, responses: { 200: json(SubmissionResponse, "Back to draft"), ...stale, ...errors(404) } }),
    async (c) => {
      const { version, comment } = c.req.valid("json");
      return c.json(await returnSubmission(c.get("db"), c.get("actor")!, await placeTree(c.get("db")), c.req.valid("param").id, version, comment), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/values/{id}/withdraw",
      operationId: "withdrawValue",
      tags,
      summary: "Withdraw an approved figure 撤回数据",
      description: "The plan office withdraws at once; a reporter in scope asks for it and a reviewer approves the request. The figure is never deleted: it stays in its history, marked withdrawn, out of monitoring and the public.",
      request: { params: IdParam, ...body(WithdrawRequest) },
      responses: { 200: json(z.object({ submission: SubmissionResponse.nullable(), withdrawn: z.boolean() }), "Withdrawn, or the request submitted"), ...stale, ...errors(404) },
    }),
    async (c) => c.json(await withdrawApprovedValue(c.get("db"), c.get("actor")!, await placeTree(c.get("db")), c.req.valid("param").id, c.req.valid("json").reason), 200),
  );
}
