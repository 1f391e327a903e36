import { describe, expect, it } from "vitest";
import { isValidCreditCode } from "./credit-code.ts";
import { generateDemoRegistry, organisationCodeCheck, type DemoPlace } from "./demo-registry.ts";

const places: DemoPlace[] = Array.from({ length: 38 }, (_, i) => ({ code: String(500101 + i), nameZh: `区${i}`, kind: i < 26 ? "district" : "county", zones: i === 5 ? ["cq-hitech-zone"] : [] }));

describe("demo registry (示例数据)", () => {
  it("is reproducible, sums to the total, labels every name and uses valid credit codes", () => {
    const a = generateDemoRegistry(places, { total: 2_000 });
    const b = generateDemoRegistry(places, { total: 2_000 });
    expect(a).toEqual(b);
    expect(a).toHaveLength(2_000);
    expect(new Set(a.map((e) => e.creditCode)).size).toBe(2_000);
    expect(a.every((e) => isValidCreditCode(e.creditCode) && e.name.includes("示例"))).toBe(true);
    expect(a.every((e) => e.years.length === 3 && e.statuses.some((s) => s.kind === "cq-tech"))).toBe(true);
    const highTech = a.filter((e) => e.statuses.some((s) => s.kind === "high-tech")).length;
    expect(highTech / a.length).toBeGreaterThan(0.09);
    expect(highTech / a.length).toBeLessThan(0.17);
  });
  it("computes the GB 11714 organisation code check: Σ = 201 for 12345678, 11 − 201 mod 11 = 8", () => {
    expect(organisationCodeCheck("12345678")).toBe("8");
  });
});
