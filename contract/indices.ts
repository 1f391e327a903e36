/**
 * Request and response shapes of evaluations (评价): index definitions, their CSV import and export,
 * and the analyses — ranking, rank intervals (uncertainty), sensitivity, dropped dimensions, and the
 * explanation of one place's score. Data generated as a stand-in is flagged `sample` everywhere.
 */
import { z } from "zod";
import { DataRow, EvaluationNode } from "../core/evaluation/model.ts";
// The engine's browser-safe entry: its index also pulls in the CSV reader (Node Buffer).
import { UncertainInputs } from "../core/indices/schemas.ts";
import { ErrorBody } from "./errors.ts";

export { DataRow, EvaluationNode };

export const DataSource = z.enum(["dataset", "database"]);
export type DataSource = z.infer<typeof DataSource>;

/** The pipeline JSON (examples/asem/pipeline.json format); checked by the index engine with located messages. */
export const PipelineJson = z.record(z.string(), z.unknown());

const Code = z.string().regex(/^[a-z0-9][a-z0-9_-]{1,63}$/, "lowercase letters, digits, - and _");

export const IndexDefinitionSummary = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  placeKinds: z.array(z.string()),
  years: z.array(z.number().int()),
  dataSource: DataSource,
  sample: z.boolean(),
  template: z.boolean(),
  indicatorCount: z.number().int(),
  dimensionCount: z.number().int(),
  updatedAt: z.string(),
});
export type IndexDefinitionSummary = z.infer<typeof IndexDefinitionSummary>;

export const DatasetInfo = z.object({
  id: z.number().int(),
  source: z.enum(["sample", "upload"]),
  sample: z.boolean(),
  rowCount: z.number().int(),
  createdAt: z.string(),
});

export const IndexDefinitionResponse = IndexDefinitionSummary.extend({
  placeCodes: z.array(z.string()).nullable(),
  nodes: z.array(EvaluationNode),
  pipeline: PipelineJson,
  dataset: DatasetInfo.nullable(),
});
export type IndexDefinitionResponse = z.infer<typeof IndexDefinitionResponse>;

/** Body of POST /api/indices (create) and PUT /api/indices/{code} (update; `code` must match). */
export const SaveIndexDefinitionRequest = z.object({
  code: Code,
  nameZh: z.string().min(1).max(200),
  nameEn: z.string().min(1).max(200),
  placeKinds: z.array(z.string()).default(["district", "county"]),
  placeCodes: z.array(z.string()).nullable().default(null),
  years: z.array(z.number().int().min(1990).max(2100)).min(1).max(30),
  nodes: z.array(EvaluationNode).min(2).max(500),
  pipeline: PipelineJson.default({}),
  dataSource: DataSource.default("database"),
});
export type SaveIndexDefinitionRequest = z.input<typeof SaveIndexDefinitionRequest>;

/** Body of POST /api/indices/import: the COINr-style iData and iMeta CSV texts. */
export const ImportIndexRequest = z.object({
  code: Code,
  nameZh: z.string().min(1).max(200),
  nameEn: z.string().max(200).optional(),
  iData: z.string().min(1).max(5_000_000),
  iMeta: z.string().min(1).max(1_000_000),
  pipeline: PipelineJson.default({}),
  /** Mark the uploaded data as sample data rather than statistics. */
  sample: z.boolean().default(false),
});
export type ImportIndexRequest = z.input<typeof ImportIndexRequest>;

export const ExportTable = z.enum(["imeta", "idata", "pipeline", "ranking"]);

/** What every analysis is run on: a year, a data source, and optionally a draft tree or pipeline not yet saved. */
export const AnalysisBase = z.object({
  year: z.number().int().optional(),
  source: DataSource.optional(),
  nodes: z.array(EvaluationNode).min(2).max(500).optional(),
  pipeline: PipelineJson.optional(),
});
export type AnalysisBase = z.infer<typeof AnalysisBase>;

export const AggregateInfo = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), level: z.number().int() });

export const RankedUnit = z.object({
  uCode: z.string(),
  uName: z.string(),
  score: z.number().nullable(),
  rank: z.number().nullable(),
  scores: z.record(z.string(), z.number().nullable()),
});
export type RankedUnit = z.infer<typeof RankedUnit>;

export const AnalysisHeader = z.object({
  code: z.string(),
  /** True when the data is generated sample data (示例数据), not statistics. */
  sample: z.boolean(),
  source: DataSource,
  time: z.number().int().nullable(),
  years: z.array(z.number().int()),
});

/** A ratio node (e.g. efficiency = output sub-index / input sub-index): its score in `scores` under its code. */
export const RatioInfo = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), numerator: z.string(), denominator: z.string() });

export const ComputeResponse = AnalysisHeader.extend({
  root: z.string(),
  aggregates: z.array(AggregateInfo),
  ratios: z.array(RatioInfo),
  units: z.array(RankedUnit),
  missing: z.array(z.object({ uCode: z.string(), code: z.string() })),
  screenedOut: z.array(z.object({ uCode: z.string(), dataFraction: z.number() })),
});
export type ComputeResponse = z.infer<typeof ComputeResponse>;

export const UncertaintyRequest = AnalysisBase.extend({
  seed: z.number().int().default(1),
  /** At most the server's ceiling (KECHUANG_MAX_REPLICATIONS, 5000 by default); past it, 422 naming `replications`. */
  replications: z.number().int().min(10).max(1_000_000).default(500),
  /** Uncertain inputs; default: winsorisation cap, normalisation, weights ±25 %, aggregation. */
  inputs: UncertainInputs.optional(),
});
export type UncertaintyRequest = z.input<typeof UncertaintyRequest>;

export const RankInterval = z.object({
  uCode: z.string(),
  uName: z.string(),
  nominal: z.number(),
  median: z.number(),
  mean: z.number(),
  q5: z.number(),
  q95: z.number(),
  min: z.number(),
  max: z.number(),
});
export type RankInterval = z.infer<typeof RankInterval>;

export const UncertaintyResponse = AnalysisHeader.extend({ seed: z.number().int(), replications: z.number().int(), units: z.array(RankInterval) });
export type UncertaintyResponse = z.infer<typeof UncertaintyResponse>;

export const SensitivityRequest = AnalysisBase.extend({
  seed: z.number().int().default(1),
  /** Base sample size N (the model runs N·(k + 2) times); at most KECHUANG_MAX_SENSITIVITY_N (2000 by default). */
  n: z.number().int().min(8).max(1_000_000).default(100),
  inputs: UncertainInputs.optional(),
});
export type SensitivityRequest = z.input<typeof SensitivityRequest>;

export const SensitivityResponse = AnalysisHeader.extend({
  seed: z.number().int(),
  indices: z.array(z.object({ name: z.string(), si: z.number(), sti: z.number(), siQ5: z.number(), siQ95: z.number(), stiQ5: z.number(), stiQ95: z.number() })),
  /** Mean absolute rank shift when each dimension is dropped. */
  drops: z.array(AggregateInfo.extend({ meanRankShift: z.number() })),
});
export type SensitivityResponse = z.infer<typeof SensitivityResponse>;

export const ExplainRequest = AnalysisBase.extend({ unit: z.string().min(1), compareYear: z.number().int().optional() });
export type ExplainRequest = z.input<typeof ExplainRequest>;

const Named = { nameZh: z.string(), nameEn: z.string() };

export const ExplainResponse = AnalysisHeader.extend({
  uCode: z.string(),
  uName: z.string(),
  score: z.number().nullable(),
  rank: z.number().nullable(),
  contributions: z.array(z.object({ code: z.string(), level: z.number().int(), share: z.number(), value: z.number().nullable(), contribution: z.number().nullable(), ...Named })),
  /** Ratio nodes: value = numeratorValue / denominatorValue (null when either is missing or the denominator is 0). */
  ratios: z.array(RatioInfo.extend({ value: z.number().nullable(), numeratorValue: z.number().nullable(), denominatorValue: z.number().nullable() })),
  change: z
    .object({
      time0: z.number().int(),
      score0: z.number(),
      score1: z.number(),
      rank0: z.number(),
      rank1: z.number(),
      drivers: z.array(z.object({ code: z.string(), level: z.number().int(), delta: z.number(), rankEffect: z.number(), ...Named })),
    })
    .nullable(),
});
export type ExplainResponse = z.infer<typeof ExplainResponse>;

/**
 * A rank-interval or sensitivity analysis run as a job (POST …/uncertainty/jobs, …/sensitivity/jobs):
 * its progress in model runs while it runs, its result once it succeeded, its error when it failed.
 * Kept in memory for a while after it finished (`expiresAt`).
 */
const JobBase = z.object({
  id: z.string(),
  code: z.string(),
  status: z.enum(["queued", "running", "succeeded", "failed", "cancelled"]),
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  error: ErrorBody.shape.error.nullable(),
});
export const UncertaintyJob = JobBase.extend({ kind: z.literal("uncertainty"), result: UncertaintyResponse.nullable() });
export type UncertaintyJob = z.infer<typeof UncertaintyJob>;
export const SensitivityJob = JobBase.extend({ kind: z.literal("sensitivity"), result: SensitivityResponse.nullable() });
export type SensitivityJob = z.infer<typeof SensitivityJob>;
export const AnalysisJob = z.discriminatedUnion("kind", [UncertaintyJob, SensitivityJob]);
export type AnalysisJob = z.infer<typeof AnalysisJob>;
export type JobStatus = AnalysisJob["status"];
