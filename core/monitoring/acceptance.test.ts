/** Acceptance examples: real figures of Chongqing's 2021–2025 S&T plan (专栏1, 2020 baselines) and its 2023 actuals. */
import { describe, expect, it } from "vitest";
import { computeProgress, Progress } from "./index.ts";

describe("Chongqing 2021–2025 plan, as of 2023", () => {
  it("科技型企业: 58524 in 2023 already exceeds the 45000 target", () => {
    const p = computeProgress({
      indicator: { measure: "count", direction: "higher_is_better" },
      target: { kind: "level", comparator: ">", value: 45000, targetYear: 2025, baseline: { value: 26371, year: 2020 } },
      observations: [{ year: 2023, value: 58524 }],
    });
    expect(p.status).toBe("achieved");
    expect(p.latest).toEqual({ year: 2023, value: 58524 });
    expect(p.targetLevel).toBe(45000);
    expect(p.completion).toBeCloseTo((58524 - 26371) / (45000 - 26371), 10);
    expect(p.ratioToBaseline).toBeCloseTo(58524 / 26371, 10);
    expect(p.requiredAnnualGrowth).toBeNull();
    expect(Progress.parse(p)).toEqual(p);
  });

  it("技术合同成交额: 865.1亿元 in 2023 is on track for 1100亿元, needing 12.76 % a year", () => {
    const p = computeProgress({
      indicator: { measure: "amount", direction: "higher_is_better" },
      target: { kind: "level", comparator: ">", value: 110_000_000_000, targetYear: 2025, baseline: { value: 14_570_000_000, year: 2020 } },
      observations: [{ year: 2023, value: 86_510_000_000 }],
    });
    expect(p.status).toBe("on_track");
    expect(p.growthBasis).toBe("compound");
    expect(Math.abs((p.requiredAnnualGrowth ?? NaN) - 0.1276)).toBeLessThan(0.0005);
    expect(p.realisedAnnualGrowth).toBeCloseTo(Math.cbrt(86_510 / 14_570) - 1, 10);
    expect(p.yearsRemaining).toBe(2);
    expect(p.path[0]).toEqual({ year: 2020, value: 14_570_000_000 });
    expect(p.path.at(-1)).toEqual({ year: 2025, value: 110_000_000_000 });
  });

  it("R&D intensity: 2.45 % in 2023 is on track for 2.6 % on a linear (percentage-point) basis", () => {
    const p = computeProgress({
      indicator: { measure: "share", direction: "higher_is_better" },
      target: { kind: "level", comparator: ">=", value: 2.6, targetYear: 2025, baseline: { value: 2.11, year: 2020 } },
      observations: [{ year: 2023, value: 2.45 }],
    });
    expect(p.status).toBe("on_track");
    expect(p.growthBasis).toBe("linear");
    expect(p.realisedAnnualGrowth).toBeCloseTo(0.1133, 4);
    expect(p.projection).toBeCloseTo(2.677, 3);
    expect(p.requiredAnnualGrowth).toBeCloseTo(0.075, 10);
  });

  it("a target with no observation after the baseline has no data and null figures", () => {
    const p = computeProgress({
      indicator: { measure: "share", direction: "higher_is_better" },
      target: { kind: "level", comparator: ">=", value: 2.6, targetYear: 2025, baseline: { value: 2.11, year: 2020 } },
      observations: [{ year: 2019, value: 2.0 }, { year: 2020, value: 2.11 }],
    });
    expect(p.status).toBe("no_data");
    expect(p.reason).toBe("no_observation");
    for (const key of [
      "latest", "current", "completion", "projectedCompletion", "requiredAnnualGrowth", "realisedAnnualGrowth",
      "change", "projection", "ratioToBaseline", "realisedVsRequired", "yearsRemaining",
    ] as const) {
      expect(p[key], key).toBeNull();
    }
    expect(Progress.parse(p)).toEqual(p);
  });
});
