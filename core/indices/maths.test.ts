/** Property-based tests of the engine's maths (fast-check). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { weightedMean } from "./aggregate.ts";
import { normaliseColumn } from "./normalise.ts";
import { kurtosis, minRank, quantile, skewness } from "./stats.ts";
import { renormalise } from "./weights.ts";
import { asem } from "./testing/asem.ts";

/** Quarter-integers keep arithmetic exact, so ties and monotone transforms behave as on paper. */
const column = fc.array(fc.integer({ min: -4000, max: 4000 }).map((v) => v / 4), { minLength: 3, maxLength: 60 });
const distinct = (xs: number[]) => new Set(xs).size > 1;

describe("normalisation properties", () => {
  it("min-max lands inside [low, high] and hits both ends", () => {
    fc.assert(
      fc.property(column.filter(distinct), fc.double({ min: -100, max: 100, noNaN: true }), (xs, low) => {
        const high = low + 10;
        const y = normaliseColumn(Float64Array.from(xs), { method: "minmax", low, high }, { direction: 1, code: "x" });
        for (const v of y) expect(v).toBeGreaterThanOrEqual(low - 1e-9), expect(v).toBeLessThanOrEqual(high + 1e-9);
        expect(Math.min(...y)).toBeCloseTo(low, 6);
        expect(Math.max(...y)).toBeCloseTo(high, 6);
      }),
    );
  });

  it("ranks are invariant under strictly increasing transforms and flip with direction", () => {
    fc.assert(
      fc.property(column, (xs) => {
        const x = Float64Array.from(xs);
        const t = x.map((v) => v ** 3 + 2 * v);
        const r = normaliseColumn(x, { method: "rank" }, { direction: 1, code: "x" });
        expect(normaliseColumn(t, { method: "rank" }, { direction: 1, code: "x" })).toEqual(r);
        const desc = minRank(x, true);
        const neg = normaliseColumn(x, { method: "rank" }, { direction: -1, code: "x" });
        expect(neg).toEqual(minRank(x.map((v) => -v), false));
        expect(desc).toEqual(neg);
      }),
    );
  });

  it("z-scores have the requested mean and sd", () => {
    fc.assert(
      fc.property(column.filter(distinct), (xs) => {
        const y = normaliseColumn(Float64Array.from(xs), { method: "zscore", mean: 10, sd: 2 }, { direction: 1, code: "x" });
        const m = y.reduce((a, b) => a + b, 0) / y.length;
        expect(m).toBeCloseTo(10, 6);
      }),
    );
  });
});

describe("aggregation and weights", () => {
  it("renormalised sibling weights sum to 1", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 60, maxLength: 60 }), (ws) => {
        const codes = [...asem.def.nodes.keys()];
        const w = renormalise(asem.def, new Map(codes.map((c, i) => [c, ws[i]!])));
        for (const node of asem.def.nodes.values()) {
          if (node.children.length === 0) continue;
          expect(node.children.reduce((s, c) => s + w.get(c)!, 0)).toBeCloseTo(1, 12);
        }
      }),
    );
  });

  it("means of positive values are ordered harmonic ≤ geometric ≤ arithmetic and ignore missing children", () => {
    const pos = fc.array(fc.double({ min: 0.1, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(pos, (xs) => {
        const w = xs.map((_, i) => 1 + (i % 3));
        const a = weightedMean(xs, w, "arithmetic");
        const g = weightedMean(xs, w, "geometric");
        const h = weightedMean(xs, w, "harmonic");
        expect(h).toBeLessThanOrEqual(g * (1 + 1e-12));
        expect(g).toBeLessThanOrEqual(a * (1 + 1e-12));
        expect(weightedMean([...xs, NaN], [...w, 5], "arithmetic")).toBeCloseTo(a, 9);
      }),
    );
  });
});

describe("statistics", () => {
  it("type-7 quantiles lie between min and max and are monotone in p", () => {
    fc.assert(
      fc.property(column, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p, q) => {
        const [lo, hi] = p < q ? [p, q] : [q, p];
        expect(quantile(xs, lo)).toBeLessThanOrEqual(quantile(xs, hi));
        expect(quantile(xs, lo)).toBeGreaterThanOrEqual(Math.min(...xs));
      }),
    );
  });

  it("skewness and kurtosis do not depend on location and scale", () => {
    fc.assert(
      fc.property(column.filter((xs) => distinct(xs) && xs.length >= 4), (xs) => {
        const t = xs.map((v) => 3 * v + 7);
        if (!Number.isFinite(skewness(xs))) return;
        expect(skewness(t)).toBeCloseTo(skewness(xs), 4);
        expect(kurtosis(t)).toBeCloseTo(kurtosis(xs), 4);
      }),
    );
  });

  it("min-rank gives ties the lowest rank", () => {
    expect(Array.from(minRank([5, 3, 5, 1], true))).toEqual([1, 3, 1, 4]);
  });
});
