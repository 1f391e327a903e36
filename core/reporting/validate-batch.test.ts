import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { context, JIULONGPO, SHAPINGBA, YUBEI, type Stored } from "./testing/catalogue.ts";
import { validateBatch, type LocatedValue } from "./validate-batch.ts";
import type { ReportedValue } from "./validate-report.ts";

const columns = { indicatorCode: "A", placeCode: "B", period: "C", value: "D", unit: "E", note: "F", explanation: "G" };
/** Rows as read from sheet "2024年", data starting on row 2. */
const sheet = (values: ReportedValue[], name = "2024年"): LocatedValue[] =>
  values.map((v, i) => ({ ...v, location: { sheet: name, row: i + 2, columns } }));

const district = (placeCode: string, rd: number, gdp: number, intensity: number, contracts: number): ReportedValue[] => [
  { indicatorCode: "rd-expenditure", placeCode, period: "2024", value: rd },
  { indicatorCode: "gdp", placeCode, period: "2024", value: gdp },
  { indicatorCode: "rd-intensity", placeCode, period: "2024", value: intensity },
  { indicatorCode: "tech-contract-value", placeCode, period: "2024", value: contracts },
];

describe("validateBatch", () => {
  it("accepts a consistent return of three districts, values in base units", () => {
    const rows = sheet([
      ...district(SHAPINGBA, 52.6, 2000, 2.63, 180.2),
      ...district(JIULONGPO, 61.9, 2135.5, 2.9, 240.7),
      ...district(YUBEI, 68.3, 2339.7, 2.92, 301.4),
    ]);
    const { accepted, problems } = validateBatch(rows, context());
    expect(problems).toEqual([]);
    expect(accepted).toHaveLength(12);
    expect(accepted[0]).toMatchObject({ value: 5_260_000_000, period: { year: 2024 } });
  });
  it("reports every problem of every row with sheet, row, column and field", () => {
    const rows = sheet([
      { indicatorCode: "tech-smes", placeCode: SHAPINGBA, period: "2024", value: 3100, unit: "亿元" },
      { indicatorCode: "tech-smes", placeCode: "500199", period: "2024Q2", value: 1 },
      { indicatorCode: "tech-contract-value", placeCode: YUBEI, period: "2099", value: -3, note: "\u0007" },
    ]);
    const { accepted, problems } = validateBatch(rows, context());
    expect(accepted).toEqual([]);
    expect(problems.map((p) => [p.sheet, p.row, p.column, p.field, p.code])).toEqual([
      ["2024年", 2, "E", "unit", "unit_mismatch"],
      ["2024年", 3, "B", "placeCode", "unknown_place"],
      ["2024年", 3, "C", "period", "period_periodicity"],
      ["2024年", 4, "C", "period", "period_in_future"],
      ["2024年", 4, "D", "value", "value_negative"],
      ["2024年", 4, "F", "note", "text_control_chars"],
    ]);
  });
  it("names the earlier row of a duplicate key on the later row", () => {
    const rows = sheet([
      { indicatorCode: "tech-smes", placeCode: SHAPINGBA, period: "2024", value: 3100 },
      { indicatorCode: "tech-smes", placeCode: JIULONGPO, period: "2024", value: 2800 },
      { indicatorCode: "tech-smes", placeCode: SHAPINGBA, period: " 2024 ", value: 3200 },
    ]);
    const { accepted, problems } = validateBatch(rows, context());
    expect(accepted.map((a) => a.row.location.row)).toEqual([2, 3]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 4, code: "duplicate_row", column: "A" });
    expect(problems[0]?.zh).toContain("与第 2 行重复");
    const across = validateBatch([...rows.slice(0, 1), ...sheet(rows.slice(2), "补报")], context()).problems;
    expect(across[0]?.zh).toContain("与“2024年”表第 2 行重复");
  });
  it("checks an intensity against R&D expenditure and GDP in the same batch before stored ones", () => {
    const stored: Stored = [{ indicatorCode: "gdp", placeCode: SHAPINGBA, period: "2024", value: 1000e8 }];
    const rows = sheet(district(SHAPINGBA, 52.6, 2000, 2.63, 180.2));
    expect(validateBatch(rows, context(stored)).problems).toEqual([]);
    const wrong = sheet(district(SHAPINGBA, 52.6, 2000, 5.26, 180.2));
    const problems = validateBatch(wrong, context(stored)).problems;
    expect(problems.map((p) => [p.row, p.code])).toEqual([[2, "ratio_part_mismatch"], [3, "ratio_part_mismatch"], [4, "ratio_mismatch"]]);
  });
  it("takes the previous period from the batch, so a slip between two years of one file is caught", () => {
    const rows = sheet([
      { indicatorCode: "tech-contract-value", placeCode: SHAPINGBA, period: "2024", value: 1005.3 },
      { indicatorCode: "tech-contract-value", placeCode: SHAPINGBA, period: "2025", value: 1005.3, unit: "元" },
    ]);
    const problems = validateBatch(rows, context()).problems;
    expect(problems.map((p) => [p.row, p.code])).toEqual([[3, "change_needs_explanation"]]);
    expect(problems[0]?.zh).toContain("比上期（2024）1005.3 亿元 变化 −100.0%");
  });
  it("splits any batch into accepted rows and rows with problems", () => {
    const value = fc.record({
      indicatorCode: fc.constantFrom("tech-smes", "tech-contract-value", "rd-intensity", "nope"),
      placeCode: fc.constantFrom(SHAPINGBA, JIULONGPO, "500000x"),
      period: fc.constantFrom("2023", "2024", "2024Q1", "2099"),
      value: fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.double({ noNaN: false })),
    });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (values) => {
        const rows = sheet(values);
        const { accepted, problems } = validateBatch(rows, context());
        const withProblems = new Set(problems.map((p) => p.row));
        expect(accepted.every((a) => !withProblems.has(a.row.location.row))).toBe(true);
        expect(accepted.length + withProblems.size).toBe(rows.length);
      }),
    );
  });
  it("validates 100,000 rows in linear time (bench/reporting.bench.ts measures the rate)", () => {
    const batch = (n: number) => {
      const indicatorCodes = ["tech-smes", "tech-contract-value", "rd-expenditure", "gdp"];
      const rows: LocatedValue[] = [];
      for (let i = 0; rows.length < n; i++) {
        for (const indicatorCode of indicatorCodes) {
          rows.push({ indicatorCode, placeCode: `5${String(i % 25_000).padStart(5, "0")}`, period: String(2000 + Math.floor(i / 25_000)), value: 100 + (i % 7) + (indicatorCode === "tech-smes" ? 0 : 0.3), location: { row: rows.length + 2 } });
        }
      }
      const places = new Map(rows.map((r) => [r.placeCode, { code: r.placeCode, nameZh: r.placeCode, nameEn: r.placeCode }]));
      return { rows, ctx: context([], { places }) };
    };
    const { rows, ctx } = batch(100_000);
    const cpu = process.cpuUsage();
    const { accepted, problems } = validateBatch(rows, ctx);
    const ms = process.cpuUsage(cpu).user / 1000;
    expect(problems).toEqual([]);
    expect(accepted).toHaveLength(100_000);
    // Quadratic work on 100,000 rows would take minutes; the bound leaves room for a loaded machine.
    expect(ms).toBeLessThan(3000);
  });
});
