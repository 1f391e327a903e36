/**
 * Test support: the 42-scenario grid of the reference files (winsorisation cap × normalisation ×
 * aggregation) as labelled scenarios, and the uncertain inputs of COINr's ASEM uncertainty example.
 */
import type { AggregationMethod } from "../aggregate.ts";
import type { Normalisation } from "../normalise.ts";
import { gridScenarios, type Scenario } from "../scenarios.ts";
import type { UncertainInputs } from "../uncertainty.ts";

export const gridNormalisations: Record<string, Normalisation> = {
  minmax_0_100: { method: "minmax", low: 0, high: 100 },
  minmax_1_100: { method: "minmax", low: 1, high: 100 },
  zscore_10_2: { method: "zscore", mean: 10, sd: 2 },
};
export const gridAggregations: Record<string, AggregationMethod> = {
  a_amean: "arithmetic",
  a_gmean: "geometric",
  a_hmean: "harmonic",
};

/** Label of a scenario as the reference file writes it: winmax (0 = no cap), norm, agg. */
export function gridLabel(s: Scenario): string {
  const norm = Object.keys(gridNormalisations).find((k) => gridNormalisations[k] === s.normalise)!;
  const agg = Object.keys(gridAggregations).find((k) => gridAggregations[k] === s.aggregate)!;
  return `${s.winsorMaxPoints ?? 0}|${norm}|${agg}`;
}

export const grid = gridScenarios({
  winsorMaxPoints: [null, 1, 2, 3, 4, 5],
  normalise: Object.values(gridNormalisations),
  aggregate: Object.values(gridAggregations),
  // Geometric and harmonic means are undefined on min-max 0–100 data, which has zeros.
  skip: (s) => s.normalise === gridNormalisations.minmax_0_100 && s.aggregate !== "arithmetic",
});

export const asemUncertainInputs: UncertainInputs = {
  winsorMaxPoints: [1, 2, 3, 4, 5],
  normalise: [gridNormalisations.minmax_1_100!, gridNormalisations.zscore_10_2!],
  weightNoise: { fraction: 0.25, levels: [2] },
  aggregate: ["arithmetic", "geometric"],
};
