/**
 * Variance-based sensitivity analysis: first-order and total Sobol indices by the Jansen estimators
 * on a seeded Saltelli design (matrices A, B and A_B^i), with bootstrap intervals; applied to the
 * pipeline's uncertain inputs with the mean absolute rank shift from the nominal ranking as output.
 */
import { createRng, type Rng } from "./prng.ts";
import type { ScenarioEngine, ScenarioOutcome } from "./scenarios.ts";
import { Replicator } from "./replicate.ts";
import { factorsOf, type RunOptions, type UncertainInputs } from "./uncertainty.ts";
import { quantile } from "./stats.ts";

export interface SobolIndex {
  name: string;
  /** First-order index S_i and total index ST_i, with 5 %–95 % bootstrap bounds. */
  si: number;
  sti: number;
  siQ5: number;
  siQ95: number;
  stiQ5: number;
  stiQ95: number;
}

export interface SobolInput {
  /** Factor names and how many variates each takes (a factor may be a block, e.g. all weights). */
  factors: { name: string; dims: number }[];
  /** The model: one row of U(0,1) variates, factor blocks side by side, to a scalar output. */
  model: (row: Float64Array) => number;
  /** Base sample size N; the model runs N·(k + 2) times. */
  n: number;
  seed: number;
  bootstrap?: number;
}

/** Jansen estimators on rows `idx`: V from f(A) ∪ f(B); S_i = 1 − Σ(f(B) − f(A_B^i))²/(2N·V); ST_i = Σ(f(A) − f(A_B^i))²/(2N·V). */
function estimate(fa: Float64Array, fb: Float64Array, fab: Float64Array[], idx: ArrayLike<number>) {
  const n = idx.length;
  let s = 0;
  let ss = 0;
  for (let r = 0; r < n; r++) {
    const a = fa[idx[r]!]!;
    const b = fb[idx[r]!]!;
    s += a + b;
    ss += a * a + b * b;
  }
  const m = s / (2 * n);
  const v = ss / (2 * n) - m * m;
  return fab.map((f) => {
    let first = 0;
    let total = 0;
    for (let r = 0; r < n; r++) {
      const i = idx[r]!;
      first += (fb[i]! - f[i]!) ** 2;
      total += (fa[i]! - f[i]!) ** 2;
    }
    return v > 0 ? { si: 1 - first / (2 * n * v), sti: total / (2 * n * v) } : { si: 0, sti: 0 };
  });
}

function matrix(rng: Rng, n: number, d: number): Float64Array[] {
  return Array.from({ length: n }, () => Float64Array.from({ length: d }, () => rng.next()));
}

export function sobolIndices(input: SobolInput): SobolIndex[] {
  const { factors, model, n } = input;
  const d = factors.reduce((s, f) => s + f.dims, 0);
  const rng = createRng(input.seed);
  const A = matrix(rng, n, d);
  const B = matrix(rng, n, d);
  const fa = Float64Array.from(A, model);
  const fb = Float64Array.from(B, model);
  let at = 0;
  const fab = factors.map((f) => {
    const lo = at;
    at += f.dims;
    return Float64Array.from(A, (row, r) => {
      const mixed = row.slice();
      mixed.set(B[r]!.subarray(lo, lo + f.dims), lo);
      return model(mixed);
    });
  });
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const point = estimate(fa, fb, fab, all);
  const boots = Array.from({ length: input.bootstrap ?? 200 }, () =>
    estimate(fa, fb, fab, Int32Array.from({ length: n }, () => Math.floor(rng.next() * n))),
  );
  return factors.map((f, i) => ({
    name: f.name,
    si: point[i]!.si,
    sti: point[i]!.sti,
    siQ5: quantile(boots.map((b) => b[i]!.si), 0.05),
    siQ95: quantile(boots.map((b) => b[i]!.si), 0.95),
    stiQ5: quantile(boots.map((b) => b[i]!.sti), 0.05),
    stiQ95: quantile(boots.map((b) => b[i]!.sti), 0.95),
  }));
}

/** Mean absolute rank shift from the nominal ranking: (1/n)·Σ|rankᵢ − nominalᵢ| over units in both. */
export function meanRankShift(nominal: ScenarioOutcome, run: ScenarioOutcome): number {
  let s = 0;
  let c = 0;
  nominal.units.forEach((u, i) => {
    const j = run.units[i] === u ? i : run.units.indexOf(u);
    if (j < 0) return;
    s += Math.abs(run.rank[j]! - nominal.rank[i]!);
    c++;
  });
  return c === 0 ? NaN : s / c;
}

/** Sensitivity of the ranking to each uncertain input of the pipeline. */
export function runSensitivity(engine: ScenarioEngine, inputs: UncertainInputs, n: number, seed: number, bootstrap = 200, options: RunOptions = {}): SobolIndex[] {
  const factors = factorsOf(engine, inputs);
  const nominal = engine.run({});
  const replicator = new Replicator(engine, factors, options.reuse);
  const total = n * (factors.length + 2);
  let done = 0;
  // meanRankShift on the replicator's ranks, which are in the nominal run's unit order already.
  const model = (row: Float64Array): number => {
    const ranks = replicator.run(row);
    let s = 0;
    let c = 0;
    for (let i = 0; i < ranks.length; i++) {
      if (!replicator.present[i]) continue;
      s += Math.abs(ranks[i]! - nominal.rank[i]!);
      c++;
    }
    options.onProgress?.(++done, total);
    return c === 0 ? NaN : s / c;
  };
  return sobolIndices({ factors, model, n, seed, bootstrap });
}

/** Effect of dropping each node at `level`: its weight set to 0, the mean absolute rank shift of the index. */
export function dropEachElement(engine: ScenarioEngine, level: number): { code: string; meanRankShift: number }[] {
  const nominal = engine.run({});
  return [...engine.def.nodes.values()]
    .filter((n) => n.level === level)
    .map((n) => ({
      code: n.code,
      meanRankShift: meanRankShift(nominal, engine.run({ weightFactors: new Map([[n.code, 0]]) })),
    }));
}
