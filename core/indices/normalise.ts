/**
 * Normalisation of one indicator column onto a common scale, with the indicator's direction applied
 * first (x′ = direction · x) so that higher is always better afterwards.
 */
import { z } from "zod";
import { meanSd, minRank } from "./stats.ts";

export const Normalisation = z.discriminatedUnion("method", [
  /** No rescaling, for indicators already on a common scale (e.g. 0–100 scores): y = x′ = direction · x. */
  z.object({ method: z.literal("identity") }),
  z.object({ method: z.literal("minmax"), low: z.number().default(0), high: z.number().default(100) }),
  z.object({ method: z.literal("zscore"), mean: z.number().default(0), sd: z.number().positive().default(1) }),
  z.object({ method: z.literal("rank") }),
  z.object({ method: z.literal("prank") }),
  z.object({ method: z.literal("borda") }),
  z.object({ method: z.literal("dist2max") }),
  z.object({ method: z.literal("fracmax") }),
  z.object({ method: z.literal("dist2ref"), reference: z.string().min(1) }),
  z.object({ method: z.literal("dist2target"), cap: z.boolean().default(true) }),
  z.object({
    method: z.literal("goalposts"),
    goalposts: z.record(z.string(), z.tuple([z.number(), z.number()])),
    scale: z.number().default(100),
  }),
  /** Panels only: each unit's value divided by its own base-year value, times 100. */
  z.object({ method: z.literal("baseYear"), year: z.number().int() }),
]);
export type Normalisation = z.infer<typeof Normalisation>;

export interface ColumnContext {
  direction: 1 | -1;
  /** Indicator target (iMeta Target) in original units, for dist2target. */
  target?: number | null;
  /** Position of the reference unit in the column, for dist2ref. */
  refIndex?: number;
  code: string;
}

const moments = new Float64Array(2);

function range(x: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of x) if (!Number.isNaN(v)) (lo = Math.min(lo, v)), (hi = Math.max(hi, v));
  return [lo, hi];
}

/**
 * Normalises one column (baseYear is handled by the panel module, not here). With `reference`, the
 * scale parameters (min, max, mean, sd) come from it instead of x: normalising against a base year.
 * Rank-based methods always rank within x.
 */
export function normaliseColumn(x: Float64Array, n: Normalisation, ctx: ColumnContext, reference?: Float64Array): Float64Array {
  if (n.method === "minmax" || n.method === "zscore") return normaliseInto(x, new Float64Array(x.length), n, ctx, reference);
  const d = ctx.direction;
  const y = x.map((v) => v * d);
  const r = reference ? reference.map((v) => v * d) : y;
  const [lo, hi] = range(r);
  switch (n.method) {
    case "identity": // y = x′
      return y;
    case "rank": // y = min-rank of x′ ascending (the best gets n)
      return minRank(y, false);
    case "borda": // y = min-rank − 1: the number of units strictly beaten
      return minRank(y, false).map((r) => r - 1);
    case "prank": {
      // y = (min-rank − 1)/(n − 1), n present values
      const r = minRank(y, false);
      const cnt = r.reduce((c, v) => c + (Number.isNaN(v) ? 0 : 1), 0);
      return r.map((v) => (v - 1) / (cnt - 1));
    }
    case "dist2max": // y = 1 − (max − x′)/(max − min)
      return y.map((v) => 1 - (hi - v) / (hi - lo));
    case "fracmax": // y = x′ / max(x′)
      return y.map((v) => v / hi);
    case "dist2ref": {
      // y = 1 − (x′_ref − x′)/(max − min): 1 at the reference unit
      const ref = r[ctx.refIndex ?? -1] ?? NaN;
      return y.map((v) => 1 - (ref - v) / (hi - lo));
    }
    case "dist2target": {
      // y = (x′ − min)/(target′ − min), capped at 1 when `cap`
      const t = (ctx.target ?? NaN) * d;
      return y.map((v) => {
        const r = (v - lo) / (t - lo);
        return n.cap ? Math.min(r, 1) : r;
      });
    }
    case "goalposts": {
      // y = clamp((x′ − lo′)/(hi′ − lo′), 0, 1)·scale, goalposts given in original units
      const gp = n.goalposts[ctx.code];
      if (!gp) return y.fill(NaN);
      const [a, b] = d === 1 ? gp : [-gp[1], -gp[0]];
      return y.map((v) => Math.min(Math.max((v - a) / (b - a), 0), 1) * n.scale);
    }
    case "baseYear":
      throw new Error("baseYear normalisation needs panel data (see panel.ts)");
  }
}

/**
 * normaliseColumn written into `out` (x itself will do); min-max and z-scores allocate nothing
 * without a reference, as the uncertainty analysis normalises every column of every replication.
 */
export function normaliseInto(x: ArrayLike<number>, out: Float64Array, n: Normalisation, ctx: ColumnContext, reference?: Float64Array): Float64Array {
  if (n.method !== "minmax" && n.method !== "zscore") {
    out.set(normaliseColumn(Float64Array.from(x), n, ctx, reference));
    return out;
  }
  const d = ctx.direction;
  for (let i = 0; i < x.length; i++) out[i] = x[i]! * d;
  const r = reference ? reference.map((v) => v * d) : out;
  if (n.method === "minmax") {
    // y = (x′ − min)/(max − min)·(high − low) + low
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < r.length; i++) {
      const v = r[i]!;
      if (!Number.isNaN(v)) (lo = Math.min(lo, v)), (hi = Math.max(hi, v));
    }
    for (let i = 0; i < out.length; i++) out[i] = ((out[i]! - lo) / (hi - lo)) * (n.high - n.low) + n.low;
  } else {
    // y = (x′ − mean)/sd·s + m, sample sd
    meanSd(r, moments);
    const m = moments[0]!;
    const s = moments[1]!;
    for (let i = 0; i < out.length; i++) out[i] = ((out[i]! - m) / s) * n.sd + n.mean;
  }
  return out;
}
