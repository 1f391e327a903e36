/** Formula-injection defence: formula-like text gets a leading apostrophe, other text is left alone. */
import { describe, expect, it } from "vitest";
import { neutraliseCell } from "./formula-injection.ts";

describe("neutraliseCell", () => {
  it("prefixes text starting with = + - @, tab or CR", () => {
    for (const text of ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(neutraliseCell(text)).toBe(`'${text}`);
    }
  });

  it("prefixes the full-width forms ＝＋－＠", () => {
    for (const text of ["＝1+1", "＋1", "－2", "＠SUM(A1)"]) expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it("leaves other text alone, including text with a formula character later on", () => {
    for (const text of ["", "科技型中小企业", "500106", "a=b", " =1", "'=1", "2025-03"]) {
      expect(neutraliseCell(text)).toBe(text);
    }
  });
});
