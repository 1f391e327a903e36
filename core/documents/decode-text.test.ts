/** Decoding bytes: UTF-8, GB18030/GBK, UTF-16, and the coded refusals. */
import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import fc from "fast-check";
import { decodeText } from "./decode-text.ts";
import { DocumentError } from "./document-error.ts";

const sample = "重庆市科技创新“十四五”规划(2021—2025年)\n到2025年，科技型企业超过4.5万家。";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof DocumentError ? e.code : "other";
  }
  return undefined;
}

describe("decodeText", () => {
  it("reads UTF-8, with or without BOM", () => {
    const bytes = new TextEncoder().encode(sample);
    expect(decodeText(bytes)).toEqual({ text: sample, encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])).text).toBe("\uFEFF" + sample);
  });

  it("keeps a UTF-8 BOM, so offsets match the text as readFileSync reads it", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]);
    const read = Buffer.from(withBom).toString("utf8");
    const { text } = decodeText(withBom);
    expect(text).toBe(read);
    expect(text.indexOf("4.5万家")).toBe(read.indexOf("4.5万家"));
  });

  it("reads GB18030 and GBK", () => {
    expect(decodeText(new Uint8Array(iconv.encode(sample, "gb18030")))).toEqual({ text: sample, encoding: "gb18030" });
    expect(decodeText(new Uint8Array(iconv.encode(sample, "gbk"))).text).toBe(sample);
  });

  it("reads UTF-16 with a BOM", () => {
    expect(decodeText(new Uint8Array(iconv.encode(sample, "utf-16le", { addBOM: true }))).text).toBe(sample);
  });

  it("refuses empty, binary and undecodable input with a code and both languages", () => {
    expect(codeOf(() => decodeText(new Uint8Array()))).toBe("empty");
    expect(codeOf(() => decodeText(new TextEncoder().encode("  \n ")))).toBe("empty");
    expect(codeOf(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08])))).toBe("binary");
    expect(codeOf(() => decodeText(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x41, 0xff])))).toBe("undecodable");
    try {
      decodeText(new Uint8Array());
    } catch (e) {
      expect((e as DocumentError).messages.zh).toContain("文件为空");
      expect((e as DocumentError).messages.en).toContain("empty");
    }
  });

  it("round-trips any Chinese text through GB18030", () => {
    // A text of a character or two can be valid UTF-8 as well ("鐎孈" is e7 80 8c 40): that is real
    // ambiguity, not a fault. From a dozen characters on, a GB18030 text is not plausible UTF-8.
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)), minLength: 12 }), (s) => {
        expect(decodeText(new Uint8Array(iconv.encode(s, "gb18030"))).text).toBe(s);
      }),
    );
  });
});
