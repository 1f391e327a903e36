/** HTTP routes of plan documents: import (multipart or JSON with base64 bytes) and a plan's outline. */
import { createRoute } from "@hono/zod-openapi";
import type { App } from "../http/app-env.ts";
import { z } from "zod";
import { ImportDocumentForm, ImportDocumentJson, ImportDocumentResponse, OutlineResponse } from "../../contract/documents.ts";
import type { Db } from "../db/connect.ts";
import { invalidField } from "../errors/app-error.ts";
import { importDocument } from "../services/document-import.service.ts";
import { getOutline } from "../services/review.service.ts";
import { requirePlan } from "../services/plans.service.ts";
import { error, errors, json } from "./openapi-helpers.ts";
import { assertMay } from "../policies/authorize.ts";

/** The file and options of an import, from whichever body the client sent. */
async function importInput(reviewer: string, body: { json?: ImportDocumentJson; form?: z.infer<typeof ImportDocumentForm> }) {
  if (body.json) {
    const bytes = Uint8Array.from(Buffer.from(body.json.contentBase64, "base64"));
    return { fileName: body.json.fileName, bytes, code: body.json.code, parentCode: body.json.parentCode, reviewer };
  }
  const file: unknown = body.form?.file;
  if (!(file instanceof File)) throw invalidField("file", "请选择要导入的文件（字段 file）", "choose a file to import (field file)");
  const code = body.form?.code || undefined;
  if (code !== undefined && !/^[a-z0-9][a-z0-9_.-]*$/.test(code)) throw invalidField("code", "规划代码只能包含小写字母、数字、“.”“_”“-”", "plan code: lowercase letters, digits, '.', '_' or '-'");
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), code, parentCode: body.form?.parentCode || undefined, reviewer };
}

export function documentsRoutes(app: App, db: Db) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/documents",
      operationId: "importDocument",
      tags: ["documents"],
      summary: "Import a plan document 导入规划文件",
      description:
        "Accepts .txt (UTF-8 or GB18030), .docx and .html. Creates the document (full text kept), a plan pending review with the metadata found in the text, its outline and every extracted statement (pending), in one transaction. An empty, binary, undecodable or damaged file, a .docx that is not a zip, a file over the size limits, a .docx zip over its entry or inflated-size limits (checked while inflating), an HTML page nested too deep and a text too little of which is printable are refused (422) with a zh/en message naming the file and the limit, and nothing is stored. Needs the plan office or an administrator; the import is recorded with the signed-in person.",
      request: {
        body: {
          content: { "application/json": { schema: ImportDocumentJson }, "multipart/form-data": { schema: ImportDocumentForm } },
        },
      },
      responses: { 201: json(ImportDocumentResponse, "The plan created, pending review"), 409: error("Plan code already exists") },
    }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "plan_manage");
      const type = c.req.header("content-type") ?? "";
      const body = /json/i.test(type)
        ? { json: c.req.valid("json") as ImportDocumentJson }
        : /multipart|form-urlencoded/i.test(type)
          ? { form: c.req.valid("form") as z.infer<typeof ImportDocumentForm> }
          : {};
      if (!body.json && !body.form) throw invalidField("file", "请以 multipart/form-data 或 JSON 上传文件", "send the file as multipart/form-data or JSON");
      return c.json(await importDocument(db, await importInput(actor.username, body)), 201);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/plans/{code}/outline",
      operationId: "getPlanOutline",
      tags: ["documents"],
      summary: "The outline of a plan's document 文档结构",
      request: { params: z.object({ code: z.string() }) },
      responses: { 200: json(OutlineResponse.nullable(), "章/节/（一）/1./专栏 tree with spans; null when the plan has no stored outline"), ...errors(404) },
    }),
    async (c) => {
      // The public reads the outline of published plans only.
      await requirePlan(db, c.req.valid("param").code, c.get("actor") ? "internal" : "public");
      return c.json(await getOutline(db, c.req.valid("param").code), 200);
    },
  );
}
