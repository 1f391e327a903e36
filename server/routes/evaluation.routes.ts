/**
 * HTTP routes of evaluation analyses on an index: ranking, rank intervals, sensitivity, explanation;
 * the two Monte Carlo analyses also as jobs (202 with the job, then GET it for progress and result,
 * DELETE to cancel).
 */
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { App, AppEnv } from "../http/app-env.ts";
import type { Job } from "../analysis/analysis-jobs.ts";
import { z } from "zod";
import {
  AnalysisBase,
  AnalysisJob,
  SensitivityJob,
  UncertaintyJob,
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
import type { AnalysisRunner } from "../analysis/analysis-runner.ts";
import { requestLanguage } from "../errors/http.ts";
import { presentJob } from "../presenters/analysis-jobs.presenter.ts";
import { error, errors, json } from "./openapi-helpers.ts";
import { DataSource } from "../../contract/indices.ts";
import { TableExportQuery } from "../../contract/table-export.ts";
import { exportRanking } from "../services/table-export.service.ts";
import { sendTable, tableFileResponse, tableLanguage } from "./table-export.helpers.ts";

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

/** The rank interval's settings of a ranking export (as a query's text or a body's number): 0 replications leaves it out. */
const replicationsOf = (n: z.ZodNumber) => n.int().min(0).max(1_000_000).refine((v) => v === 0 || v >= 10, "0 (no rank interval) or at least 10").default(200);
const seedOf = (n: z.ZodNumber) => n.int().min(0).max(2_147_483_647).default(1);
const RankingExportOptions = TableExportQuery.extend({ replications: replicationsOf(z.number()), seed: seedOf(z.number()) });

const busy = { 429: error("Too many analyses running or waiting (KECHUANG_MAX_ANALYSES); try again later") };
const jobParams = z.object({ id: z.string().min(1) });

/** The signed-in person (the access middleware lets no one else reach these routes). */
const ownerOf = (c: Context<AppEnv>) => c.get("actor")!.id;

export function evaluationRoutes(app: App, db: Db, runner: AnalysisRunner) {
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
      responses: { 200: json(UncertaintyResponse, "Rank statistics per place"), ...errors(404), ...busy },
    }),
    async (c) => c.json(await evaluation.computeUncertainty(db, c.req.valid("param").code, c.req.valid("json"), runner, c.req.raw.signal), 200),
  );
  app.openapi(
    createRoute({
      ...post("sensitivity", "computeIndexSensitivity", "Sensitivity 敏感性", "First-order and total sensitivity indices of the mean rank shift to each uncertain input, and the rank shift when each dimension is dropped.", SensitivityRequest),
      responses: { 200: json(SensitivityResponse, "Indices and drop effects"), ...errors(404), ...busy },
    }),
    async (c) => c.json(await evaluation.computeSensitivity(db, c.req.valid("param").code, c.req.valid("json"), runner, c.req.raw.signal), 200),
  );
  const accepted = (schema: z.ZodType) => ({
    ...json(schema, "Job started; `Location` is where to read it"),
    headers: z.object({ Location: z.string().describe("/api/analysis-jobs/{id}") }),
  });
  /** A started job's answer: where to read it, and the job as it is now. */
  const started = (c: Context<AppEnv>, job: Job) => {
    c.header("Location", `/api/analysis-jobs/${job.id}`);
    return presentJob(job, runner.jobs, requestLanguage(c));
  };
  app.openapi(
    createRoute({
      ...post("uncertainty/jobs", "startIndexUncertaintyJob", "Rank intervals as a job 排名不确定性（后台任务）", "Starts the rank-interval analysis in the background and answers at once with the job; read it at `Location` for progress and, when done, the result (the same as the direct request's for the same seed).", UncertaintyRequest),
      responses: { 202: accepted(UncertaintyJob), ...errors(404), ...busy },
    }),
    async (c) => c.json(started(c, await evaluation.startUncertaintyJob(db, c.req.valid("param").code, c.req.valid("json"), runner, ownerOf(c))) as UncertaintyJob, 202),
  );
  app.openapi(
    createRoute({
      ...post("sensitivity/jobs", "startIndexSensitivityJob", "Sensitivity as a job 敏感性（后台任务）", "Starts the sensitivity analysis in the background and answers at once with the job; read it at `Location`.", SensitivityRequest),
      responses: { 202: accepted(SensitivityJob), ...errors(404), ...busy },
    }),
    async (c) => c.json(started(c, await evaluation.startSensitivityJob(db, c.req.valid("param").code, c.req.valid("json"), runner, ownerOf(c))) as SensitivityJob, 202),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/analysis-jobs/{id}",
      operationId: "getAnalysisJob",
      tags,
      summary: "An analysis job 分析任务",
      description: "Status, progress (model runs done out of total) and, once succeeded, the result. Only the person who started the job can read it; it is kept for KECHUANG_ANALYSIS_JOB_MINUTES after it finished.",
      request: { params: jobParams },
      responses: { 200: json(AnalysisJob, "The job"), ...errors(404) },
    }),
    (c) => c.json(presentJob(runner.jobs.find(c.req.valid("param").id, ownerOf(c)), runner.jobs, requestLanguage(c)), 200),
  );
  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/analysis-jobs/{id}",
      operationId: "cancelAnalysisJob",
      tags,
      summary: "Cancel an analysis job 取消分析任务",
      description: "Cancels a queued or running job (its worker stops at the next model run) and answers with the job, now `cancelled`; a finished job is answered unchanged.",
      request: { params: jobParams },
      responses: { 200: json(AnalysisJob, "The job after cancelling"), ...errors(404) },
    }),
    (c) => c.json(presentJob(runner.jobs.cancel(c.req.valid("param").id, ownerOf(c)), runner.jobs, requestLanguage(c)), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/indices/{code}/ranking/export",
      operationId: "exportIndexRanking",
      tags,
      summary: "The ranking as .xlsx or CSV 导出排名",
      description: "Rank, place code and name, score, a column per sub-index and ratio node headed by its name, and the 5th–95th percentile rank interval in whole ranks from `replications` seeded Monte Carlo runs (default 200, seed 1, as the screen first shows; 0 leaves the interval out). The stored definition, for `year` (default latest) and `source`. Sample data is labelled in the title and on every row. zh-CN headers unless `lang=en` (or Accept-Language: en).",
      request: {
        params,
        query: TableExportQuery.extend({
          year: z.coerce.number().int().min(1900).max(2200).optional(),
          source: DataSource.optional(),
          replications: replicationsOf(z.coerce.number()),
          seed: seedOf(z.coerce.number()),
        }),
      },
      responses: { 200: tableFileResponse, ...errors(404), ...busy },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const intervals = q.replications > 0 ? { runner, replications: q.replications, seed: q.seed, signal: c.req.raw.signal } : undefined;
      return sendTable(c, await exportRanking(db, c.req.valid("param").code, { format: q.format, lang: tableLanguage(c, q), year: q.year, source: q.source, intervals }));
    },
  );
  app.openapi(
    createRoute({
      ...post(
        "ranking/export",
        "exportIndexRankingDraft",
        "The ranking of a draft as .xlsx or CSV 导出排名（草稿）",
        "As GET …/ranking/export, computed from the body's `nodes` and `pipeline` when given (edits not saved yet, as the ranking request takes them), so the file matches the screen; the title says so. Nothing is stored.",
        AnalysisBase.extend(RankingExportOptions.shape),
      ),
      responses: { 200: tableFileResponse, ...errors(404), ...busy },
    }),
    async (c) => {
      const { nodes, pipeline, year, source, replications, seed, format, lang } = c.req.valid("json");
      const intervals = replications > 0 ? { runner, replications, seed, signal: c.req.raw.signal } : undefined;
      return sendTable(c, await exportRanking(db, c.req.valid("param").code, { format, lang: lang ?? requestLanguage(c), year, source, draft: { nodes, pipeline }, intervals }));
    },
  );
  app.openapi(
    createRoute({
      ...post("explain", "explainIndexScore", "Explain a place's score 得分解释", "Contribution of every indicator and dimension to the place's score, and to its change since `compareYear`.", ExplainRequest),
      responses: { 200: json(ExplainResponse, "Contributions"), ...errors(404) },
    }),
    async (c) => c.json(await evaluation.explainUnit(db, c.req.valid("param").code, c.req.valid("json")), 200),
  );
}
