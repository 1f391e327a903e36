/** Quantities: magnitude words, units, ranges, percentages in words, multiples; properties over integers and decimals. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { halfWidthFigures, parseQuantity, readQuantityAt } from "./quantity.ts";
import { formatChineseNumeral } from "./chinese-numerals.ts";

describe("parseQuantity", () => {
  it.each([
    ["4.5万家", { value: 45000, unit: "家" }],
    ["750亿元", { value: 75000000000, unit: "元" }],
    ["1.3万台/套", { value: 13000, unit: "台/套" }],
    ["1.3万亿元", { value: 1.3e12, unit: "元" }],
    ["16.07万人", { value: 160700, unit: "人" }],
    ["12.12亿元", { value: 1212000000, unit: "元" }],
    ["千亿级", { value: 1e11, unit: "元" }],
    ["千万量", { value: 1e7, unit: "" }],
    ["百分之十", { value: 10, unit: "%" }],
    ["百分之十二点零五", { value: 12.05, unit: "%" }],
    ["两成", { value: 20, unit: "%" }],
    ["十二", { value: 12, unit: "" }],
    ["翻番", { value: 2, unit: "倍" }],
    ["双倍增", { value: 2, unit: "倍" }],
    ["2—3个", { value: 2, valueMax: 3, unit: "个" }],
    ["8%—12%", { value: 8, valueMax: 12, unit: "%" }],
    ["1.5—2万人", { value: 15000, valueMax: 20000, unit: "人" }],
    ["40余个", { value: 40, unit: "个", approx: "余" }],
    ["1.1 万余名", { value: 11000, unit: "名", approx: "余" }],
    ["0.09个百分点", { value: 0.09, unit: "个百分点" }],
    ["5.1万pcu/h", { value: 51000, unit: "pcu/h" }],
    ["1,200家", { value: 1200, unit: "家" }],
    ["0.5百分点", { value: 0.5, unit: "个百分点" }],
  ])("%s", (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });

  it("maps full-width figures one character for one", () => {
    const text = "达到１２．５％";
    expect(halfWidthFigures(text)).toBe("达到12.5%");
    expect(halfWidthFigures(text)).toHaveLength(text.length);
  });

  it("rejects what is not a quantity", () => {
    expect(parseQuantity("500强")).toBeNull();
    expect(parseQuantity("科技")).toBeNull();
    expect(parseQuantity("")).toBeNull();
  });

  it("reads a quantity inside running text and stops after its unit", () => {
    const text = "科技型企业超过4.5万家,";
    const q = readQuantityAt(text, 7);
    expect(q).toMatchObject({ value: 45000, unit: "家", end: 12 });
  });

  it("reads any integer written in Chinese numerals with a unit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.constantFrom("家", "个", "项", "人"), (n, unit) => {
        expect(parseQuantity(formatChineseNumeral(n) + unit)).toEqual({ value: n, unit });
      }),
    );
  });

  it("scales any decimal by its magnitude word exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 0, max: 99 }), (whole, frac) => {
        const written = `${whole}.${String(frac).padStart(2, "0")}`;
        expect(parseQuantity(`${written}万人`)!.value).toBe(Math.round(Number(written) * 100) * 100);
      }),
    );
  });
});
