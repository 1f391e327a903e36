/** Plan periods from title lines and five-year-plan ordinals. */
import { describe, expect, it } from "vitest";
import { detectPlanPeriod, fiveYearPlanPeriod } from "./plan-period.ts";

describe("detectPlanPeriod", () => {
  it("reads the period in a title line", () => {
    expect(detectPlanPeriod("某区行动计划(2023—2027年)\n正文")).toEqual({ start: 2023, end: 2027 });
    expect(detectPlanPeriod("某区行动方案（2024-2026年）\n")).toEqual({ start: 2024, end: 2026 });
  });

  it("reads a five-year plan's ordinal", () => {
    expect(detectPlanPeriod("某市“十五五”科技创新规划\n")).toEqual({ start: 2026, end: 2030 });
    expect(detectPlanPeriod("重庆市科技创新“十四五”规划\n")).toEqual({ start: 2021, end: 2025 });
    expect(fiveYearPlanPeriod(11)).toEqual({ start: 2006, end: 2010 });
  });

  it("ignores periods of other documents named in running text", () => {
    const text = "2023年，我们出台《某某行动方案(2023—2027年)》等文件，推进各项工作取得积极成效，全市科技创新综合水平进一步提升，创新生态持续优化。\n";
    expect(detectPlanPeriod(text)).toBeNull();
  });
});
