/** HTTP routes of data values: list (the public sees approved, published figures only), direct entry by the plan office, history. */
import { createRoute } from "@hono/zod-openapi";
import type { App } from "../http/app-env.ts";
import { z } from "zod";
import { CreateDataValueRequest, DataValueResponse, DataValueRevision } from "../../contract/values.ts";
import type { Db } from "../db/connect.ts";
import { assertMay, whoOf } from "../policies/authorize.ts";
import * as values from "../services/values.service.ts";
import { json, errors, pagedJson } from "./openapi-helpers.ts";
import { PageQuery } from "../../contract/pagination.ts";
import { decodeCursor, linkNextPage, pageOf } from "../http/pagination.ts";

const ValueKey = z.tuple([z.string(), z.string(), z.string()]);

const Code = z.string().max(64).optional();

export function valuesRoutes(app: App, db: Db) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/values",
      operationId: "listValues",
      tags: ["values"],
      summary: "List data values 指标数据",
      description:
        "Signed out: approved, published figures only. By indicator, place and period, at most `limit` (default 1000, at most 10000) a page; the next page from `cursor` (X-Next-Cursor or Link rel=\"next\" of this one). `offset` is still read, after the cursor, but skipping rows costs reading them: page with the cursor.",
      request: {
        query: z.object({
          indicator: Code,
          place: Code,
          period: z.string().max(16).optional(),
          status: z.enum(["approved", "withdrawn"]).optional(),
          limit: z.coerce.number().int().min(1).max(10_000).default(1000),
          offset: z.coerce.number().int().min(0).max(100_000_000).default(0),
          cursor: PageQuery.shape.cursor,
        }),
      },
      responses: { 200: pagedJson(z.array(DataValueResponse), "Matching values"), ...errors(400) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const publicOnly = c.get("actor") === null;
      const after = decodeCursor(q.cursor, ValueKey);
      const rows = await values.listValues(db, { indicatorCode: q.indicator, placeCode: q.place, period: q.period, status: q.status, publishedOnly: publicOnly, limit: q.limit + 1, offset: q.offset, after });
      const page = pageOf(rows, q.limit, (v) => [v.indicatorCode, v.placeCode, v.period]);
      linkNextPage(c, page.next);
      return c.json(page.items, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/values",
      operationId: "createValue",
      tags: ["values"],
      summary: "Enter an approved data value directly 录入数据 (plan office)",
      description:
        "For the plan office and administrators; districts report through rounds (/api/submissions). Validated against the indicator: it must exist, the period must fit its periodicity, a share must lie in 0–100, counts and amounts must not be negative. A value for an indicator, place and period that already has one replaces it; both stay in the history, with who entered them. Nothing is stored when any check fails.",
      request: { body: { content: { "application/json": { schema: CreateDataValueRequest } }, required: true } },
      responses: { 201: json(DataValueResponse, "Stored") },
    }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "value_enter");
      const { value } = await values.createDataValue(db, c.req.valid("json"), whoOf(actor));
      return c.json(value, 201);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/values/{id}/history",
      operationId: "getValueHistory",
      tags: ["values"],
      summary: "Every revision of a data value, with who changed it and why",
      request: { params: z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) }) },
      responses: { 200: json(z.array(DataValueRevision), "Revisions, oldest first"), ...errors(404) },
    }),
    async (c) => c.json(await values.getValueHistory(db, c.req.valid("param").id), 200),
  );
}
