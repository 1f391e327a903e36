import { describe, expect, it } from "vitest";
import {
  comparatorSymbol,
  completionPercent,
  formatDisplayValue,
  formatGrowth,
  formatNumber,
  formatRankInterval,
  formatRankQuantile,
  formatTarget,
  toBaseValue,
  toDisplayValue,
} from "./number.format.ts";

const yi = { displayScale: 1e8, decimals: 1 };
const count = { displayScale: 1, decimals: 0 };
const target = (over: Partial<Parameters<typeof formatTarget>[0]["target"]> = {}) => ({
  target: { value: 45000, valueMax: null, year: 2025, comparator: ">=" as const, kind: "level" as const, ...over },
  ...count,
});

describe("display units", () => {
  it("converts base values to display units and back without binary noise", () => {
    expect(toDisplayValue(86_510_000_000, 1e8)).toBe(865.1);
    expect(toBaseValue(865.1, 1e8)).toBe(86_510_000_000);
    expect(toBaseValue(0.1 + 0.2, 1)).toBe(0.3);
  });

  it("formats with the indicator's decimals and thousands separators in both languages", () => {
    expect(formatDisplayValue(14_570_000_000, yi, "zh")).toBe("145.7");
    expect(formatDisplayValue(110_000_000_000, yi, "zh")).toBe("1,100");
    expect(formatDisplayValue(283_664_000_000, yi, "zh")).toBe("2,836.6");
    expect(formatDisplayValue(26371, count, "zh")).toBe("26,371");
    expect(formatDisplayValue(26371, count, "en")).toBe("26,371");
    expect(formatNumber(2.456, 2, "zh")).toBe("2.46");
  });
});

describe("targets", () => {
  it("prints comparators as symbols", () => {
    expect(comparatorSymbol(">=")).toBe("≥");
    expect(comparatorSymbol("<=")).toBe("≤");
    expect(comparatorSymbol("=")).toBe("");
  });

  it("formats level targets, ranges and the other kinds", () => {
    expect(formatTarget(target(), "zh")).toBe("≥45,000");
    expect(formatTarget(target({ comparator: "=", value: 2, valueMax: 3 }), "zh")).toBe("2–3");
    expect(formatTarget(target({ kind: "growth", comparator: ">", value: 10 }), "zh")).toBe("年均增长>10%");
    expect(formatTarget(target({ kind: "growth", comparator: ">", value: 10 }), "en")).toBe(">10% a year");
    expect(formatTarget(target({ kind: "multiple", comparator: "=", value: 2 }), "zh")).toBe("基期的2倍");
    expect(formatTarget(target({ kind: "multiple", comparator: ">=", value: 2 }), "zh")).toBe("≥基期的2倍");
    expect(formatTarget(target({ kind: "multiple", comparator: ">=", value: 2 }), "en")).toBe("≥2 × baseline");
    expect(formatTarget({ ...target({ kind: "increment", value: 1e10 }), ...yi }, "zh")).toBe("新增≥100");
  });
});

describe("growth and completion", () => {
  it("shows compound growth (a fraction) in % and linear growth a year", () => {
    const share = { growthBasis: "linear" as const, unit: "%", displayUnit: "%", displayScale: 1, decimals: 2 };
    const money = { growthBasis: "compound" as const, unit: "元", displayUnit: "亿元", displayScale: 1e8, decimals: 1 };
    expect(formatGrowth(0.12762, money, "zh")).toBe("12.8%");
    expect(formatGrowth(-0.123, money, "en")).toBe("-12.3%");
    expect(formatGrowth(0.075, share, "zh")).toBe("0.08 个百分点/年");
    expect(formatGrowth(0.5, share, "en")).toBe("0.5 pp/yr");
    expect(formatGrowth(5e8, { ...money, growthBasis: "linear" }, "zh")).toBe("5 亿元/年");
    expect(formatGrowth(5e8, { ...money, growthBasis: "linear" }, "en")).toBe("5 100m yuan/yr");
    expect(formatGrowth(null, money, "zh")).toBeNull();
    expect(formatGrowth(3, { ...money, growthBasis: null }, "zh")).toBeNull();
  });

  it("clips completion to 0–100 %", () => {
    expect(completionPercent(0.456)).toBe(46);
    expect(completionPercent(1.7)).toBe(100);
    expect(completionPercent(-0.2)).toBe(0);
    expect(completionPercent(null)).toBeNull();
  });
});

describe("formatRankQuantile", () => {
  it("shows whole ranks, the nearest for interpolated quantiles", () => {
    expect(formatRankQuantile(5)).toBe("5");
    expect(formatRankQuantile(1.9500000000000001)).toBe("2");
    expect(formatRankQuantile(12.25)).toBe("12");
    expect(formatRankInterval(1.9500000000000001, 4.6)).toBe("2–5");
  });
});
