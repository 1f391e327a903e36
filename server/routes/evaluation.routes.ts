/** HTTP routes of evaluation analyses on an index: ranking, rank intervals, sensitivity, explanation. */
import { createRoute } from "@hono/zod-openapi";
import type { App } from "../http/app-env.ts";
import { z } from "zod";
import {
  AnalysisBase,
  ComputeResponse,
  ExplainRequest,
  ExplainResponse,
  SensitivityRequest,
  SensitivityResponse,
  UncertaintyRequest,
  UncertaintyResponse,
} from "../../contract/indices.ts";
import type { Db } from "../db/connect.ts";
import * as evaluation from "../services/evaluation.service.ts";
import { errors, json } from "./openapi-helpers.ts";

const params = z.object({ code: z.string().min(1) });
const tags = ["evaluation"];
const post = <T extends z.ZodType>(path: string, operationId: string, summary: string, description: string, schema: T) => ({
  method: "post" as const,
  path: `/api/indices/{code}/${path}`,
  operationId,
  tags,
  summary,
  description,
  request: { params, body: { content: { "application/json": { schema } }, required: true } },
});

export function evaluationRoutes(app: App, db: Db) {
  app.openapi(
    createRoute({
      ...post("compute", "computeIndexRanking", "Ranking 排名", "Every place's top-level score, rank and every aggregate's score for a year (default: latest); `nodes` and `pipeline` compute a draft without saving it. Missing values are listed; `sample` says the data is generated.", AnalysisBase),
      responses: { 200: json(ComputeResponse, "Ranked places"), ...errors(404) },
    }),
    async (c) => c.json(await evaluation.computeRanking(db, c.req.valid("param").code, c.req.valid("json")), 200),
  );
  app.openapi(
    createRoute({
      ...post("uncertainty", "computeIndexUncertainty", "Rank intervals 排名不确定性", "Seeded Monte Carlo over the winsorisation cap, normalisation, weights ±f, aggregation and imputation: nominal, median, 5th and 95th percentile rank. The same seed gives the same result.", UncertaintyRequest),
      responses: { 200: json(UncertaintyResponse, "Rank statistics per place"), ...errors(404) },
    }),
    async (c) => c.json(await evaluation.computeUncertainty(db, c.req.valid("param").code, c.req.valid("json")), 200),
  );
  app.openapi(
    createRoute({
      ...post("sensitivity", "computeIndexSensitivity", "Sensitivity 敏感性", "First-order and total sensitivity indices of the mean rank shift to each uncertain input, and the rank shift when each dimension is dropped.", SensitivityRequest),
      responses: { 200: json(SensitivityResponse, "Indices and drop effects"), ...errors(404) },
    }),
    async (c) => c.json(await evaluation.computeSensitivity(db, c.req.valid("param").code, c.req.valid("json")), 200),
  );
  app.openapi(
    createRoute({
      ...post("explain", "explainIndexScore", "Explain a place's score 得分解释", "Contribution of every indicator and dimension to the place's score, and to its change since `compareYear`.", ExplainRequest),
      responses: { 200: json(ExplainResponse, "Contributions"), ...errors(404) },
    }),
    async (c) => c.json(await evaluation.explainUnit(db, c.req.valid("param").code, c.req.valid("json")), 200),
  );
}
