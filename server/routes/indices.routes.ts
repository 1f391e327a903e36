/** HTTP routes of index definitions (评价指数): list, show, create, update, import from CSV, export. */
import { createRoute } from "@hono/zod-openapi";
import type { App } from "../http/app-env.ts";
import { z } from "zod";
import { ExportTable, ImportIndexRequest, IndexDefinitionResponse, IndexDefinitionSummary, SaveIndexDefinitionRequest } from "../../contract/indices.ts";
import type { Db } from "../db/connect.ts";
import * as indices from "../services/indices.service.ts";
import { assertMay } from "../policies/authorize.ts";
import { exportIndexTable } from "../services/index-export.service.ts";
import { error, errors, json, pagedJson } from "./openapi-helpers.ts";
import { PageQuery } from "../../contract/pagination.ts";
import { respondPage } from "../http/pagination.ts";
import { requestLanguage } from "../errors/http.ts";

/** Templates first, then by code. */
const DefinitionKey = z.tuple([z.number().int(), z.string()]);

const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { "application/json": { schema } }, required: true } });
const codeParam = z.object({ code: z.string().min(1) });
const tags = ["indices"];

export function indicesRoutes(app: App, db: Db) {
  app.openapi(
    createRoute({ method: "get", path: "/api/indices", operationId: "listIndices", tags, summary: "List index definitions 评价指数", request: { query: PageQuery }, responses: { 200: pagedJson(z.array(IndexDefinitionSummary), "Definitions, templates first"), ...errors(400) } }),
    async (c) => c.json(respondPage(c, c.req.valid("query"), DefinitionKey, await indices.listDefinitions(db), (d) => [d.template ? 0 : 1, d.code] as [number, string]), 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/indices",
      operationId: "createIndex",
      tags,
      summary: "Create an index definition",
      description: "The tree and the pipeline are checked by the index engine (one root, parents one level up, known codes); nothing is stored when a check fails.",
      request: body(SaveIndexDefinitionRequest),
      responses: { 201: json(IndexDefinitionResponse, "Stored"), 409: error("Code taken") },
    }),
    async (c) => {
      assertMay(c.get("actor"), "index_manage");
      return c.json(await indices.createDefinition(db, c.req.valid("json")), 201);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/indices/import",
      operationId: "importIndex",
      tags,
      summary: "Import an index from COINr-style iData and iMeta CSV",
      description: "All or nothing: a bad row or cell is refused naming its table, row and column (`error.field` such as `iData[3].LPI`), and nothing is stored.",
      request: body(ImportIndexRequest),
      responses: { 201: json(IndexDefinitionResponse, "Stored with its data table"), 409: error("Code taken") },
    }),
    async (c) => {
      assertMay(c.get("actor"), "index_manage");
      return c.json(await indices.importDefinition(db, c.req.valid("json")), 201);
    },
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/indices/{code}", operationId: "getIndex", tags, summary: "An index definition with its tree and pipeline", request: { params: codeParam }, responses: { 200: json(IndexDefinitionResponse, "The definition"), ...errors(404) } }),
    async (c) => c.json(await indices.getDefinition(db, c.req.valid("param").code), 200),
  );
  app.openapi(
    createRoute({ method: "put", path: "/api/indices/{code}", operationId: "updateIndex", tags, summary: "Update an index definition", request: { params: codeParam, ...body(SaveIndexDefinitionRequest) }, responses: { 200: json(IndexDefinitionResponse, "Updated"), ...errors(404) } }),
    async (c) => {
      assertMay(c.get("actor"), "index_manage");
      return c.json(await indices.updateDefinition(db, c.req.valid("param").code, c.req.valid("json")), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/indices/{code}/export",
      operationId: "exportIndex",
      tags,
      summary: "Export iMeta, iData, pipeline or ranking",
      description: "Sample data carries its label: a DataNote column in CSV (数据说明 in the ranking), a `$comment` key in the pipeline JSON. The ranking is the table people read (node names as headers, in the Accept-Language); `GET …/ranking/export` gives it as .xlsx too, with rank intervals.",
      request: { params: codeParam, query: z.object({ table: ExportTable }) },
      responses: { 200: { content: { "text/csv": { schema: z.string() } }, description: "The file" }, ...errors(404) },
    }),
    async (c) => {
      const file = await exportIndexTable(db, c.req.valid("param").code, c.req.valid("query").table, requestLanguage(c));
      c.header("content-type", file.contentType);
      c.header("content-disposition", `attachment; filename="${file.fileName}"`);
      return c.body(file.text, 200);
    },
  );
}
