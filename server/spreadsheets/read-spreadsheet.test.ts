/** Reading .xlsx and .csv uploads: values as typed or cached, encodings, limits, and refusals named in zh and en. */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import fc from "fast-check";
import iconv from "iconv-lite";
import { AppError } from "../errors/app-error.ts";
import { readSpreadsheet, type SpreadsheetLimits } from "./read-spreadsheet.ts";
import { handZip } from "../files/testing/hand-zip.ts";
import { sheetXml, workbookParts } from "./testing/workbook-parts.ts";

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A sheet of a header and `n` data rows. */
const table = (n: number) => (wb: ExcelJS.Workbook) => {
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(["指标", "地区", "数值"]);
  for (let i = 1; i <= n; i++) ws.addRow(["tech-smes", `5001${String(i % 100).padStart(2, "0")}`, i * 1.5]);
};

async function refusal(bytes: Uint8Array, name: string, limits?: Partial<SpreadsheetLimits>) {
  const error = await readSpreadsheet(bytes, name, limits).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("validation_failed");
  return (error as AppError).messages;
}

describe("readSpreadsheet: .csv", () => {
  const text = "指标,地区,期间,数值,备注\r\ntech-smes,500106,2025,123.5,\r\n高新技术企业,0123,2025,-7,\"含,逗号\"\r\n";
  const expected = [
    ["指标", "地区", "期间", "数值", "备注"],
    ["tech-smes", 500106, 2025, 123.5, null],
    ["高新技术企业", "0123", 2025, -7, "含,逗号"],
  ];

  it("reads UTF-8 with a BOM, without one, and GB18030 the same", async () => {
    const utf8 = Buffer.from(text, "utf8");
    for (const bytes of [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), utf8, iconv.encode(text, "gb18030")]) {
      expect(await readSpreadsheet(new Uint8Array(bytes), "上报.csv")).toEqual([{ name: "上报", cells: expected }]);
    }
  });

  it("keeps quoted line breaks and quotes, blank rows in place, rows padded to the widest", async () => {
    const csv = 'a,b\n"第一行\n第二行","说""明"""\n\n1\n\n\n';
    expect((await readSpreadsheet(Buffer.from(csv), "x.CSV"))[0]?.cells).toEqual([["a", "b"], ["第一行\n第二行", '说"明"'], [null, null], [1, null]]);
  });

  it("refuses an unclosed quote, an empty file and binary content", async () => {
    expect((await refusal(Buffer.from('a,b\n1,2\n3,"4\n'), "x.csv")).zh).toBe("文件“x.csv”第 3 行不是有效的 CSV（例如引号未闭合）。");
    expect((await refusal(new Uint8Array(), "x.csv")).zh).toBe("文件“x.csv”为空，没有可读取的内容。");
    expect((await refusal(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 2]), "x.csv")).en).toBe('"x.csv" is not a CSV text file (it holds binary content).');
  });

  it("applies the row and column limits", async () => {
    const rows = ["h", ...Array.from({ length: 201 }, (_, i) => String(i))].join("\n");
    expect((await refusal(Buffer.from(rows), "r.csv", { maxRows: 200 })).zh).toBe("文件“r.csv”的工作表“r”超过 200 行的上限。");
    expect(await readSpreadsheet(Buffer.from(rows), "r.csv", { maxRows: 201 })).toHaveLength(1);
    expect((await refusal(Buffer.from("a,b,c\n1,2,3"), "c.csv", { maxColumns: 2 })).en).toBe('sheet "c" of "c.csv" has more than the limit of 2 columns.');
  });
});

describe("readSpreadsheet: .xlsx values", () => {
  it("gives formulas' cached results, never their text, dates as ISO strings, rich text as plain text", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("数据");
      ws.addRow(["指标", "数值", "两倍", "文本", "日期"]);
      ws.addRow(["a", 2, { formula: "B2*2", result: 4 }, { formula: 'A2&"x"', result: "ax" }, new Date(Date.UTC(2025, 2, 1))]);
      ws.addRow(["b", 3, { sharedFormula: "C2", result: 6 }, { formula: "NA()", result: { error: "#N/A" } }, { formula: "E2+1", result: 45718.5 }]);
      ws.addRow([{ richText: [{ text: "科技" }, { text: "企业", font: { bold: true } }] }, true, { error: "#DIV/0!" }, "", new Date(Date.UTC(2025, 0, 2, 8, 30))]);
      for (const cell of ["E2", "E3", "E4"]) ws.getCell(cell).numFmt = cell === "E4" ? "yyyy-mm-dd hh:mm" : "yyyy-mm-dd";
    });
    expect(await readSpreadsheet(bytes, "f.xlsx")).toEqual([
      {
        name: "数据",
        cells: [
          ["指标", "数值", "两倍", "文本", "日期"],
          ["a", 2, 4, "ax", "2025-03-01"],
          ["b", 3, 6, null, "2025-03-02T12:00:00"],
          ["科技企业", "TRUE", "#DIV/0!", null, "2025-01-02T08:30:00"],
        ],
      },
    ]);
  });

  it("reads dates of a workbook in the 1904 date system", async () => {
    const bytes = await xlsx((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { formula: "TODAY()", result: 44256 };
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
    });
    expect((await readSpreadsheet(bytes, "d.xlsx"))[0]?.cells).toEqual([["2025-03-02"]]);
  });

  it("keeps a merged range's value in its top-left cell only, and reads sheets in tab order", async () => {
    const zip = handZip([
      ...workbookParts(["第一", "第二"], [2, 1]),
      { name: "xl/worksheets/sheet1.xml", content: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>在表二</t></is></c></row>') },
      { name: "xl/worksheets/sheet2.xml", content: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>合并</t></is></c><c r="B1"/><c r="C1"/></row><row r="2"><c r="C2"><v>1</v></c></row>').replace("</worksheet>", '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>') },
    ]);
    expect(await readSpreadsheet(zip, "m.xlsx")).toEqual([
      { name: "第一", cells: [["合并", null, null], [null, null, 1]] },
      { name: "第二", cells: [["在表二"]] },
    ]);
  });

  it("reads 10,000 rows, and Chinese text across the reader's chunk boundaries intact", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("数据");
      ws.addRow(["单位", "序号"]);
      for (let i = 1; i <= 10_000; i++) ws.addRow([`重庆市九龙坡区科技型企业第${i}号`, i]);
    });
    const [sheet] = await readSpreadsheet(bytes, "big.xlsx");
    expect(sheet?.cells).toHaveLength(10_001);
    expect(sheet?.cells[9_999]).toEqual(["重庆市九龙坡区科技型企业第9999号", 9_999]);
    expect(sheet?.cells.every((row, i) => i === 0 || row[0] === `重庆市九龙坡区科技型企业第${i}号`)).toBe(true);
  });
});

describe("readSpreadsheet: .xlsx refusals", () => {
  it("refuses random bytes named .xlsx, an old .xls, a password-protected workbook and other types", async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    expect((await refusal(random, "X.xlsx")).zh).toBe("文件“X.xlsx”不是有效的 Excel 文件（.xlsx）。");
    expect((await refusal(random, "X.xls")).zh).toContain("旧版 Excel 格式（.xls）");
    const compound = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await refusal(compound, "加密.xlsx")).zh).toContain("设置了打开密码");
    expect((await refusal(random, "X.ods")).en).toBe('cannot read "X.ods": only .xlsx and .csv files are supported.');
    expect((await refusal(new Uint8Array(2048), "X.xlsx", { maxBytes: 1024 })).zh).toBe("文件“X.xlsx”大小为 2 KB，超过 1 KB 的上限。");
  });

  it("refuses a sheet of 201 data rows against a limit of 200, and reads 200", async () => {
    expect((await refusal(await xlsx(table(201)), "r.xlsx", { maxRows: 200 })).zh).toBe("文件“r.xlsx”的工作表“Sheet1”超过 200 行的上限。");
    expect((await readSpreadsheet(await xlsx(table(200)), "r.xlsx", { maxRows: 200 }))[0]?.cells).toHaveLength(201);
  });

  it("refuses too many columns and too many sheets", async () => {
    expect((await refusal(await xlsx(table(3)), "c.xlsx", { maxColumns: 2 })).en).toBe('sheet "Sheet1" of "c.xlsx" has more than the limit of 2 columns.');
    const sheets = await xlsx((wb) => ["a", "b", "c"].forEach((n) => wb.addWorksheet(n)));
    expect((await refusal(sheets, "s.xlsx", { maxSheets: 2 })).zh).toBe("文件“s.xlsx”包含 3 个工作表，超过 2 个的上限。");
  });

  it("never throws anything but an AppError on a damaged copy of a real workbook", async () => {
    const original = await xlsx(table(20));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (flips) => {
        const damaged = original.slice();
        for (const [at, value] of flips) damaged[at] = value;
        await readSpreadsheet(damaged, "d.xlsx").catch((e: unknown) => expect(e).toBeInstanceOf(AppError));
      }),
      { numRuns: 150 },
    );
  });
});
