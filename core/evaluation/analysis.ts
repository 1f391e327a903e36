/**
 * An evaluation run on one prepared definition: the ranking with every aggregate's score, rank
 * intervals by Monte Carlo, sensitivity indices, the effect of dropping each dimension, and the
 * explanation of a place's score. Thin over the index engine; pure, so the API and CLI share it.
 */
import {
  computeScores,
  contributions,
  dropEachElement,
  ratioParts,
  explainChange,
  latestTime,
  parsePipelineSpec,
  parseTables,
  runSensitivity,
  runUncertainty,
  ScenarioEngine,
  yearsOf,
  type IndexDefinition,
  type PipelineSpec,
  type UnitData,
  type UnitScore,
  type RankStats,
  type SobolIndex,
  type Contribution,
  type RatioPart,
  type ScoreChange,
} from "../indices/index.ts";
import type { RunOptions, UncertainInputs } from "../indices/index.ts";
import type { DataRow, EvaluationNode } from "./model.ts";
import { toIDataCsv, toIMetaCsv } from "./tables.ts";

export interface Prepared {
  def: IndexDefinition;
  data: UnitData;
  spec: PipelineSpec;
}

/** Parses the CSV pair and the pipeline value (throws IndexDefinitionError naming table, row and column). */
export function prepareFromCsv(iDataCsv: string, iMetaCsv: string, pipeline: unknown): Prepared {
  const { def, data } = parseTables(iDataCsv, iMetaCsv);
  return { def, data, spec: parsePipelineSpec(pipeline, def) };
}

/** Prepares stored nodes and rows through the same CSV validation an upload gets. */
export function prepareEvaluation(nodes: readonly EvaluationNode[], rows: readonly DataRow[], pipeline: unknown): Prepared {
  return prepareFromCsv(toIDataCsv(nodes, rows), toIMetaCsv(nodes), pipeline);
}

export interface Ranking {
  time: number | null;
  years: number[];
  units: UnitScore[];
  screenedOut: { uCode: string; dataFraction: number }[];
}

/** The ranked units of one year (default: the latest). */
export function rankingOf(p: Prepared, time: number | null = latestTime(p.data)): Ranking {
  const r = computeScores(p.def, p.data, p.spec, time);
  return { time: r.time, years: yearsOf(p.data), units: r.units, screenedOut: r.screenedOut };
}

/** Default uncertain inputs: winsorisation cap (when treating), min-max vs z-score, weights ±25 %, arithmetic vs geometric. */
export function defaultUncertainInputs(spec: PipelineSpec): UncertainInputs {
  return {
    ...(spec.treat ? { winsorMaxPoints: [1, 2, 3, 4, 5] } : {}),
    normalise: [
      { method: "minmax", low: 1, high: 100 },
      { method: "zscore", mean: 10, sd: 2 },
    ],
    weightNoise: { fraction: 0.25 },
    aggregate: ["arithmetic", "geometric"],
  };
}

const engineOf = (p: Prepared, time: number | null) => new ScenarioEngine(p.def, p.data, p.spec, time);

/** Each place's nominal, median, 5th and 95th percentile rank over `n` seeded replications. */
export function uncertaintyOf(p: Prepared, inputs: UncertainInputs, n: number, seed: number, time = latestTime(p.data), options: RunOptions = {}): RankStats[] {
  return runUncertainty(engineOf(p, time), inputs, n, seed, options).stats;
}

/** First-order and total sensitivity indices of the mean rank shift to each uncertain input. */
export function sensitivityOf(p: Prepared, inputs: UncertainInputs, n: number, seed: number, time = latestTime(p.data), options: RunOptions = {}): SobolIndex[] {
  return runSensitivity(engineOf(p, time), inputs, n, seed, 100, options);
}

/** Mean absolute rank shift when each dimension (level 2, or `level`) is dropped in turn. */
export function dropEffectsOf(p: Prepared, level = 2, time = latestTime(p.data)): { code: string; meanRankShift: number }[] {
  return dropEachElement(engineOf(p, time), level);
}

export interface UnitExplanation {
  uCode: string;
  time: number | null;
  score: number | null;
  rank: number | null;
  contributions: Contribution[];
  /** Ratio nodes (efficiency ratios) with the two scores each divides. */
  ratios: RatioPart[];
  /** Change since `compareTime`, when asked and both years hold the unit. */
  change: (ScoreChange & { time0: number }) | null;
}

/** Contribution of every indicator and dimension to a place's score, and to its change since `compareTime`. */
export function explainUnitOf(p: Prepared, uCode: string, time = latestTime(p.data), compareTime: number | null = null): UnitExplanation | null {
  const now = computeScores(p.def, p.data, p.spec, time);
  const row = now.units.find((u) => u.uCode === uCode);
  if (!row) return null;
  const agg = now.pipeline.stages.Aggregated;
  const parts = contributions(p.def, agg, now.pipeline.weights, uCode);
  let change: UnitExplanation["change"] = null;
  if (compareTime !== null && compareTime !== time) {
    const before = computeScores(p.def, p.data, p.spec, compareTime).pipeline;
    const c = explainChange(p.def, { frame: before.stages.Aggregated, weights: before.weights }, { frame: agg, weights: now.pipeline.weights }, uCode);
    change = c ? { ...c, time0: compareTime } : null;
  }
  return { uCode, time, score: row.score, rank: row.rank, contributions: parts, ratios: ratioParts(p.def, agg, uCode), change };
}

/** Indicator values missing in the year computed: what the data source still owes. */
export function missingValues(nodes: readonly EvaluationNode[], rows: readonly DataRow[], time: number | null): { uCode: string; code: string }[] {
  const codes = nodes.filter((n) => n.type === "Indicator").map((n) => n.code);
  return rows
    .filter((r) => time === null || r.time === time)
    .flatMap((r) => codes.filter((c) => r.values[c] === null || r.values[c] === undefined).map((code) => ({ uCode: r.uCode, code })));
}
