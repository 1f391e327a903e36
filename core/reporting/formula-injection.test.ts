import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { neutraliseCell } from "./formula-injection.ts";

describe("neutraliseCell", () => {
  it("prefixes an apostrophe to text a spreadsheet would run as a formula", () => {
    expect(neutraliseCell('=HYPERLINK("http://example.com","点此")')).toBe(`'=HYPERLINK("http://example.com","点此")`);
    expect(neutraliseCell("+86 23 6386 2000")).toBe("'+86 23 6386 2000");
    expect(neutraliseCell("-2+3")).toBe("'-2+3");
    expect(neutraliseCell("@SUM(A1:A9)")).toBe("'@SUM(A1:A9)");
    expect(neutraliseCell("\t=1+1")).toBe("'\t=1+1");
    expect(neutraliseCell("\r=1+1")).toBe("'\r=1+1");
    expect(neutraliseCell("＝1+1")).toBe("'＝1+1");
    expect(neutraliseCell("＋1")).toBe("'＋1");
    expect(neutraliseCell("－1")).toBe("'－1");
    expect(neutraliseCell("＠x")).toBe("'＠x");
  });
  it("leaves ordinary text, numbers and empty cells alone", () => {
    expect(neutraliseCell("技术合同成交额")).toBe("技术合同成交额");
    expect(neutraliseCell("2025Q3")).toBe("2025Q3");
    expect(neutraliseCell("a=b")).toBe("a=b");
    expect(neutraliseCell("")).toBe("");
    expect(neutraliseCell(-12.5)).toBe(-12.5);
    expect(neutraliseCell(0)).toBe(0);
    expect(neutraliseCell(null)).toBeNull();
    expect(neutraliseCell(undefined)).toBeUndefined();
  });
  it("changes a text only by one leading apostrophe, and only when it starts like a formula", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = neutraliseCell(text);
        const risky = /^[=+\-@\t\r＝＋－＠]/.test(text);
        expect(out).toBe(risky ? `'${text}` : text);
        expect(/^[=+\-@\t\r＝＋－＠]/.test(out)).toBe(false);
      }),
    );
  });
});
