import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareTargets, judge } from "./compare-targets.ts";
import { requiredGrowth, type AlignableTarget } from "./annual-growth.ts";

const level = (value: number, targetYear: number, baseline?: { value: number; year: number }, planStart = 2021): AlignableTarget => ({
  spec: { kind: "level", value, targetYear, ...(baseline ? { baseline } : {}) },
  planStart,
});
const up = { measure: "share", direction: "higher_is_better", relation: "same" } as const;

describe("compareTargets", () => {
  it("compares levels for the same place and year", () => {
    expect(compareTargets(level(2.6, 2025), level(2.6, 2025), up).verdict).toBe("consistent");
    expect(compareTargets(level(3, 2025), level(2.6, 2025), up).verdict).toBe("more_ambitious");
    expect(compareTargets(level(2, 2025), level(2.6, 2025), up).verdict).toBe("weaker");
    expect(compareTargets(level(2, 2025), level(2.6, 2025), { ...up, direction: "lower_is_better" }).verdict).toBe("more_ambitious");
  });

  it("projects the higher plan's path to the lower plan's year", () => {
    // City 2.11 % (2020) → 2.6 % (2025) moves 0.098 points a year: 2.796 % in 2027; a zone's 5.7 % is above it.
    const r = compareTargets(level(5.7, 2027, undefined, 2023), level(2.6, 2025, { value: 2.11, year: 2020 }), { ...up, relation: "part", places: { lower: "重庆高新区", higher: "重庆市" } });
    expect(r).toMatchObject({ verdict: "more_ambitious", basis: "projected_level" });
    expect(r.higher).toBeCloseTo(2.796, 6);
    expect(r.notes.map((n) => n.zh).join()).toContain("重庆高新区是重庆市的一部分");
  });

  it("compares a zone's count with the city's on required growth only", () => {
    const doubling: AlignableTarget = { spec: { kind: "multiple", value: 2, targetYear: 2027 }, planStart: 2023 };
    const city = level(45000, 2025, { value: 26371, year: 2020 });
    const r = compareTargets(doubling, city, { measure: "count", direction: "higher_is_better", relation: "part" });
    expect(r).toMatchObject({ verdict: "more_ambitious", basis: "annual_growth" });
    expect(r.lower).toBeCloseTo(2 ** (1 / 5) - 1, 9);
    expect(compareTargets(level(4500, 2027), city, { measure: "count", direction: "higher_is_better", relation: "part" }).verdict).toBe("not_comparable");
  });

  it("states why targets are not comparable", () => {
    const r = compareTargets(level(5, 2027), level(4, 2025), up);
    expect(r.verdict).toBe("not_comparable");
    expect(r.reason.en).toContain("baselines");
    expect(compareTargets(level(5, 2025), level(4, 2025), { ...up, relation: "other" }).verdict).toBe("not_comparable");
  });

  it("flips the verdict when the plans swap, and ignores the scale of the figures", () => {
    const positive = fc.double({ min: 0.1, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(positive, positive, fc.double({ min: 0.01, max: 1000, noNaN: true }), (a, b, k) => {
        const forward = compareTargets(level(a, 2025), level(b, 2025), up).verdict;
        const back = compareTargets(level(b, 2025), level(a, 2025), up).verdict;
        const flip = { more_ambitious: "weaker", weaker: "more_ambitious", consistent: "consistent", not_comparable: "not_comparable" } as const;
        if (Math.abs(a - b) > 0.01 * Math.max(a, b)) expect(back).toBe(flip[forward]);
        expect(judge(a * k, b * k, "higher_is_better")).toBe(judge(a, b, "higher_is_better"));
      }),
    );
  });

  it("reads 翻番 over five years as 14.87 % a year", () => {
    expect(requiredGrowth({ spec: { kind: "multiple", value: 2, targetYear: 2025 }, planStart: 2021 }, "count")!.rate).toBeCloseTo(0.1487, 4);
  });
});
