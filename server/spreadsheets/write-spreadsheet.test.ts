/** Exporting .xlsx and CSV: layout, numbers as numbers, formula-injection defence, and round trips through the reader. */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { readSpreadsheet } from "./read-spreadsheet.ts";
import { toCsv, writeXlsx, type ExportSheet } from "./write-spreadsheet.ts";

const columns = [
  { header: "指标", key: "indicator", width: 18 },
  { header: "地区", key: "place" },
  { header: "期间", key: "period" },
  { header: "数值", key: "value", numFmt: "#,##0.00" },
  { header: "备注", key: "note" },
];
const rows: ExportSheet["rows"] = [
  { indicator: "科技型企业", place: "500106", period: 2025, value: 1234.5, note: null },
  { indicator: "tech-smes", place: "500107", period: 2025, value: -2, note: "" },
  { indicator: "rd-intensity", place: "500108", period: 2025, value: null, note: "含,逗号" },
];
/** The workbook as exceljs's (non-streaming) reader models it, to inspect styles and views. */
async function loaded(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

const injections = ['=HYPERLINK("http://evil.example","点我")', "+1", "-2+3", "@SUM(A1)", "＝1+1"];

describe("writeXlsx", () => {
  it("round trips through the reader: Chinese headers, numbers as numbers, nulls", async () => {
    const bytes = await writeXlsx([{ name: "上报数据", columns, rows }]);
    expect(await readSpreadsheet(bytes, "export.xlsx")).toEqual([
      {
        name: "上报数据",
        cells: [
          ["指标", "地区", "期间", "数值", "备注"],
          ["科技型企业", "500106", 2025, 1234.5, null],
          ["tech-smes", "500107", 2025, -2, null],
          ["rd-intensity", "500108", 2025, null, "含,逗号"],
        ],
      },
    ]);
  });

  it("writes a bold, frozen header row, column widths and number formats", async () => {
    const wb = await loaded(await writeXlsx([{ name: "数据", columns, rows }]));
    const ws = wb.getWorksheet("数据");
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws?.getColumn(1).width).toBe(18);
    expect(ws?.getColumn(2).width).toBe(8);
    expect(ws?.getCell("D2").numFmt).toBe("#,##0.00");
    expect(ws?.getCell("D2").type).toBe(ExcelJS.ValueType.Number);
  });

  it("stores formula-like text as literal text starting with an apostrophe, headers included", async () => {
    const bytes = await writeXlsx([
      { name: "S", columns: [{ header: "=1+1", key: "a" }, { header: "数", key: "n" }], rows: injections.map((a) => ({ a, n: -2 })) },
    ]);
    const [sheet] = await readSpreadsheet(bytes, "i.xlsx");
    expect(sheet?.cells).toEqual([["'=1+1", "数"], ...injections.map((text) => [`'${text}`, -2])]);
    const wb = await loaded(bytes);
    expect(wb.getWorksheet("S")?.getCell("A2").type).toBe(ExcelJS.ValueType.String);
  });

  it("puts notes in a 说明 sheet, and makes sheet names Excel accepts", async () => {
    const bytes = await writeXlsx([
      { name: "a/b:c", columns, rows: [], notes: ["单位：家", "-数据来源：区科技局"] },
      { name: "A/B:C", columns, rows: [], frozenHeader: false },
      { name: "名".repeat(40), columns, rows: [] },
    ]);
    const sheets = await readSpreadsheet(bytes, "n.xlsx");
    expect(sheets.map((s) => s.name)).toEqual(["a_b_c", "A_B_C(2)", "名".repeat(31), "说明"]);
    expect(sheets[3]?.cells).toEqual([["单位：家"], ["'-数据来源：区科技局"]]);
  });

  it("leaves non-finite numbers empty", async () => {
    const bytes = await writeXlsx([{ name: "S", columns: [{ header: "v", key: "v" }], rows: [{ v: Number.NaN }, { v: Infinity }, { v: 1 }] }]);
    expect((await readSpreadsheet(bytes, "x.xlsx"))[0]?.cells).toEqual([["v"], [null], [null], [1]]);
  });
});

describe("toCsv", () => {
  it("starts with a BOM, ends lines with CRLF, quotes per RFC 4180 and neutralises formula-like text", () => {
    const csv = toCsv(["指标", "说明"], [["a,b", 'say "hi"'], ["line\nbreak", null], [-2, "-2+3"], ["@SUM(A1)", 1.5]]);
    expect(csv).toBe('\uFEFF指标,说明\r\n"a,b","say ""hi"""\r\n"line\nbreak",\r\n-2,\'-2+3\r\n\'@SUM(A1),1.5\r\n');
  });

  it("round trips through the reader", async () => {
    const headers = ["指标", "地区", "数值", "备注"];
    const data = [["科技型企业", "甲,乙", 12.5, null], ...injections.map((t) => [t, "渝中区", -1, "x"])];
    const [sheet] = await readSpreadsheet(Buffer.from(toCsv(headers, data), "utf8"), "导出.csv");
    expect(sheet?.cells).toEqual([headers, ["科技型企业", "甲,乙", 12.5, null], ...injections.map((t) => [`'${t}`, "渝中区", -1, "x"])]);
  });
});
