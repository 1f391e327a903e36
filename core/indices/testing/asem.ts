/**
 * Test support: the ASEM example parsed once, and the spec of COINr's default ASEM pipeline with a
 * few knobs (winsorisation cap, normalisation, aggregation) that the variant tests turn.
 */
import { parseTables } from "../csv.ts";
import { parsePipelineSpec, type PipelineSpec, type PipelineSpecInput } from "../spec.ts";
import { readRef } from "./coinr.ts";

export const asem = parseTables(readRef("ASEM_iData.csv"), readRef("ASEM_iMeta.csv"));

export const asemSpecInput: PipelineSpecInput = {
  denominate: {},
  impute: { method: "mean", groupBy: "EurAsia_group" },
  screen: { minDataFraction: 0.9 },
  treat: { winsorise: { maxPoints: 5, skewThreshold: 2, kurtThreshold: 3.5 }, fallback: "log" },
  normalise: { method: "minmax", low: 0, high: 100 },
  aggregate: { method: "arithmetic" },
};

export function asemSpec(patch: Partial<PipelineSpecInput> = {}): PipelineSpec {
  return parsePipelineSpec({ ...asemSpecInput, ...patch }, asem.def);
}
