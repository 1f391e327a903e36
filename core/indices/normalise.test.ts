/** The normalisations COINr's reference files do not cover: distance to reference and target, goalposts. */
import { describe, expect, it } from "vitest";
import { normaliseColumn } from "./normalise.ts";

const x = Float64Array.from([10, 20, 30, 50]);
const ctx = { direction: 1 as const, code: "x" };

describe("normalisation by reference points", () => {
  it("distance to a reference unit is 1 at the reference and moves by 1 over the whole range", () => {
    const y = normaliseColumn(x, { method: "dist2ref", reference: "c" }, { ...ctx, refIndex: 2 });
    expect(Array.from(y)).toEqual([0.5, 0.75, 1, 1.5]);
  });

  it("distance to target reaches 1 at the target and is capped there", () => {
    const y = normaliseColumn(x, { method: "dist2target", cap: true }, { ...ctx, target: 30 });
    expect(Array.from(y)).toEqual([0, 0.5, 1, 1]);
    const lower = normaliseColumn(x, { method: "dist2target", cap: false }, { direction: -1, code: "x", target: 20 });
    // Lower is better: 50 (the worst) scores 0, the target 20 scores 1, better than target exceeds 1.
    [4 / 3, 1, 2 / 3, 0].forEach((v, i) => expect(lower[i]).toBeCloseTo(v, 12));
  });

  it("goalposts clamp to [0, scale] and invert for lower-is-better indicators", () => {
    const up = normaliseColumn(x, { method: "goalposts", goalposts: { x: [20, 40] }, scale: 100 }, ctx);
    expect(Array.from(up)).toEqual([0, 0, 50, 100]);
    const down = normaliseColumn(x, { method: "goalposts", goalposts: { x: [20, 40] }, scale: 100 }, { ...ctx, direction: -1 });
    expect(Array.from(down)).toEqual([100, 100, 50, 0]);
  });

  it("can take its scale from a reference column (a base year)", () => {
    const y = normaliseColumn(x, { method: "minmax", low: 0, high: 100 }, ctx, Float64Array.from([10, 30]));
    expect(Array.from(y)).toEqual([0, 50, 100, 200]);
  });
});
