import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { validateValue } from "./validate-value.ts";

const share = { nameZh: "研发投入强度", nameEn: "R&D intensity", measure: "share", periodicity: "year" } as const;
const count = { nameZh: "科技型企业", nameEn: "Tech SMEs", measure: "count", periodicity: "year" } as const;

describe("validateValue", () => {
  it("accepts a share within 0–100 for a year", () => {
    expect(validateValue(share, "2024", 2.6).problems).toEqual([]);
  });
  it("refuses a share above 100, naming the value field in both languages", () => {
    const [problem] = validateValue(share, "2024", 120).problems;
    expect(problem?.field).toBe("value");
    expect(problem?.zh).toContain("0 到 100");
    expect(problem?.en).toContain("between 0 and 100");
  });
  it("refuses a quarter for a yearly indicator and a malformed period", () => {
    expect(validateValue(share, "2024Q1", 2).problems[0]?.field).toBe("period");
    expect(validateValue(share, "2024Q5", 2).problems[0]?.zh).toContain("格式不正确");
  });
  it("refuses negative and fractional counts", () => {
    expect(validateValue(count, "2023", -1).problems[0]?.field).toBe("value");
    expect(validateValue(count, "2023", 1.5).problems[0]?.en).toContain("whole number");
  });
  it("accepts every share in [0, 100] and refuses every one outside", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (v) => {
        const ok = validateValue(share, "2024", v).problems.length === 0;
        expect(ok).toBe(v >= 0 && v <= 100);
      }),
    );
  });
  it("gives each rule a stable code", () => {
    expect(validateValue(share, "2024Q5", 2).problems.map((p) => p.code)).toEqual(["period_syntax"]);
    expect(validateValue(share, "2024Q1", 120).problems.map((p) => p.code)).toEqual(["period_periodicity", "share_out_of_range"]);
    expect(validateValue(count, "2023", -1).problems.map((p) => p.code)).toEqual(["value_negative"]);
    expect(validateValue(count, "2023", 1.5).problems.map((p) => p.code)).toEqual(["count_not_whole"]);
    expect(validateValue(count, "2023", Number.NaN).problems.map((p) => p.code)).toEqual(["value_not_finite"]);
  });
  it("writes the value in messages as the caller shows it", () => {
    const amount = { nameZh: "技术合同成交额", nameEn: "Technology contracts", measure: "amount", periodicity: "year" } as const;
    const [problem] = validateValue(amount, "2024", -1.2e9, (v) => `${v / 1e8} 亿元`).problems;
    expect(problem?.zh).toContain("-12 亿元");
  });
});
