import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { context, JIULONGPO, SHAPINGBA, YUBEI, type Stored } from "./testing/catalogue.ts";
import { validateReportedValue, type ReportedValue } from "./validate-report.ts";

const codes = (input: ReportedValue, stored: Stored = [], patch = {}) => validateReportedValue(input, context(stored, patch)).problems.map((p) => p.code);

const contracts2024: Stored = [{ indicatorCode: "tech-contract-value", placeCode: SHAPINGBA, period: "2024", value: 100_530_000_000 }];
const contracts = (value: number, extra: Partial<ReportedValue> = {}): ReportedValue => ({ indicatorCode: "tech-contract-value", placeCode: SHAPINGBA, period: "2025", value, ...extra });

describe("validateReportedValue: the figure itself", () => {
  it("accepts a plausible figure in 亿元 and returns it in 元 with the parsed period", () => {
    const result = validateReportedValue(contracts(1180.6), context(contracts2024));
    expect(result.problems).toEqual([]);
    expect(result.value).toBe(118_060_000_000);
    expect(result.period).toEqual({ granularity: "year", year: 2025 });
  });
  it("reports an unknown indicator and an unknown place together, in both languages", () => {
    const { problems, value } = validateReportedValue({ indicatorCode: "tech-contract", placeCode: "500199", period: "2025", value: 3 }, context());
    expect(problems.map((p) => [p.field, p.code])).toEqual([["indicatorCode", "unknown_indicator"], ["placeCode", "unknown_place"]]);
    expect(problems[0]?.zh).toContain("指标“tech-contract”不存在");
    expect(problems[1]?.en).toContain('place "500199" does not exist');
    expect(value).toBeNull();
  });
  it("checks period syntax and the indicator's periodicity through validateValue", () => {
    expect(codes(contracts(1, { period: "2025Q5" }))).toEqual(["period_syntax"]);
    expect(codes(contracts(1, { period: "2025Q3" }))).toEqual(["period_periodicity"]);
    expect(codes({ indicatorCode: "tech-smes-monthly", placeCode: YUBEI, period: "2025-07", value: 12 })).toEqual([]);
  });
  it("refuses a period after the current year outside rounds", () => {
    const [problem] = validateReportedValue(contracts(1, { period: "2099" }), context()).problems;
    expect(problem).toMatchObject({ field: "period", code: "period_in_future" });
    expect(problem?.zh).toContain("晚于今年（2025）");
  });
  it("inside a round allows only its period, indicators and places", () => {
    const round = { period: "2024", indicatorCodes: new Set(["tech-smes"]), placeCodes: new Set([SHAPINGBA, JIULONGPO]) };
    expect(codes({ indicatorCode: "tech-smes", placeCode: SHAPINGBA, period: "2024", value: 3100 }, [], { round })).toEqual([]);
    const problems = validateReportedValue(contracts(10, { placeCode: YUBEI, period: "2023" }), context([], { round })).problems;
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ["period", "period_not_in_round"],
      ["indicatorCode", "indicator_not_in_round"],
      ["placeCode", "place_not_in_round"],
    ]);
    expect(problems[2]?.zh).toBe("本轮填报不含渝北区");
  });
  it("refuses NaN and infinities, shares above 100, negative amounts and fractional counts", () => {
    expect(codes(contracts(Number.NaN))).toEqual(["value_not_finite"]);
    expect(codes({ indicatorCode: "rd-intensity", placeCode: SHAPINGBA, period: "2024", value: 263 })).toEqual(["share_out_of_range"]);
    expect(codes({ indicatorCode: "tech-smes", placeCode: SHAPINGBA, period: "2024", value: 3100.5 })).toEqual(["count_not_whole"]);
    const [negative] = validateReportedValue(contracts(-12.5), context()).problems;
    expect(negative?.code).toBe("value_negative");
    expect(negative?.zh).toContain("-12.5 亿元");
  });
  it("refuses a unit of another kind on the unit field, and reads 万元 and 元", () => {
    const result = validateReportedValue({ indicatorCode: "tech-smes", placeCode: SHAPINGBA, period: "2024", value: 3100, unit: "亿元" }, context());
    expect(result.problems.map((p) => [p.field, p.code])).toEqual([["unit", "unit_mismatch"]]);
    expect(result.value).toBeNull();
    expect(validateReportedValue(contracts(11_806_000, { unit: "万元" }), context(contracts2024)).value).toBe(118_060_000_000);
  });
  it("refuses over-long and control-character notes and explanations, allowing line breaks", () => {
    expect(codes(contracts(1100, { note: "含\u0000号" }))).toEqual(["text_control_chars"]);
    expect(codes(contracts(1100, { explanation: "长".repeat(2001) }))).toEqual(["text_too_long"]);
    expect(codes(contracts(1100, { explanation: "第一行\n第二行\t（附表）", note: "长".repeat(2000) }))).toEqual([]);
    const [problem] = validateReportedValue(contracts(1100, { explanation: "x\u001b" }), context()).problems;
    expect(problem).toMatchObject({ field: "explanation", code: "text_control_chars" });
  });
});

describe("validateReportedValue: ratio rule", () => {
  const parts: Stored = [
    { indicatorCode: "rd-expenditure", placeCode: SHAPINGBA, period: "2024", value: 52.6e8 },
    { indicatorCode: "gdp", placeCode: SHAPINGBA, period: "2024", value: 2000e8 },
  ];
  const intensity = (value: number): ReportedValue => ({ indicatorCode: "rd-intensity", placeCode: SHAPINGBA, period: "2024", value });
  it("accepts an intensity equal to R&D expenditure / GDP × 100 as rounded to the catalogue's decimals", () => {
    expect(codes(intensity(2.63), parts)).toEqual([]);
    expect(codes(intensity(2.65), parts)).toEqual([]); // within 1 % of 2.63
  });
  it("refuses one that disagrees, showing the parts in their display units", () => {
    const [problem] = validateReportedValue(intensity(3.5), context(parts)).problems;
    expect(problem).toMatchObject({ field: "value", code: "ratio_mismatch" });
    expect(problem?.zh).toContain("研发经费（52.6 亿元）÷ 地区生产总值（2000 亿元）× 100 = 2.63%");
  });
  it("skips the rule while a part is unknown", () => {
    expect(codes(intensity(3.5), parts.slice(0, 1))).toEqual([]);
  });
  it("checks a numerator or denominator against a known intensity", () => {
    const known: Stored = [{ indicatorCode: "rd-intensity", placeCode: SHAPINGBA, period: "2024", value: 2.63 }, parts[1]!];
    expect(codes({ indicatorCode: "rd-expenditure", placeCode: SHAPINGBA, period: "2024", value: 52.6 }, known)).toEqual([]);
    const [problem] = validateReportedValue({ indicatorCode: "rd-expenditure", placeCode: SHAPINGBA, period: "2024", value: 80 }, context(known)).problems;
    expect(problem).toMatchObject({ field: "value", code: "ratio_part_mismatch" });
    expect(problem?.zh).toContain("应为 4%");
    const gdp = [{ ...known[0]!, value: 2.63 }, parts[0]!];
    expect(codes({ indicatorCode: "gdp", placeCode: SHAPINGBA, period: "2024", value: 1000 }, gdp)).toEqual(["ratio_part_mismatch"]);
  });
});

describe("validateReportedValue: change from the previous period", () => {
  it("catches 1005.3 typed in 元 where 1005.3 亿元 was meant", () => {
    const [problem, ...rest] = validateReportedValue(contracts(1005.3, { unit: "元" }), context(contracts2024)).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: "value", code: "change_needs_explanation" });
    expect(problem?.zh).toBe("本期（2025）0.000010053 亿元，比上期（2024）1005.3 亿元 变化 −100.0%（约 1/100000000），超过 ±50%：请核对单位，或填写说明");
    expect(problem?.en).toContain("−100.0% from 1005.3 亿元 in 2024 (about 1/100000000)");
  });
  it("catches a figure in 元 typed where the form expects 亿元", () => {
    const [problem] = validateReportedValue(contracts(100_530_000_000), context(contracts2024)).problems;
    expect(problem?.code).toBe("change_needs_explanation");
    expect(problem?.zh).toContain("（约 ×100000000）");
  });
  it("lets a large change through with an explanation, and a moderate one without", () => {
    expect(codes(contracts(1800, { explanation: "新增两家大型技术交易平台" }), contracts2024)).toEqual([]);
    expect(codes(contracts(1800, { explanation: "   " }), contracts2024)).toEqual(["change_needs_explanation"]);
    expect(codes(contracts(1400), contracts2024)).toEqual([]);
  });
  it("needs an explanation exactly when |value − previous| / |previous| exceeds the bound", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 3e6 }), (previous, value) => {
        const stored = [{ indicatorCode: "tech-smes", placeCode: YUBEI, period: "2024", value: previous }];
        const flagged = codes({ indicatorCode: "tech-smes", placeCode: YUBEI, period: "2025", value }, stored).includes("change_needs_explanation");
        expect(flagged).toBe(Math.abs(value - previous) / previous > 0.5);
      }),
    );
  });
});
