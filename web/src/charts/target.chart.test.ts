import { describe, expect, it } from "vitest";
import { progressFixture } from "./progress.fixture.ts";
import { buildTargetChartOption, chartYears, requiredPath, targetPoint } from "./target.chart.ts";

const labels = { unit: "亿元", actual: "实际值", path: "目标路径", baseline: "基期值", target: "目标值", locale: "zh-CN" };
type Series = { name: string; type: string; data: (number | null)[]; lineStyle?: { type?: string } };

describe("target chart option", () => {
  it("spans baseline year to target year", () => {
    expect(chartYears(progressFixture())).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    const late = progressFixture({ observations: [{ value: 1, year: 2026 }], baseline: null, path: [] });
    expect(chartYears(late)).toEqual([2025, 2026]);
  });

  it("draws actuals, a dashed required path, baseline and target in display units", () => {
    const option = buildTargetChartOption(progressFixture(), labels);
    const series = option.series as Series[];
    const byName = Object.fromEntries(series.map((s) => [s.name, s]));
    expect(byName["实际值"]?.data).toEqual([145.7, null, null, 865.1, null, null]);
    expect(byName["目标路径"]?.lineStyle?.type).toBe("dashed");
    expect(byName["目标路径"]?.data).toEqual([145.7, null, null, null, null, 1100]);
    expect(byName["基期值"]?.data[0]).toBe(145.7);
    expect(byName["目标值"]?.data[5]).toBe(1100);
    expect((option.yAxis as { name?: string }).name).toBe("亿元");
  });

  it("falls back to a straight baseline-to-target path and to the level target's value", () => {
    const p = progressFixture({ path: [], targetLevel: null });
    expect(targetPoint(p)).toEqual({ year: 2025, value: 110_000_000_000 });
    expect(requiredPath(p)).toEqual([p.baseline, { year: 2025, value: 110_000_000_000 }]);
    const growth = progressFixture({ path: [], targetLevel: null, target: { ...p.target, kind: "growth", value: 10 } });
    expect(targetPoint(growth)).toBeNull();
    expect(requiredPath(growth)).toEqual([]);
  });

  it("drops the legend in compact mode", () => {
    expect(buildTargetChartOption(progressFixture(), labels, true).legend).toBeUndefined();
  });
});
