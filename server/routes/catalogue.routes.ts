/** HTTP routes of the catalogue: /api/indicators, /api/places, /api/bodies. */
import { createRoute } from "@hono/zod-openapi";
import type { App } from "../http/app-env.ts";
import { z } from "zod";
import { Indicator } from "../../core/indicators/indicator.ts";
import { BodyResponse, PlaceResponse } from "../../contract/catalogue.ts";
import type { Db } from "../db/connect.ts";
import * as catalogue from "../services/catalogue.service.ts";
import { json, errors } from "./openapi-helpers.ts";

export function catalogueRoutes(app: App, db: Db) {
  app.openapi(
    createRoute({ method: "get", path: "/api/indicators", operationId: "listIndicators", tags: ["catalogue"], summary: "List indicators 指标目录", responses: { 200: json(z.array(Indicator), "All indicators") } }),
    async (c) => c.json(await catalogue.listIndicators(db), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/indicators/{code}",
      operationId: "getIndicator",
      tags: ["catalogue"],
      summary: "One indicator",
      request: { params: z.object({ code: z.string() }) },
      responses: { 200: json(Indicator, "The indicator"), ...errors(404) },
    }),
    async (c) => c.json(await catalogue.getIndicator(db, c.req.valid("param").code), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/places",
      operationId: "listPlaces",
      tags: ["catalogue"],
      summary: "List places 地区 (city, districts, zones, Science City)",
      request: { query: z.object({ kind: z.string().optional() }) },
      responses: { 200: json(z.array(PlaceResponse), "Places with their groupings") },
    }),
    async (c) => c.json(await catalogue.listPlaces(db, c.req.valid("query").kind), 200),
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/bodies", operationId: "listBodies", tags: ["catalogue"], summary: "List responsible bodies 责任单位", responses: { 200: json(z.array(BodyResponse), "Bodies") } }),
    async (c) => c.json(await catalogue.listBodies(db), 200),
  );
}
