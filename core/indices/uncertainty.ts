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
import { pickIndex, Replicator, type Reuse } from "./replicate.ts";
import { mean, sortedQuantile } from "./stats.ts";

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
  /** The alternatives of a one-variate factor, the one picked by u[0]. */
  choices?: readonly unknown[];
  /** The weights factor: the codes whose weights it multiplies by U(1 − fraction, 1 + fraction). */
  codes?: readonly string[];
  fraction?: number;
}

const pick = <T>(xs: readonly T[], u: number): T => xs[pickIndex(xs.length, u)]!;

/** The factors of the uncertain inputs, in a fixed order. */
export function factorsOf(engine: ScenarioEngine, inputs: UncertainInputs): Factor[] {
  const out: Factor[] = [];
  const { impute, winsorMaxPoints, normalise, weightNoise, aggregate } = inputs;
  if (impute) out.push({ name: "impute", dims: 1, choices: impute, apply: (u, s) => void (s.impute = pick(impute, u[0]!)) });
  if (winsorMaxPoints)
    out.push({
      name: "winsorMaxPoints",
      dims: 1,
      choices: winsorMaxPoints,
      apply: (u, s) => void (s.winsorMaxPoints = pick(winsorMaxPoints, u[0]!)),
    });
  if (normalise) out.push({ name: "normalise", dims: 1, choices: normalise, apply: (u, s) => void (s.normalise = pick(normalise, u[0]!)) });
  if (weightNoise) {
    const codes = [...engine.def.nodes.values()]
      .filter((n) => n.parent !== null && (weightNoise.levels?.includes(n.level) ?? true))
      .map((n) => n.code);
    const f = weightNoise.fraction;
    out.push({
      name: "weights",
      dims: codes.length,
      codes,
      fraction: f,
      apply: (u, s) => void (s.weightFactors = new Map(codes.map((c, i) => [c, 1 + f * (2 * u[i]! - 1)]))),
    });
  }
  if (aggregate) out.push({ name: "aggregate", dims: 1, choices: aggregate, apply: (u, s) => void (s.aggregate = pick(aggregate, u[0]!)) });
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
  const n = runs.length;
  const ranks = new Float64Array(nominal.units.length * n);
  nominal.units.forEach((uCode, i) =>
    runs.forEach((r, k) => {
      const j = r.units[i] === uCode ? i : r.units.indexOf(uCode);
      ranks[i * n + k] = j < 0 ? NaN : r.rank[j]!;
    }),
  );
  return rankStatsOf(nominal, ranks, n);
}

/**
 * Rank statistics from `ranks`, which holds each nominal unit's rank in `n` replications, unit after
 * unit (NaN where it has none); sorts each unit's ranks in place.
 */
export function rankStatsOf(nominal: ScenarioOutcome, ranks: Float64Array, n: number): RankStats[] {
  return nominal.units.map((uCode, i) => {
    const r = ranks.subarray(i * n, (i + 1) * n).sort();
    let m = 0;
    while (m < n && !Number.isNaN(r[m]!)) m++;
    const present = r.subarray(0, m);
    return {
      uCode,
      nominal: nominal.rank[i]!,
      mean: mean(present),
      median: sortedQuantile(present, m, 0.5),
      q5: sortedQuantile(present, m, 0.05),
      q95: sortedQuantile(present, m, 0.95),
      min: m === 0 ? Infinity : present[0]!,
      max: m === 0 ? -Infinity : present[m - 1]!,
    };
  });
}

export interface UncertaintyResult {
  nominal: ScenarioOutcome;
  stats: RankStats[];
  replications: number;
}

/**
 * How a run is carried out (never what it returns). `onProgress` is told after each replication (or
 * model run) how many of `total` are done; a caller that must stop a long run early throws from it:
 * the run ends there, with nothing half-computed returned. `reuse` says what replications keep from
 * earlier ones (the results do not depend on it); default "normalised".
 */
export interface RunOptions {
  onProgress?: (done: number, total: number) => void;
  reuse?: Reuse;
}

/** Monte Carlo: `n` scenarios with independent U(0,1) variates from a seeded generator. */
export function runUncertainty(engine: ScenarioEngine, inputs: UncertainInputs, n: number, seed: number, options: RunOptions = {}): UncertaintyResult {
  const replicator = new Replicator(engine, factorsOf(engine, inputs), options.reuse);
  const rng = createRng(seed);
  const row = new Float64Array(replicator.dims);
  const units = replicator.units.length;
  const ranks = new Float64Array(units * n);
  for (let r = 0; r < n; r++) {
    for (let d = 0; d < row.length; d++) row[d] = rng.next();
    const out = replicator.run(row);
    for (let i = 0; i < units; i++) ranks[i * n + r] = out[i]!;
    options.onProgress?.(r + 1, n);
  }
  const nominal = engine.run({});
  return { nominal, stats: rankStatsOf(nominal, ranks, n), replications: n };
}
