/** Decoding bytes: UTF-8, GB18030/GBK, UTF-16, and the coded refusals. */
import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import fc from "fast-check";
import { decodeText, printableShare } from "./decode-text.ts";
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
    // From 300 characters on, characters drawn uniformly are not plausible Chinese prose (see below).
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)), minLength: 12, maxLength: 250 }), (s) => {
        expect(decodeText(new Uint8Array(iconv.encode(s, "gb18030"))).text).toBe(s);
      }),
    );
  });

  it("refuses random bytes whatever their shape, with a message saying the file is not text", () => {
    const shapes = {
      raw: (b: Uint8Array) => b,
      "high bytes": (b: Uint8Array) => b.map((x) => x | 0x80),
      "no control bytes": (b: Uint8Array) => b.map((x) => 0x20 + (x % 0xe0)),
      "behind a UTF-16 BOM": (b: Uint8Array) => new Uint8Array([0xff, 0xfe, ...b]),
      "behind a UTF-16BE BOM": (b: Uint8Array) => new Uint8Array([0xfe, 0xff, ...b]),
      // Pairs that are all valid GBK, or all in GB2312's hanzi rows: they decode, to rare characters.
      "GBK pairs": (b: Uint8Array) => b.map((x, i) => (i % 2 ? 0x40 + (x % 0xbf) : 0x81 + (x % 0x7e))).map((x) => (x === 0x7f ? 0x80 : x)),
      "GB2312 pairs": (b: Uint8Array) => b.map((x, i) => (i % 2 ? 0xa1 + (x % 0x5e) : 0xb0 + (x % 0x48))),
    };
    for (const [shape, make] of Object.entries(shapes)) {
      fc.assert(
        fc.property(fc.uint8Array({ minLength: 1024, maxLength: 4096 }), (random) => {
          const code = codeOf(() => decodeText(make(random), { prose: true }));
          expect(["binary", "undecodable", "implausible", "not_text"], shape).toContain(code);
        }),
        { numRuns: 30 },
      );
    }
  });

  it("says how much of a text is printable, and refuses below the minimum given", () => {
    const junk = iconv.encode(`${sample.repeat(4)}\uE000\uE001\uE002`, "utf-16le", { addBOM: true });
    expect(codeOf(() => decodeText(new Uint8Array(junk)))).toBeUndefined();
    try {
      decodeText(new Uint8Array(junk), { minPrintableShare: 0.99 });
      expect.unreachable();
    } catch (e) {
      expect((e as DocumentError).code).toBe("not_text");
      expect((e as DocumentError).messages.zh).toMatch(/可打印字符仅占 \d+(\.\d)?%，低于 99% 的下限/);
      expect((e as DocumentError).messages.en).toContain("below the 99% minimum");
    }
    expect(printableShare("科技\uE000")).toBeCloseTo(2 / 3);
    // A table of rare characters is text all the same; only prose is held to read like prose.
    const rare = new Uint8Array(Array.from({ length: 800 }, (_, i) => (i % 2 ? 0xa1 + ((i * 37) % 0x5e) : 0xd8 + ((i * 11) % 0x1f))));
    expect(decodeText(rare).encoding).toBe("gb18030");
    expect(codeOf(() => decodeText(rare, { prose: true }))).toBe("implausible");
    expect(printableShare("a\ufffd")).toBe(0.5);
    expect(printableShare("行\t一\r\n二\f\uFEFF")).toBe(1);
  });
});
