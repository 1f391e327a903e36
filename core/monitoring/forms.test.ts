/** Each target form and flag: multiple, increments (stock, cumulative, per year), growth in % and in 个百分点, ranges, upper bounds, horizons. */
import { describe, expect, it } from "vitest";
import { computeProgress, geometricMeanRate, StatusThresholds, type ProgressInput } from "./index.ts";

const count = { measure: "count" } as const;
const b2020 = (value: number) => ({ value, year: 2020 });
const run = (input: ProgressInput) => computeProgress(input);

describe("multiple targets (翻番)", () => {
  it("aims at value × baseline and reports the ratio to the baseline", () => {
    const p = run({ indicator: count, target: { kind: "multiple", comparator: ">=", value: 2, targetYear: 2027, baseline: b2020(500) }, observations: [{ year: 2024, value: 800 }] });
    expect(p.targetLevel).toBe(1000);
    expect(p.ratioToBaseline).toBeCloseTo(1.6, 12);
    expect(p.status).toBe("on_track");
  });
  it("cannot be assessed without a stated baseline", () => {
    const p = run({ indicator: count, target: { kind: "multiple", comparator: ">=", value: 2, targetYear: 2027 }, observations: [{ year: 2023, value: 1 }, { year: 2024, value: 800 }] });
    expect([p.status, p.reason, p.targetLevel]).toEqual(["no_data", "no_target_level", null]);
  });
});

describe("increment targets (新增)", () => {
  it("stock values: realised increment = latest − baseline, linear basis", () => {
    const p = run({ indicator: count, target: { kind: "increment", comparator: ">=", value: 1000, targetYear: 2025, baseline: b2020(5000) }, observations: [{ year: 2023, value: 5600 }] });
    expect([p.targetLevel, p.change, p.growthBasis]).toEqual([6000, 600, "linear"]);
    expect(p.realisedAnnualGrowth).toBeCloseTo(200, 10);
    expect(p.requiredAnnualGrowth).toBeCloseTo(200, 10);
    expect(p.status).toBe("on_track");
  });
  it("cumulative: the yearly additions are summed since the baseline year", () => {
    const p = run({
      indicator: count,
      target: { kind: "increment", comparator: ">=", value: 1200, targetYear: 2025, cumulative: true, baseline: b2020(300) },
      observations: [{ year: 2020, value: 300 }, { year: 2021, value: 200 }, { year: 2022, value: 250 }, { year: 2023, value: 180 }],
    });
    expect(p.current).toBe(630);
    expect(p.baseline).toEqual({ year: 2020, value: 0, source: "target" });
    expect(p.projection).toBeCloseTo(630 + 210 * 2, 10);
    expect(p.projectedCompletion).toBeCloseTo(1050 / 1200, 12);
    expect(p.status).toBe("at_risk");
  });
  it("per year: each year is checked against the yearly figure; one miss means at risk, then off track at the deadline", () => {
    const target = { kind: "increment", comparator: ">=", value: 1000, targetYear: 2025, perYear: true, baseline: b2020(900) } as const;
    const obs = [{ year: 2021, value: 1100 }, { year: 2022, value: 950 }, { year: 2023, value: 1050 }];
    const p = run({ indicator: count, target, observations: obs });
    expect(p.years?.map((y) => y.met)).toEqual([true, false, true]);
    expect([p.status, p.requiredAnnualGrowth, p.projection]).toEqual(["at_risk", null, null]);
    expect(p.completion).toBeCloseTo(1.05, 12);
    const allMet = run({ indicator: count, target, observations: [{ year: 2021, value: 1000 }, { year: 2025, value: 1200 }] });
    expect(allMet.status).toBe("achieved");
    const late = run({ indicator: count, target, observations: [...obs, { year: 2024, value: 1000 }, { year: 2025, value: 1000 }] });
    expect([late.status, late.reason]).toEqual(["off_track", "deadline_missed"]);
  });
});

describe("growth targets", () => {
  it("in % on levels: target level = baseline·(1+r)^years, realised is the CAGR; never achieved early", () => {
    const target = { kind: "growth", comparator: ">=", value: 10, targetYear: 2025, baseline: b2020(100) } as const;
    const p = run({ indicator: { measure: "amount" }, target, observations: [{ year: 2023, value: 140 }] });
    expect(p.targetLevel).toBeCloseTo(100 * 1.1 ** 5, 10);
    expect(p.realisedAnnualGrowth).toBeCloseTo(Math.cbrt(1.4) - 1, 12);
    expect(p.realisedVsRequired).toBeCloseTo((Math.cbrt(1.4) - 1) / 0.1, 12);
    expect(p.status).toBe("on_track");
    const slow = run({ indicator: { measure: "amount" }, target, observations: [{ year: 2023, value: 129 }] });
    expect(slow.status).toBe("at_risk"); // 8.85 % a year ≥ 0.85 × 10 %
    const slower = run({ indicator: { measure: "amount" }, target, observations: [{ year: 2023, value: 126 }] });
    expect(slower.status).toBe("off_track"); // 8.0 % a year < 8.5 %
    const done = run({ indicator: { measure: "amount" }, target, observations: [{ year: 2025, value: 161.06 }] });
    expect(done.status).toBe("achieved");
  });
  it("on a rate indicator: the realised rate is the geometric mean of the yearly rates", () => {
    expect(geometricMeanRate([10, 10])).toBeCloseTo(0.1, 12);
    expect(geometricMeanRate([20, 0])).toBeCloseTo(Math.sqrt(1.2) - 1, 12);
    const p = run({ indicator: { measure: "rate" }, target: { kind: "growth", comparator: ">=", value: 10, targetYear: 2025, baseline: b2020(12) }, observations: [{ year: 2021, value: 14 }, { year: 2022, value: 11 }] });
    expect(p.realisedAnnualGrowth).toBeCloseTo(Math.sqrt(1.14 * 1.11) - 1, 12);
    expect(p.status).toBe("on_track");
    expect(p.path.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });
  it("in 个百分点: target level = baseline + points, linear basis, realised change reported", () => {
    const p = run({ indicator: { measure: "share" }, target: { kind: "growth", comparator: ">=", value: 0.5, unit: "个百分点", targetYear: 2025, baseline: b2020(2.0) }, observations: [{ year: 2022, value: 2.2 }] });
    expect(p.targetLevel).toBeCloseTo(2.5, 12);
    expect(p.change).toBeCloseTo(0.2, 12);
    expect(p.realisedVsRequired).toBeCloseTo(0.4, 12);
    expect([p.growthBasis, p.status]).toEqual(["linear", "on_track"]); // projected 2.2 + 0.1·3 = 2.5
  });
  it("a fall in 个百分点 is a negative value with an upper bound", () => {
    const p = run({ indicator: { measure: "share" }, target: { kind: "growth", comparator: "<=", value: -0.5, unit: "个百分点", targetYear: 2025, baseline: b2020(10) }, observations: [{ year: 2025, value: 9.4 }] });
    expect([p.sense, p.status]).toEqual(["lower_is_better", "achieved"]);
    expect(p.targetLevel).toBeCloseTo(9.5, 12);
  });
});

describe("comparators, directions and horizons", () => {
  it("a baseline already meeting the target has no completion, and a slide below it is off track", () => {
    const p = run({ indicator: count, target: { kind: "level", comparator: ">=", value: 100, targetYear: 2025, baseline: b2020(110) }, observations: [{ year: 2023, value: 95 }] });
    expect([p.completion, p.projectedCompletion, p.status]).toEqual([null, null, "off_track"]);
  });
  it("a strict bound is not achieved at equality", () => {
    const at = (comparator: ">" | ">=") => run({ indicator: count, target: { kind: "level", comparator, value: 100, targetYear: 2025, baseline: b2020(50) }, observations: [{ year: 2025, value: 100 }] }).status;
    expect([at(">"), at(">=")]).toEqual(["off_track", "achieved"]);
  });
  it("an upper bound falls: 控制在 30 分钟以内", () => {
    const p = run({ indicator: { measure: "ratio", direction: "lower_is_better" }, target: { kind: "level", comparator: "<=", value: 30, targetYear: 2027, baseline: { value: 45, year: 2022 } }, observations: [{ year: 2024, value: 38 }] });
    expect(p.sense).toBe("lower_is_better");
    expect(p.requiredAnnualGrowth).toBeLessThan(0);
    expect(p.status).toBe("on_track");
  });
  it("a range is met inside [value, valueMax]", () => {
    const at = (v: number) => run({ indicator: count, target: { kind: "level", comparator: "=", value: 2, valueMax: 3, targetYear: 2027, baseline: b2020(0) }, observations: [{ year: 2027, value: v }] }).status;
    expect([at(1), at(2), at(3), at(4)]).toEqual(["off_track", "achieved", "achieved", "off_track"]);
  });
  it("asOfYear replays the past and values after the target year do not count", () => {
    const input: ProgressInput = { indicator: count, target: { kind: "level", comparator: ">=", value: 100, targetYear: 2025, baseline: b2020(50) }, observations: [{ year: 2022, value: 60 }, { year: 2025, value: 90 }, { year: 2026, value: 120 }] };
    expect(run(input).latest).toEqual({ year: 2025, value: 90 });
    expect(run(input).status).toBe("off_track");
    expect(run({ ...input, asOfYear: 2023 }).latest).toEqual({ year: 2022, value: 60 });
  });
  it("a level target without a stated baseline measures its trend from the earliest observation", () => {
    const p = run({ indicator: count, target: { kind: "level", comparator: ">=", value: 1000, targetYear: 2027 }, observations: [{ year: 2023, value: 500 }, { year: 2024, value: 600 }] });
    expect(p.baseline).toEqual({ year: 2023, value: 500, source: "observation" });
    expect(p.realisedAnnualGrowth).toBeCloseTo(0.2, 12);
    const alone = run({ indicator: count, target: { kind: "level", comparator: ">=", value: 1000, targetYear: 2027 }, observations: [{ year: 2024, value: 600 }] });
    expect([alone.status, alone.reason, alone.requiredAnnualGrowth !== null]).toEqual(["no_data", "no_trend", true]);
  });
  it("thresholds are configurable and validated", () => {
    const input: ProgressInput = { indicator: count, target: { kind: "level", comparator: ">=", value: 1000, targetYear: 2025, baseline: b2020(500) }, observations: [{ year: 2023, value: 750 }] };
    expect(run(input).status).toBe("at_risk"); // projected completion ≈ 0.966
    expect(run({ ...input, thresholds: { atRisk: 0.97, onTrack: 1 } }).status).toBe("off_track");
    expect(run({ ...input, thresholds: { atRisk: 0.85, onTrack: 0.95 } }).status).toBe("on_track");
    expect(StatusThresholds.safeParse({ atRisk: 0.9, onTrack: 0.8 }).success).toBe(false);
    expect(StatusThresholds.parse({})).toEqual({ atRisk: 0.85, onTrack: 1 });
  });
});
