/**
 * Reading an imported document under the document limits: zip bombs honest and lying about their
 * size refused early and cheaply, parts over the one-part limit, too many entries, a zip under any
 * name, files over the size limits, and every limit set from the environment. Each refusal is an
 * AppError naming the file and the limit.
 */
import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.ts";
import { DEFAULT_DOCUMENT_LIMITS, documentLimits, type DocumentLimits } from "../files/document-limits.ts";
import { deflatedZeros, handZip } from "../files/testing/hand-zip.ts";
import { docxBomb, makeDocx } from "../files/testing/make-docx.ts";
import { readUpload } from "./read-upload.service.ts";

const PLAN = "某区科技创新行动计划(2026—2028年)\n到2028年，新增孵化器5家。";

/** The refusal of reading `bytes` as `name`, and how long and how much memory it took. */
async function refusal(name: string, bytes: Uint8Array, limits: Partial<DocumentLimits> = {}) {
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const error = await readUpload(name, bytes, limits).then(() => null, (e: unknown) => e);
  const cost = { ms: performance.now() - started, rssGrowthMb: (process.memoryUsage().rss - rss) / 1024 / 1024 };
  expect(error, name).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError).toMatchObject({ code: "validation_failed", field: "file" });
  expect(appError.messages.zh).toContain(name);
  expect(appError.messages.en).toContain(name);
  return { ...appError.messages, ...cost };
}

describe("readUpload", () => {
  it("reads a .docx through the guard, and a .docx holding pictures without inflating them", async () => {
    expect((await readUpload("plan.docx", makeDocx(PLAN))).text).toBe(PLAN);
    // A picture is never opened for text: a 90 MB one (within the total) costs nothing to skip.
    // (Zeros compress beyond the ratio limit, which is lifted here to let the picture through.)
    const zip = handZip([
      { name: "[Content_Types].xml", content: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
      { name: "word/document.xml", content: `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${PLAN}</w:t></w:r></w:p></w:body></w:document>` },
      { name: "word/media/image1.png", deflated: deflatedZeros(90), declaredSize: 90 * 1024 * 1024 },
    ]);
    const rss = process.memoryUsage().rss;
    expect((await readUpload("pictures.docx", zip, { maxCompressionRatio: 100_000 })).text).toContain("新增孵化器5家");
    expect((process.memoryUsage().rss - rss) / 1024 / 1024).toBeLessThan(50);
  });

  it("refuses a 1.5 MB .docx declaring its 400 MB of XML, from the central directory alone", async () => {
    const bomb = docxBomb(400);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const r = await refusal("bomb.docx", bomb);
    expect(r.zh).toBe("文件“bomb.docx”解压后超过 100 MB 的上限，已拒绝读取。");
    expect(r.en).toBe('"bomb.docx" inflates to more than the 100 MB limit; it was not read.');
    expect(r.ms).toBeLessThan(1_000);
    expect(r.rssGrowthMb).toBeLessThan(50);
  });

  it("refuses the same bomb declaring 5 MB while inflating, after about 5 MB", async () => {
    const r = await refusal("lying.docx", docxBomb(400, 5));
    expect(r.zh).toBe("文件“lying.docx”中的“word/document.xml”解压后的大小与声明不符，文件已损坏或被篡改，已拒绝读取。");
    expect(r.ms).toBeLessThan(1_000);
    expect(r.rssGrowthMb).toBeLessThan(50);
  });

  it("refuses a part over the one-part limit, and a zip of too many entries", async () => {
    const big = await refusal("big.docx", docxBomb(12));
    expect(big.zh).toBe("文件“big.docx”中的“word/document.xml”解压后超过单个条目 10 MB 的上限，已拒绝读取。");
    expect(big.en).toContain("more than the 10 MB limit for one entry");
    const many = handZip(Array.from({ length: 1_001 }, (_, i) => ({ name: `word/media/x${i}.bin`, content: "" })));
    expect((await refusal("many.docx", many)).zh).toBe("文件“many.docx”包含 1001 个压缩条目，超过 1000 个的上限，已拒绝读取。");
  });

  it("holds any zip to the guard, whatever its name says", async () => {
    expect((await refusal("bomb.txt", docxBomb(400, 5))).zh).toContain("解压后的大小与声明不符");
  });

  it("refuses a .docx that is not a zip, naming the file", async () => {
    const r = await refusal("plan.docx", new TextEncoder().encode(PLAN));
    expect(r.zh).toBe("文件“plan.docx”无法读取：文件不是有效的 Word 文件（.docx 应为 zip 压缩包）。");
    expect(r.en).toBe('cannot read "plan.docx": The file is not a valid Word document (a .docx is a zip archive).');
    const truncated = makeDocx(PLAN).subarray(0, 40);
    expect((await refusal("cut.docx", truncated)).zh).toContain(".docx 应为 zip 压缩包");
  });

  it("refuses files over the upload limit and HTML pages over theirs", async () => {
    const text = new TextEncoder().encode(PLAN.repeat(2_000));
    expect((await refusal("plan.txt", text, { maxBytes: 100_000 })).zh).toMatch(/^文件“plan\.txt”大小为 \d+(\.\d)? KB，超过 97\.7 KB 的上限。$/);
    const page = new TextEncoder().encode(`<html><body>${"<p>到2028年</p>".repeat(10_000)}</body></html>`);
    expect((await refusal("page.html", page, { maxHtmlBytes: 100 * 1024 })).en).toMatch(/^"page\.html" is \d+(\.\d)? KB, over the 100 KB limit\.$/);
  });

  it("reads every limit from the environment, keeping the default for a value that is not a positive number", () => {
    const env = {
      KECHUANG_MAX_UPLOAD_MB: "5",
      KECHUANG_HTML_MAX_MB: "0.5",
      KECHUANG_HTML_MAX_DEPTH: "64",
      KECHUANG_DOCX_MAX_ENTRIES: "200",
      KECHUANG_DOCX_MAX_INFLATED_MB: "40",
      KECHUANG_DOCX_MAX_PART_MB: "4",
      KECHUANG_ZIP_MAX_RATIO: "300",
      KECHUANG_TEXT_MIN_PRINTABLE: "0.9",
    };
    expect(documentLimits({}, env)).toEqual({
      maxBytes: 5 * 1024 * 1024,
      maxHtmlBytes: 512 * 1024,
      maxHtmlDepth: 64,
      maxDocxEntries: 200,
      maxDocxInflatedBytes: 40 * 1024 * 1024,
      maxDocxPartBytes: 4 * 1024 * 1024,
      maxCompressionRatio: 300,
      minPrintableShare: 0.9,
    });
    expect(documentLimits({}, { KECHUANG_DOCX_MAX_PART_MB: "lots", KECHUANG_HTML_MAX_DEPTH: "-1", KECHUANG_TEXT_MIN_PRINTABLE: "95" })).toEqual(DEFAULT_DOCUMENT_LIMITS);
    expect(documentLimits({ maxHtmlDepth: 3 }, env).maxHtmlDepth).toBe(3);
  });
});
