/**
 * The entry point for uncertainty and sensitivity of a ranking (the future `kechuang index
 * uncertainty` and its API): CSV texts, pipeline JSON and an analysis request in, rank intervals,
 * sensitivity indices and the effect of dropping each dimension out.
 */
import { z } from "zod";
import { parseTables } from "./csv.ts";
import { latestTime } from "./compute.ts";
import { IndexDefinitionError, issue } from "./messages.ts";
import { ScenarioEngine } from "./scenarios.ts";
import { dropEachElement, runSensitivity, type SobolIndex } from "./sensitivity.ts";
import { parsePipelineSpec } from "./spec.ts";
import { runUncertainty, UncertainInputs, type RankStats } from "./uncertainty.ts";

export const AnalysisRequest = z.object({
  uncertain: UncertainInputs,
  replications: z.number().int().min(1).max(100_000).default(1000),
  seed: z.number().int().default(1),
  /** Base sample size N of the sensitivity design (N·(k + 2) runs); omitted = no sensitivity. */
  sensitivityN: z.number().int().min(2).max(100_000).optional(),
  /** Level whose nodes are dropped one at a time (2 = dimensions); omitted = none. */
  dropLevel: z.number().int().min(1).optional(),
});
export type AnalysisRequest = z.infer<typeof AnalysisRequest>;

export interface AnalysisResult {
  time: number | null;
  ranks: RankStats[];
  sensitivity?: SobolIndex[];
  drops?: { code: string; meanRankShift: number }[];
}

export function analyseIndex(iDataCsv: string, iMetaCsv: string, pipeline: unknown, request: unknown): AnalysisResult {
  const { def, data } = parseTables(iDataCsv, iMetaCsv);
  const spec = parsePipelineSpec(typeof pipeline === "string" ? JSON.parse(pipeline) : pipeline, def);
  const req = AnalysisRequest.safeParse(request);
  if (!req.success)
    throw new IndexDefinitionError(
      req.error.issues.map((i) => issue("pipeline", { table: "pipeline", column: i.path.join(".") }, i.path.join("."), i.message)),
    );
  const { uncertain, replications, seed, sensitivityN, dropLevel } = req.data;
  const time = latestTime(data);
  const engine = new ScenarioEngine(def, data, spec, time);
  return {
    time,
    ranks: runUncertainty(engine, uncertain, replications, seed).stats,
    sensitivity: sensitivityN === undefined ? undefined : runSensitivity(engine, uncertain, sensitivityN, seed),
    drops: dropLevel === undefined ? undefined : dropEachElement(engine, dropLevel),
  };
}
