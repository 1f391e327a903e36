/**
 * Outlier treatment finds the points it caps one extreme at a time; here it is checked against the
 * definition by sorting (present values ordered by value, then position), points and values alike.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kurtosis, skewness } from "./stats.ts";
import { treatColumn, type TreatOptions } from "./treat.ts";

/** Winsorisation by the book: sort once, cap the nHi largest and nLo smallest, re-test after each point. */
function bySorting(x: Float64Array, o: TreatOptions): { values: Float64Array; points: (string | null)[] } {
  const fails = (y: Float64Array) => Math.abs(skewness(y)) >= o.skewThreshold && kurtosis(y) >= o.kurtThreshold;
  const points: (string | null)[] = Array.from(x, () => null);
  if (!fails(x)) return { values: x.slice(), points };
  const order = [...x.keys()].filter((i) => !Number.isNaN(x[i]!)).sort((a, b) => x[a]! - x[b]! || a - b);
  const n = order.length;
  const limit = Math.min(o.maxPoints ?? Infinity, n - 2);
  let [nHi, nLo, y, ok] = [0, 0, x, false];
  while (nHi + nLo < limit && !ok) {
    if (skewness(y) >= 0) nHi++;
    else nLo++;
    y = x.slice();
    for (let k = 0; k < nHi; k++) y[order[n - 1 - k]!] = x[order[n - 1 - nHi]!]!;
    for (let k = 0; k < nLo; k++) y[order[k]!] = x[order[nLo]!]!;
    ok = !fails(y);
  }
  if (!ok && o.fallback === "log") {
    const present = order.map((i) => x[i]!);
    const [lo, hi] = [Math.min(...present), Math.max(...present)];
    return { values: x.map((v) => Math.log(v - lo + 0.01 * (hi - lo))), points: points.map((_, i) => (Number.isNaN(x[i]!) ? null : "log")) };
  }
  for (let k = 0; k < nHi; k++) points[order[n - 1 - k]!] = "winhi";
  for (let k = 0; k < nLo; k++) points[order[k]!] = "winlo";
  return { values: y === x ? x.slice() : y, points };
}

// Few distinct values with far outliers: ties at the extremes, many winsorisation steps.
const value = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 0, max: 6 }) },
  { weight: 2, arbitrary: fc.constantFrom(-400, 300, 1000, 1000) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity) },
);

describe("outlier treatment", () => {
  it("caps the same points to the same values as sorting would", () => {
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 3, maxLength: 40 }),
        fc.constantFrom(null, 0, 1, 2, 3, 8),
        fc.constantFrom("log" as const, "none" as const),
        (xs, maxPoints, fallback) => {
          const x = Float64Array.from(xs);
          const o = { maxPoints, skewThreshold: 2, kurtThreshold: 3.5, fallback };
          const { values, report } = treatColumn(x, o);
          const expected = bySorting(x, o);
          expect(values).toEqual(expected.values);
          expect(report.points).toEqual(expected.points);
        },
      ),
      { numRuns: 500 },
    );
  });
});
