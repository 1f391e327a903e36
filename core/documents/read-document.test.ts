/** readDocument end to end on an HTML page (GBK) and a .docx built in the test. */
import JSZip from "jszip";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readDocument } from "./read-document.ts";
import { htmlToText } from "./html-to-text.ts";
import { DocumentError } from "./document-error.ts";

const PAGE = `<!DOCTYPE html><html><head><meta charset="gbk"><title>通知</title><script>var a=1;</script></head>
<body><div class="nav-bar"><a href="/">首页</a><a>政务公开</a></div>
<div class="position">您当前的位置：首页 &gt; 政务公开</div>
<div class="content"><h1>某市科技创新规划(2026—2030年)</h1>
<p>发布日期：2026-02-01</p>
<p>到2030年，高新技术企业超过1.2万家。</p>
<table><tr><td>序号</td><td>指标</td></tr><tr><td>1</td><td>研发投入强度</td></tr></table>
<p>打印&nbsp;&nbsp;分享到</p></div>
<div id="footer">备案号：渝ICP备000000号</div></body></html>`;

async function docx(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join("");
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}

describe("htmlToText", () => {
  it("keeps paragraphs and table rows as lines and drops scripts and page furniture", async () => {
    const text = await htmlToText(PAGE);
    expect(text).not.toContain("var a");
    expect(text).not.toContain("政务公开</a>");
    expect(text).not.toContain("备案号");
    expect(text.split("\n")).toEqual(expect.arrayContaining(["某市科技创新规划(2026—2030年)", "到2030年，高新技术企业超过1.2万家。", "1 研发投入强度"]));
  });

  it("refuses 100,000 nested divs at once with a message naming the limit, not a stack overflow", async () => {
    const nested = `<html><body>${"<div>".repeat(100_000)}到2030年<p>x${"</div>".repeat(100_000)}</body></html>`;
    const started = performance.now();
    let error: unknown;
    try {
      await htmlToText(nested);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentError);
    expect(error).toMatchObject({ code: "too_deep", messages: { zh: "HTML 元素嵌套超过 256 层的上限，已拒绝读取。" } });
    // Refused at the 257th level, before any tree is built: milliseconds, not minutes.
    expect(performance.now() - started).toBeLessThan(1_000);
    await expect(htmlToText(nested, 50)).rejects.toThrow("more than 50 deep");
  });

  it("counts only real nesting: unclosed paragraphs, list items and cells, void elements", async () => {
    const flat = `<html><body>${"<p>段落<br><img src=x>".repeat(2_000)}<ul>${"<li>项".repeat(2_000)}</ul><table>${"<tr><td>1<td>2".repeat(500)}</table></body></html>`;
    expect((await htmlToText(flat, 10)).split("\n").length).toBeGreaterThan(4_000);
    const deep = `<div>${"<section>".repeat(20)}正文${"</section>".repeat(20)}</div>`;
    expect(await htmlToText(deep, 21)).toBe("正文");
    await expect(htmlToText(deep, 20)).rejects.toThrow(DocumentError);
  });
});

describe("readDocument", () => {
  it("reads a GBK HTML page: text, chrome beside the body, metadata", async () => {
    const doc = await readDocument(new Uint8Array(iconv.encode(PAGE, "gbk")));
    expect(doc).toMatchObject({ format: "html", encoding: "gb18030" });
    const chrome = doc.chrome.map((c) => doc.text.slice(c.start, c.end));
    expect(chrome).toEqual(expect.arrayContaining([expect.stringMatching(/^您当前的位置/), expect.stringMatching(/^打印/)]));
    expect(doc.body.some((b) => doc.text.slice(b.start, b.end).includes("超过1.2万家"))).toBe(true);
    expect(doc.metadata.publishedDate?.value).toBe("2026-02-01");
  });

  it("reads a .docx file", async () => {
    const doc = await readDocument(await docx(["某区科技创新行动计划(2026—2028年)", "到2028年，新增孵化器5家。"]), { fileName: "plan.docx" });
    expect(doc.format).toBe("docx");
    expect(doc.text).toBe("某区科技创新行动计划(2026—2028年)\n到2028年，新增孵化器5家。");
    expect(doc.metadata.title?.value).toBe("某区科技创新行动计划(2026—2028年)");
  });

  it("reads a UTF-8 file with a BOM at the offsets of the text as read, BOM included", async () => {
    const plain = "某区科技创新行动计划(2026—2028年)\n到2028年，新增孵化器5家。";
    const doc = await readDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(plain)]), { fileName: "plan.txt" });
    expect(doc.text).toBe("\uFEFF" + plain);
    expect(doc.metadata.title?.value).toBe("某区科技创新行动计划(2026—2028年)");
    expect(doc.text.slice(doc.metadata.title!.start, doc.metadata.title!.end)).toBe(doc.metadata.title!.value);
  });

  it("refuses a damaged .docx and binary bytes with coded errors", async () => {
    await expect(readDocument(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), { fileName: "x.docx" })).rejects.toMatchObject({ code: "unsupported_format" });
    // A .docx that is not a zip is refused, never read as the text or HTML it may hold.
    const text = new TextEncoder().encode("某区科技创新行动计划(2026—2028年)\n到2028年，新增孵化器5家。");
    await expect(readDocument(text, { fileName: "plan.docx" })).rejects.toMatchObject({ code: "not_docx" });
    await expect(readDocument(text, { fileName: "plan.DOCX" })).rejects.toMatchObject({ code: "not_docx", messages: { zh: expect.stringContaining("zip") } });
    const compound = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readDocument(compound, { fileName: "old.docx" })).rejects.toMatchObject({ code: "encrypted_docx" });
    await expect(readDocument(new Uint8Array([1, 2, 0, 4]))).rejects.toBeInstanceOf(DocumentError);
  });
});
