/** The .xlsx zip guard: bombs, lying sizes, too many entries and damaged zips are refused early and cheaply. */
import { describe, expect, it } from "vitest";
import { deflateRawSync } from "node:zlib";
import fc from "fast-check";
import { AppError } from "../errors/app-error.ts";
import { readSpreadsheet } from "./read-spreadsheet.ts";
import { resolveLimits, xlsxZipLimits } from "./limits.ts";
import { readZipDirectory } from "../files/zip-directory.ts";
import { partsToRead } from "./zip-repack.ts";
import { deflatedZeros, handZip, type HandEntry } from "../files/testing/hand-zip.ts";
import { sheetXml, workbookParts } from "./testing/workbook-parts.ts";

const oneSheet = (extra: HandEntry[] = []) => handZip([...workbookParts(["Sheet1"]), ...extra]);
const row1 = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>指标</t></is></c></row>');

/** The refusal of reading `bytes` as `name`, and how long and how much memory it took. */
async function refusal(bytes: Uint8Array, name = "bomb.xlsx") {
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const error = await readSpreadsheet(bytes, name).then(() => null, (e: unknown) => e);
  const cost = { ms: performance.now() - started, rssGrowthMb: (process.memoryUsage().rss - rss) / 1024 / 1024 };
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code).toBe("validation_failed");
  expect(appError.field).toBe("file");
  return { zh: appError.messages.zh, en: appError.messages.en, ...cost };
}

describe("zip guard", () => {
  it("reads the smallest hand-made workbook (inline strings, no shared strings part)", async () => {
    const sheets = await readSpreadsheet(oneSheet([{ name: "xl/worksheets/sheet1.xml", content: row1 }]), "min.xlsx");
    expect(sheets).toEqual([{ name: "Sheet1", cells: [["指标"]] }]);
  });

  it("refuses a 300 MB bomb that declares its size, from the central directory alone", async () => {
    const bomb = oneSheet([{ name: "xl/worksheets/sheet1.xml", deflated: deflatedZeros(300), declaredSize: 300 * 1024 * 1024 }]);
    expect(bomb.length).toBeLessThan(400_000);
    const r = await refusal(bomb);
    expect(r.zh).toBe("文件“bomb.xlsx”解压后超过 200 MB 的上限，已拒绝读取。");
    expect(r.ms).toBeLessThan(1_000);
    expect(r.rssGrowthMb).toBeLessThan(50);
  });

  it("refuses a 300 MB bomb that declares 1 KB, while inflating, after about 1 KB", async () => {
    const bomb = oneSheet([{ name: "xl/worksheets/sheet1.xml", deflated: deflatedZeros(300), declaredSize: 1024 }]);
    const r = await refusal(bomb);
    expect(r.zh).toContain("“xl/worksheets/sheet1.xml”解压后的大小与声明不符");
    expect(r.en).toContain("does not inflate to its declared size");
    expect(r.ms).toBeLessThan(1_000);
    expect(r.rssGrowthMb).toBeLessThan(50);
  });

  it("refuses an entry compressed beyond the ratio limit even when the total is under its limit", async () => {
    const bomb = oneSheet([{ name: "xl/media/image1.png", deflated: deflatedZeros(150), declaredSize: 150 * 1024 * 1024 }]);
    const r = await refusal(bomb);
    expect(r.zh).toMatch(/“xl\/media\/image1\.png”压缩比异常（\d+:1，上限 500:1），疑似压缩炸弹/);
    expect(r.ms).toBeLessThan(1_000);
  });

  it("refuses a zip of more entries than the limit", async () => {
    const many = Array.from({ length: 1_001 }, (_, i) => ({ name: `xl/media/x${i}.bin`, content: "" }));
    expect((await refusal(oneSheet(many))).zh).toBe("文件“bomb.xlsx”包含 1003 个压缩条目，超过 1000 个的上限，已拒绝读取。");
  });

  it("refuses damaged zips: wrong CRC, corrupt deflate data, truncated, missing workbook", async () => {
    const badCrc = oneSheet([{ name: "xl/worksheets/sheet1.xml", deflated: deflateRawSync(Buffer.from(row1)), declaredSize: Buffer.byteLength(row1), crc: 1234 }]);
    expect((await refusal(badCrc, "a.xlsx")).zh).toBe("文件“a.xlsx”已损坏，无法读取。");
    const corrupt = oneSheet([{ name: "xl/worksheets/sheet1.xml", deflated: Buffer.from([0xff, 0xff, 0xff, 0xff]), declaredSize: 100 }]);
    expect((await refusal(corrupt, "a.xlsx")).zh).toBe("文件“a.xlsx”已损坏，无法读取。");
    const whole = oneSheet([{ name: "xl/worksheets/sheet1.xml", content: row1 }]);
    expect((await refusal(whole.subarray(0, whole.length - 30), "a.xlsx")).zh).toBe("文件“a.xlsx”不是有效的 Excel 文件（.xlsx）。");
    const noWorkbook = handZip([{ name: "xl/worksheets/sheet1.xml", content: row1 }]);
    expect((await refusal(noWorkbook, "a.xlsx")).zh).toBe("文件“a.xlsx”不是有效的 Excel 文件（.xlsx）。");
  });

  it("refuses malformed worksheet XML as damaged", async () => {
    const bad = oneSheet([{ name: "xl/worksheets/sheet1.xml", content: "<worksheet><sheetData><row r='1'><c r='A1'><v>1</v></x></row></sheetData></worksheet>" }]);
    expect((await refusal(bad, "a.xlsx")).en).toBe('"a.xlsx" is damaged and cannot be read.');
  });

  it("never throws anything but an AppError, whatever the parts hold", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 200 }), async (junk, text) => {
        const zip = oneSheet([{ name: "xl/worksheets/sheet1.xml", content: Buffer.from(junk) }, { name: "xl/sharedStrings.xml", content: text }]);
        await readSpreadsheet(zip, "fuzz.xlsx").catch((e: unknown) => expect(e).toBeInstanceOf(AppError));
      }),
      { numRuns: 60 },
    );
  });

  it("passes on only the parts exceljs reads, shared strings before the sheets", () => {
    const zip = handZip([
      { name: "xl/worksheets/sheet2.xml", content: row1 },
      { name: "xl/worksheets/sheet10.xml", content: row1 },
      { name: "xl/worksheets/sheet1.xml", content: row1 },
      { name: "xl/sharedStrings.xml", content: "<sst/>" },
      { name: "xl/theme/theme1.xml", content: "<theme/>" },
      ...workbookParts(["a", "b", "c"]),
    ]);
    const names = partsToRead(readZipDirectory(zip, xlsxZipLimits(resolveLimits()))).map((p) => p.name);
    expect(names).toEqual([
      "xl/_rels/workbook.xml.rels",
      "xl/workbook.xml",
      "xl/sharedStrings.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
      "xl/worksheets/sheet10.xml",
    ]);
  });
});
