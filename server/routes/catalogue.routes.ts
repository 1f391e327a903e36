/** HTTP routes of the catalogue: /api/indicators, /api/places, /api/bodies. */
import { createRoute } from "@hono/zod-openapi";
import type { App } from "../http/app-env.ts";
import { z } from "zod";
import { Indicator } from "../../core/indicators/indicator.ts";
import { BodyResponse, PlaceResponse } from "../../contract/catalogue.ts";
import type { Db } from "../db/connect.ts";
import * as catalogue from "../services/catalogue.service.ts";
import { json, errors, pagedJson } from "./openapi-helpers.ts";
import { PageQuery } from "../../contract/pagination.ts";
import { respondPage } from "../http/pagination.ts";

const CodeKey = z.tuple([z.string()]);

export function catalogueRoutes(app: App, db: Db) {
  app.openapi(
    createRoute({ method: "get", path: "/api/indicators", operationId: "listIndicators", tags: ["catalogue"], summary: "List indicators 指标目录", request: { query: PageQuery }, responses: { 200: pagedJson(z.array(Indicator), "Indicators by code"), ...errors(400) } }),
    async (c) => c.json(respondPage(c, c.req.valid("query"), CodeKey, await catalogue.listIndicators(db), (i) => [i.code] as [string]), 200),
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
      request: { query: PageQuery.extend({ kind: z.string().max(64).optional() }) },
      responses: { 200: pagedJson(z.array(PlaceResponse), "Places with their groupings, by code"), ...errors(400) },
    }),
    async (c) => c.json(respondPage(c, c.req.valid("query"), CodeKey, await catalogue.listPlaces(db, c.req.valid("query").kind), (p) => [p.code] as [string]), 200),
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/bodies", operationId: "listBodies", tags: ["catalogue"], summary: "List responsible bodies 责任单位", request: { query: PageQuery }, responses: { 200: pagedJson(z.array(BodyResponse), "Bodies by code"), ...errors(400) } }),
    async (c) => c.json(respondPage(c, c.req.valid("query"), CodeKey, await catalogue.listBodies(db), (b) => [b.code] as [string]), 200),
  );
}
