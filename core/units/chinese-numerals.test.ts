/** Chinese numerals: known readings and a property round trip (format then parse). */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatChineseNumeral, parseChineseNumeral } from "./chinese-numerals.ts";

describe("Chinese numerals", () => {
  it("parses common forms", () => {
    expect(parseChineseNumeral("十二")).toBe(12);
    expect(parseChineseNumeral("二十")).toBe(20);
    expect(parseChineseNumeral("一百零五")).toBe(105);
    expect(parseChineseNumeral("两万五千")).toBe(25000);
    expect(parseChineseNumeral("一亿零五百万")).toBe(105000000);
    expect(parseChineseNumeral("一万亿")).toBe(1e12);
    expect(parseChineseNumeral("千")).toBe(1000);
    expect(parseChineseNumeral("万")).toBe(10000);
    expect(parseChineseNumeral("二〇二五")).toBe(2025);
    expect(parseChineseNumeral("五")).toBe(5);
    expect(parseChineseNumeral("abc")).toBeNull();
    expect(parseChineseNumeral("")).toBeNull();
  });

  it("formats the standard reading", () => {
    expect(formatChineseNumeral(0)).toBe("零");
    expect(formatChineseNumeral(10)).toBe("十");
    expect(formatChineseNumeral(12)).toBe("十二");
    expect(formatChineseNumeral(105)).toBe("一百零五");
    expect(formatChineseNumeral(10050)).toBe("一万零五十");
    expect(formatChineseNumeral(110000)).toBe("十一万");
    expect(formatChineseNumeral(100100000)).toBe("一亿零一十万");
  });

  it("round-trips every integer it formats", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999_999 }), (n) => {
        expect(parseChineseNumeral(formatChineseNumeral(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});
