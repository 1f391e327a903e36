/**
 * Aggregation up the tree: each aggregate is a weighted mean (arithmetic, geometric, harmonic) or
 * the Copeland score of its children, with weights renormalised over the children a unit has data for.
 */
import { z } from "zod";
import type { Frame, IndexDefinition, Weights } from "./definition.ts";

export const AggregationMethod = z.enum(["arithmetic", "geometric", "harmonic", "copeland"]);
export type AggregationMethod = z.infer<typeof AggregationMethod>;

/**
 * Weighted mean of one unit's children over present values only (wᵢ renormalised to Σw = 1):
 * arithmetic Σwᵢxᵢ/Σwᵢ; geometric exp(Σwᵢ ln xᵢ/Σwᵢ); harmonic Σwᵢ/Σ(wᵢ/xᵢ). NaN if none present.
 */
export function weightedMean(xs: ArrayLike<number>, ws: ArrayLike<number>, method: Exclude<AggregationMethod, "copeland">): number {
  let sw = 0;
  let acc = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const w = ws[i]!;
    // A zero weight removes the child entirely (0·ln 0 would otherwise poison geometric means).
    if (Number.isNaN(x) || w === 0) continue;
    sw += w;
    if (method === "arithmetic") acc += w * x;
    else if (method === "geometric") acc += w * Math.log(x);
    else acc += w / x;
  }
  if (sw === 0) return NaN;
  if (method === "arithmetic") return acc / sw;
  if (method === "geometric") return Math.exp(acc / sw);
  return sw / acc;
}

/**
 * weightedMean of every unit at once, written to `out`: column k holds child k for all units, and
 * each unit's sums run over the children in order, so the results equal weightedMean's to the bit.
 * `sw` is scratch of at least out.length.
 */
export function weightedMeansInto(
  cols: readonly ArrayLike<number>[],
  ws: ArrayLike<number>,
  method: Exclude<AggregationMethod, "copeland">,
  out: Float64Array,
  sw: Float64Array,
): Float64Array {
  const n = out.length;
  out.fill(0);
  sw.fill(0, 0, n);
  for (let k = 0; k < cols.length; k++) {
    const w = ws[k]!;
    if (w === 0) continue;
    const x = cols[k]!;
    // One loop per method keeps the test out of the inner loop.
    if (method === "arithmetic")
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        if (!Number.isNaN(v)) (sw[i]! += w), (out[i]! += w * v);
      }
    else if (method === "geometric")
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        if (!Number.isNaN(v)) (sw[i]! += w), (out[i]! += w * Math.log(v));
      }
    else
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        if (!Number.isNaN(v)) (sw[i]! += w), (out[i]! += w / v);
      }
  }
  // Plain stores, not one conditional expression with NaN: V8 would box every result.
  for (let i = 0; i < n; i++) {
    const a = out[i]!;
    const s = sw[i]!;
    if (s === 0) out[i] = NaN;
    else if (method === "arithmetic") out[i] = a / s;
    else if (method === "geometric") out[i] = Math.exp(a / s);
    else out[i] = s / a;
  }
  return out;
}

/**
 * Copeland score of each unit over the given columns: unit a beats b when the weight of columns
 * where a > b exceeds the weight where b > a (missing pairs skipped); score = wins − losses.
 */
export function copeland(cols: Float64Array[], ws: ArrayLike<number>): Float64Array {
  const n = cols[0]?.length ?? 0;
  const out = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      let margin = 0;
      for (let k = 0; k < cols.length; k++) {
        const xa = cols[k]![a]!;
        const xb = cols[k]![b]!;
        if (xa > xb) margin += ws[k]!;
        else if (xb > xa) margin -= ws[k]!;
      }
      if (margin > 0) (out[a]! += 1), (out[b]! -= 1);
      else if (margin < 0) (out[a]! -= 1), (out[b]! += 1);
    }
  }
  return out;
}

/** Aggregation method per tree level (level 2 upwards); a single method applies everywhere. */
export type LevelMethods = AggregationMethod | Record<number, AggregationMethod>;

export const methodAt = (m: LevelMethods, level: number): AggregationMethod =>
  typeof m === "string" ? m : (m[level] ?? "arithmetic");

/** Ratio of two score columns: nᵢ / dᵢ; NaN where either is missing or dᵢ = 0. */
export function ratioColumn(num: ArrayLike<number>, den: ArrayLike<number>): Float64Array {
  const out = new Float64Array(num.length);
  for (let i = 0; i < out.length; i++) {
    const d = den[i]!;
    out[i] = d === 0 ? NaN : num[i]! / d;
  }
  return out;
}

/** Adds one column per aggregate to a copy of the normalised frame, bottom-up, then one per ratio node. */
export function aggregateTree(def: IndexDefinition, frame: Frame, weights: Weights, methods: LevelMethods): Frame {
  const cols = new Map(frame.cols);
  const n = frame.units.length;
  for (const code of def.aggregates) {
    const node = def.nodes.get(code)!;
    const kids = node.children.map((c) => cols.get(c)!);
    const ws = node.children.map((c) => weights.get(c) ?? 1);
    const method = methodAt(methods, node.level);
    if (method === "copeland") {
      cols.set(code, copeland(kids, ws));
      continue;
    }
    cols.set(code, weightedMeansInto(kids, ws, method, new Float64Array(n), new Float64Array(n)));
  }
  for (const r of def.ratios) cols.set(r.code, ratioColumn(cols.get(r.numerator)!, cols.get(r.denominator)!));
  return { units: frame.units, cols };
}
