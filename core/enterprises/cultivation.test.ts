import { describe, expect, it } from "vitest";
import { cultivationPool, projectNextYear, shortfall, assessYears } from "./cultivation.ts";
import type { EnterpriseYear } from "./model.ts";

const WAN = 1e4;
const y = (year: number, rd: number, sales: number, extra: Partial<EnterpriseYear> = {}): EnterpriseYear => ({ year, staff: 100, sciTechStaff: 25, rdExpense: rd * WAN, salesRevenue: sales * WAN, totalCost: 1e12, totalAssets: 1000 * WAN, ip: { utilityModel: 3 }, ...extra });

describe("培育库 (cultivation pool)", () => {
  it("projects each figure by its last year-on-year ratio, held within ½–2×", () => {
    const p = projectNextYear([y(2024, 100, 2000), y(2025, 120, 2000)])!;
    expect(p.year).toBe(2026);
    expect(p.rdExpense).toBe(144 * WAN);
    expect(projectNextYear([y(2024, 10, 2000), y(2025, 100, 2000)])!.rdExpense).toBe(200 * WAN);
    expect(projectNextYear([y(2025, 100, 2000)])!.rdExpense).toBe(100 * WAN);
  });

  it("ranks those that qualify next year on trend by how little they lack now", () => {
    // 16 + 18 = 34 points plus R&D: 4 % of sales gives 30 (64, passes); 3 % gives 20 (54); 2.5 % gives 10 (44).
    const pool = cultivationPool("tech-sme", [
      { creditCode: "B", years: [y(2024, 50, 2000), y(2025, 60, 2000)] }, // 3 % now (54), 3.6 % next → 20: still 54
      { creditCode: "C", years: [y(2024, 40, 2000), y(2025, 60, 2000)] }, // 3 % now (54), 4.5 % next → 30: 64
      { creditCode: "D", years: [y(2024, 25, 2000), y(2025, 50, 2000)] }, // 2.5 % now (44), 5 % next → 40: 74
      { creditCode: "E", years: [y(2024, 80, 2000), y(2025, 80, 2000)] }, // passes already
    ]);
    expect(pool.map((c) => c.creditCode)).toEqual(["C", "D"]);
    expect(pool[0]!.gapNow).toBeCloseTo(6 / 60, 10);
    expect(shortfall(assessYears("tech-sme", [y(2025, 80, 2000)])!)).toBe(0);
  });

  it("puts a 高企 candidate whose R&D intensity reaches its tier next year in the pool", () => {
    const ht = (year: number, rd: number): EnterpriseYear => ({ year, staff: 100, sciTechStaff: 20, salesRevenue: 4000 * WAN, rdExpense: rd * WAN, rdDomestic: rd * WAN, highTechRevenue: 3000 * WAN, totalRevenue: 4000 * WAN, netAssets: 1000 * WAN, ip: { invention: 1 } });
    // 3 years at 4 % + rising to 7.5 %: intensity 4.4 % → below 5 % now; on trend 5.6 %+ next year.
    const years = [ht(2023, 120), ht(2024, 160), ht(2025, 240)];
    expect(assessYears("high-tech", years, "2010-01-01")!.conditions.find((c) => c.id === "rdIntensity")!.verdict).toBe("fail");
    const pool = cultivationPool("high-tech", [{ creditCode: "H", years, registeredOn: "2010-01-01" }]);
    expect(pool.map((c) => c.creditCode)).toEqual(["H"]);
    // Without a registration date the computed conditions are open, so nobody is put forward.
    expect(cultivationPool("high-tech", [{ creditCode: "H", years }])).toEqual([]);
  });
});
