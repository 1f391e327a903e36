/**
 * Uncertainty analysis: which pipeline choices are uncertain (zod schema), how uniform variates map
 * to a scenario, Monte Carlo replications, and each unit's rank distribution (nominal, mean, median,
 * 5th and 95th percentile, type-7 quantiles).
 */
import { z } from "zod";
import { AggregationMethod } from "./aggregate.ts";
import { Normalisation } from "./normalise.ts";
import { createRng } from "./prng.ts";
import { ImputeChoice, type Scenario, type ScenarioEngine, type ScenarioOutcome } from "./scenarios.ts";
import { mean, quantile } from "./stats.ts";

export const UncertainInputs = z.object({
  /** Alternative imputations (null = none), chosen with equal probability. */
  impute: z.array(ImputeChoice).min(1).optional(),
  /** Alternative winsorisation caps (null = no cap). */
  winsorMaxPoints: z.array(z.number().int().min(0).nullable()).min(1).optional(),
  normalise: z.array(Normalisation).min(1).optional(),
  /** Each weight at the listed levels (all when absent) times U(1 − fraction, 1 + fraction). */
  weightNoise: z.object({ fraction: z.number().min(0).max(1), levels: z.array(z.number().int().min(1)).optional() }).optional(),
  aggregate: z.array(AggregationMethod).min(1).optional(),
});
export type UncertainInputs = z.infer<typeof UncertainInputs>;

/** An uncertain input: its name and how `dims` uniform variates set it in a scenario. */
export interface Factor {
  name: "impute" | "winsorMaxPoints" | "normalise" | "weights" | "aggregate";
  dims: number;
  apply(u: ArrayLike<number>, s: Scenario): void;
}

const pick = <T>(xs: readonly T[], u: number): T => xs[Math.min(Math.floor(u * xs.length), xs.length - 1)]!;

/** The factors of the uncertain inputs, in a fixed order. */
export function factorsOf(engine: ScenarioEngine, inputs: UncertainInputs): Factor[] {
  const out: Factor[] = [];
  const { impute, winsorMaxPoints, normalise, weightNoise, aggregate } = inputs;
  if (impute) out.push({ name: "impute", dims: 1, apply: (u, s) => void (s.impute = pick(impute, u[0]!)) });
  if (winsorMaxPoints)
    out.push({ name: "winsorMaxPoints", dims: 1, apply: (u, s) => void (s.winsorMaxPoints = pick(winsorMaxPoints, u[0]!)) });
  if (normalise) out.push({ name: "normalise", dims: 1, apply: (u, s) => void (s.normalise = pick(normalise, u[0]!)) });
  if (weightNoise) {
    const codes = [...engine.def.nodes.values()]
      .filter((n) => n.parent !== null && (weightNoise.levels?.includes(n.level) ?? true))
      .map((n) => n.code);
    const f = weightNoise.fraction;
    out.push({
      name: "weights",
      dims: codes.length,
      apply: (u, s) => void (s.weightFactors = new Map(codes.map((c, i) => [c, 1 + f * (2 * u[i]! - 1)]))),
    });
  }
  if (aggregate) out.push({ name: "aggregate", dims: 1, apply: (u, s) => void (s.aggregate = pick(aggregate, u[0]!)) });
  return out;
}

/** The scenario set by one row of variates laid out factor after factor. */
export function scenarioOf(factors: readonly Factor[], row: ArrayLike<number>): Scenario {
  const s: Scenario = {};
  let at = 0;
  for (const f of factors) {
    f.apply(Array.prototype.slice.call(row, at, at + f.dims) as number[], s);
    at += f.dims;
  }
  return s;
}

export interface RankStats {
  uCode: string;
  nominal: number;
  mean: number;
  median: number;
  q5: number;
  q95: number;
  min: number;
  max: number;
}

/** Per unit of the nominal run: rank statistics over the replications in which the unit appears. */
export function rankStats(nominal: ScenarioOutcome, runs: readonly ScenarioOutcome[]): RankStats[] {
  return nominal.units.map((uCode, i) => {
    const ranks = runs.map((r) => {
      const j = r.units[i] === uCode ? i : r.units.indexOf(uCode);
      return j < 0 ? NaN : r.rank[j]!;
    });
    const present = ranks.filter((r) => !Number.isNaN(r));
    return {
      uCode,
      nominal: nominal.rank[i]!,
      mean: mean(present),
      median: quantile(present, 0.5),
      q5: quantile(present, 0.05),
      q95: quantile(present, 0.95),
      min: Math.min(...present),
      max: Math.max(...present),
    };
  });
}

export interface UncertaintyResult {
  nominal: ScenarioOutcome;
  stats: RankStats[];
  replications: number;
}

/**
 * Told after each replication (or model run) how many of `total` are done. A caller that must stop a
 * long run early throws from it: the run ends there, with nothing half-computed returned.
 */
export interface RunOptions {
  onProgress?: (done: number, total: number) => void;
}

/** Monte Carlo: `n` scenarios with independent U(0,1) variates from a seeded generator. */
export function runUncertainty(engine: ScenarioEngine, inputs: UncertainInputs, n: number, seed: number, options: RunOptions = {}): UncertaintyResult {
  const factors = factorsOf(engine, inputs);
  const dims = factors.reduce((s, f) => s + f.dims, 0);
  const rng = createRng(seed);
  const row = new Float64Array(dims);
  const runs: ScenarioOutcome[] = [];
  for (let r = 0; r < n; r++) {
    for (let d = 0; d < dims; d++) row[d] = rng.next();
    runs.push(engine.run(scenarioOf(factors, row)));
    options.onProgress?.(r + 1, n);
  }
  const nominal = engine.run({});
  return { nominal, stats: rankStats(nominal, runs), replications: n };
}
