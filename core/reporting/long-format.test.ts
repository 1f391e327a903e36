import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { indicatorList, placeList } from "./testing/catalogue.ts";
import { columnLetter, normaliseHeader, numberCell, periodCellText, readLongFormat, type Cell } from "./long-format.ts";

/** Codes or Chinese names, as a server would look them up in the catalogue. */
const lookup = {
  indicator: (text: string) => indicatorList.find((i) => i.code === text || i.nameZh === text)?.code,
  place: (text: string) => placeList.find((p) => p.code === text || p.nameZh === text)?.code,
};

describe("readLongFormat", () => {
  it("reads a template export: Chinese names to codes, extra display columns ignored, columns lettered", () => {
    const cells: Cell[][] = [
      ["指标", "指标名称", "地区", "期间", "上期值", "数值", "单位", "备注", "说明"],
      ["技术合同成交额", "技术合同成交额", "沙坪坝区", "2025", 160.2, "1,180.6", "亿元", "", null],
      ["tech-smes", "科技型企业", "500107", 2025, 2788, "３１０５", null, "含新认定 320 家", "新增两个孵化器"],
      [null, "", null, null, null, null, null, null, null],
      ["rd-intensity", "研发投入强度", "渝北区", "2025", 2.61, 2.74, "％", null, null],
    ];
    const { rows, problems } = readLongFormat("2025年", cells, lookup);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { indicatorCode: "tech-contract-value", placeCode: "500106", period: "2025", value: 1180.6, unit: "亿元", location: { sheet: "2025年", row: 2, columns: { indicatorCode: "A", placeCode: "C", period: "D", value: "F", unit: "G", note: "H", explanation: "I" } } },
      { indicatorCode: "tech-smes", placeCode: "500107", period: "2025", value: 3105, note: "含新认定 320 家", explanation: "新增两个孵化器", location: expect.objectContaining({ row: 3 }) },
      { indicatorCode: "rd-intensity", placeCode: "500112", period: "2025", value: 2.74, unit: "％", location: expect.objectContaining({ row: 5 }) },
    ]);
  });
  it("matches English headers ignoring case, spaces and full-width forms", () => {
    const cells: Cell[][] = [[" Indicator ", "ＰＬＡＣＥ", "Period", "VALUE*", "Unit", "Note", "Explanation"], ["gdp", "500106", "2024", "2,000", "亿元", null, null]];
    const { rows, problems } = readLongFormat("Sheet1", cells, lookup);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ indicatorCode: "gdp", placeCode: "500106", value: 2000, unit: "亿元" });
    expect(normaliseHeader("　指 标　")).toBe("指标");
  });
  it("reports missing required headers once, on row 1, and reads nothing", () => {
    const { rows, problems } = readLongFormat("表1", [["指标名称", "地区", "数据"], ["技术合同成交额", "沙坪坝区", 3]], lookup);
    expect(rows).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: "表1", row: 1, code: "missing_headers", field: "indicatorCode" });
    expect(problems[0]?.zh).toContain("缺少表头：指标、期间、数值");
    expect(problems[0]?.en).toContain("lacks the headers indicator, period, value");
    expect(readLongFormat("空", [], lookup).problems[0]?.code).toBe("missing_headers");
  });
  it("reports every unreadable cell with its column, and skips only wholly empty rows", () => {
    const cells: Cell[][] = [
      ["地区", "指标", "期间", "数值"],
      ["沙坪坝", "技术合同成交额", "2025", "12亿"],
      ["渝北区", "专利", "2025", ""],
      ["", "", "", ""],
      ["九龙坡区", "科技型企业", "", "12"],
    ];
    const { rows, problems } = readLongFormat("2025年", cells, lookup);
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.field, p.code])).toEqual([
      [2, "A", "placeCode", "unknown_place"],
      [2, "D", "value", "value_not_number"],
      [3, "B", "indicatorCode", "unknown_indicator"],
      [3, "D", "value", "cell_empty"],
      [5, "C", "period", "cell_empty"],
    ]);
    expect(problems[0]?.zh).toBe("地区“沙坪坝”不存在");
  });
  it("refuses a second column for the same field", () => {
    const { problems } = readLongFormat("s", [["指标", "地区", "期间", "数值", "Value"]], lookup);
    expect(problems.map((p) => [p.column, p.code])).toEqual([["E", "duplicate_header"]]);
  });
  it("stops at the row cap with one problem", () => {
    const cells: Cell[][] = [["指标", "地区", "期间", "数值"], ...Array.from({ length: 6 }, () => ["gdp", "500106", "2024", 1]), [null], [""]];
    expect(readLongFormat("s", cells, lookup, { maxRows: 6 }).rows).toHaveLength(6);
    const over = readLongFormat("s", cells, lookup, { maxRows: 5 });
    expect(over.rows).toEqual([]);
    expect(over.problems).toEqual([expect.objectContaining({ row: 7, code: "too_many_rows" })]);
  });
});

describe("cells", () => {
  it("reads numbers with separators, full-width digits, signs and exponents", () => {
    expect(numberCell("1,005.3")).toBe(1005.3);
    expect(numberCell("１２３４．５")).toBe(1234.5);
    expect(numberCell("１，２３４")).toBe(1234);
    expect(numberCell(" −12 ")).toBe(-12);
    expect(numberCell("1.2e9")).toBe(1.2e9);
    expect(numberCell(".5")).toBe(0.5);
    for (const bad of ["12亿", "1,2345", "9.9,20", "", "-", ".", "2.6%", "1e", "e5"]) expect(numberCell(bad)).toBeNull();
  });
  it("reads years, quarters and months as typed in spreadsheets", () => {
    expect(periodCellText(2025)).toBe("2025");
    expect(periodCellText("2025年")).toBe("2025");
    expect(periodCellText("2025q3")).toBe("2025Q3");
    expect(periodCellText("2025年第三季度")).toBe("2025Q3");
    expect(periodCellText("2025年7月")).toBe("2025-07");
    expect(periodCellText("2025/7")).toBe("2025-07");
    expect(periodCellText("２０２５－０７")).toBe("2025-07");
    expect(periodCellText("2025年13月")).toBe("2025年13月");
  });
  it("letters columns like a spreadsheet and reads back any number", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (n, d) => {
        const x = n / 10 ** d;
        expect(numberCell(String(x))).toBe(x);
        expect(numberCell(x.toLocaleString("en-US", { maximumFractionDigits: 3 }))).toBe(x);
      }),
    );
  });
});
