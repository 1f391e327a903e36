/** HTTP routes of data values: list, add, history. */
import { OpenAPIHono, createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { CreateDataValueRequest, DataValueResponse, DataValueRevision } from "../../contract/values.ts";
import type { Db } from "../db/connect.ts";
import * as values from "../services/values.service.ts";
import { json, errorResponses } from "./openapi-helpers.ts";

export function valuesRoutes(app: OpenAPIHono, db: Db) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/values",
      tags: ["values"],
      summary: "List data values 指标数据",
      request: { query: z.object({ indicator: z.string().optional(), place: z.string().optional(), period: z.string().optional(), status: z.string().optional() }) },
      responses: { 200: json(z.array(DataValueResponse), "Matching values") },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await values.listValues(db, { indicatorCode: q.indicator, placeCode: q.place, period: q.period, status: q.status }), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/values",
      tags: ["values"],
      summary: "Add a data value 录入数据",
      description:
        "Validated against the indicator: it must exist, the period must fit its periodicity, a share must lie in 0–100, counts and amounts must not be negative. A value for an indicator, place and period that already has one replaces it; both stay in the history. Nothing is stored when any check fails.",
      request: { body: { content: { "application/json": { schema: CreateDataValueRequest } }, required: true } },
      responses: { 201: json(DataValueResponse, "Stored"), ...errorResponses },
    }),
    async (c) => {
      const { value } = await values.createDataValue(db, c.req.valid("json"));
      return c.json(value, 201);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/values/{id}/history",
      tags: ["values"],
      summary: "Every revision of a data value",
      request: { params: z.object({ id: z.coerce.number().int() }) },
      responses: { 200: json(z.array(DataValueRevision), "Revisions, oldest first"), ...errorResponses },
    }),
    async (c) => c.json(await values.getValueHistory(db, c.req.valid("param").id), 200),
  );
}
