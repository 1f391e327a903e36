/**
 * The entry point behind `kechuang index compute`: iData and iMeta CSV text plus a pipeline spec in,
 * one ranked row per unit out (top-level score, rank and every aggregate's score).
 */
import { parseTables } from "./csv.ts";
import type { IndexDefinition, UnitData } from "./definition.ts";
import { IndexDefinitionError, issue } from "./messages.ts";
import { runPanel, yearsOf } from "./panel.ts";
import { runPipeline, type PipelineResult } from "./pipeline.ts";
import { parsePipelineSpec, type PipelineSpec } from "./spec.ts";
import { minRank } from "./stats.ts";

export interface UnitScore {
  uCode: string;
  uName: string;
  /** The top-level index score; null when the unit has no data for it. */
  score: number | null;
  /** 1 = best; ties share the lowest rank; null with the score. */
  rank: number | null;
  /** Score of every aggregate (dimensions, sub-indices, the index) and every ratio node by code. */
  scores: Record<string, number | null>;
}

export interface ComputeResult {
  /** The panel year computed, or null for a cross-section. */
  time: number | null;
  root: string;
  units: UnitScore[];
  /** Units dropped by screening. */
  screenedOut: { uCode: string; dataFraction: number }[];
  pipeline: PipelineResult;
}

/** Latest time present in the data (null for a cross-section without a Time column). */
export function latestTime(data: UnitData): number | null {
  const times = data.units.map((u) => u.time).filter((t): t is number => t !== null);
  return times.length === 0 ? null : Math.max(...times);
}

/** Ranked unit rows from an already parsed definition, data and spec. */
export function computeScores(def: IndexDefinition, data: UnitData, spec: PipelineSpec, time: number | null = latestTime(data)): ComputeResult {
  // Several years: run the panel so that pooled or base-year normalisation and series filling apply.
  const pipeline =
    yearsOf(data).length > 1 && time !== null ? runPanel(def, data, spec).get(time) : runPipeline(def, data, spec, time);
  if (!pipeline) throw new IndexDefinitionError([issue("pipeline", { table: "iData", column: "Time" }, "time", String(time))]);
  const agg = pipeline.stages.Aggregated;
  const top = agg.cols.get(def.root)!;
  const ranks = minRank(top, true);
  const names = new Map(data.units.map((u) => [u.uCode, u.uName]));
  const nullable = (v: number): number | null => (Number.isFinite(v) ? v : null);
  const units = agg.units.map((uCode, i) => ({
    uCode,
    uName: names.get(uCode) ?? uCode,
    score: nullable(top[i]!),
    rank: nullable(ranks[i]!),
    scores: Object.fromEntries([...def.aggregates, ...def.ratios.map((r) => r.code)].map((c) => [c, nullable(agg.cols.get(c)![i]!)])),
  }));
  units.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.uCode.localeCompare(b.uCode));
  return { time, root: def.root, units, screenedOut: pipeline.screenedOut, pipeline };
}

/**
 * `kechuang index compute --idata FILE --imeta FILE --pipeline FILE --json`: parses and validates
 * all three inputs (throwing IndexDefinitionError with located zh/en issues) and computes the index.
 * `pipeline` is the JSON text or the already parsed value; `time` picks a panel year (default latest).
 */
export function computeIndex(iDataCsv: string, iMetaCsv: string, pipeline: string | unknown, time?: number): ComputeResult {
  const { def, data } = parseTables(iDataCsv, iMetaCsv);
  let json: unknown = pipeline;
  if (typeof pipeline === "string") {
    try {
      json = JSON.parse(pipeline);
    } catch (e) {
      throw new IndexDefinitionError([issue("pipeline", { table: "pipeline" }, "(root)", (e as Error).message)]);
    }
  }
  return computeScores(def, data, parsePipelineSpec(json, def), time ?? latestTime(data));
}
