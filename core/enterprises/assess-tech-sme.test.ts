import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { assessTechSme } from "./assess-tech-sme.ts";
import type { EnterpriseYear } from "./model.ts";
import { TECH_SME_2022 } from "./tech-sme.pack.ts";

const WAN = 1e4;
/** The worked example: 120 staff of whom 30 S&T, sales 3,000万, R&D 165万, three class-II IP. */
const example: EnterpriseYear = {
  year: 2025,
  staff: 120,
  sciTechStaff: 30,
  salesRevenue: 3000 * WAN,
  rdExpense: 165 * WAN,
  totalCost: 2800 * WAN,
  totalAssets: 2500 * WAN,
  ip: { utilityModel: 2, software: 1 },
};

const item = (a: ReturnType<typeof assessTechSme>, id: string) => a.items.find((i) => i.id === id)!;

describe("科技型中小企业评价 (国科发政〔2017〕115号)", () => {
  it("scores the worked example 16 + 40 + 18 = 74 and qualifies", () => {
    const a = assessTechSme({ year: example });
    expect(item(a, "sciTechStaff").points.max).toBe(16);
    expect(item(a, "sciTechStaff").figures.ratio).toBe(0.25);
    expect(item(a, "rd").points.max).toBe(40);
    expect(item(a, "rd").figures.rdToSales).toBeCloseTo(0.055, 10);
    expect(item(a, "rd").figures.costRoutePoints).toBe(0);
    expect(item(a, "ip").points.max).toBe(18);
    expect(a.score).toEqual({ min: 74, max: 74 });
    expect(a.verdict).toBe("pass");
    expect(a.computedVerdict).toBe("pass");
    expect(a.documents.map((d) => d.number)).toEqual(["国科发政〔2017〕115号", "国科火字〔2022〕67号"]);
    expect(item(a, "rd").explanation.zh).toContain("5.5%");
    // What would change it: 15万 more R&D reaches 6 % (50 points); 6 more S&T staff reach 30 %.
    expect(item(a, "rd").toChange!.zh).toContain("15万元");
    expect(item(a, "sciTechStaff").toChange!.zh).toContain("6人");
    expect(item(a, "ip").toChange!.zh).toContain("1项Ⅱ类");
    expect(a.judgedParts).toEqual(["resident", "permittedIndustry", "noViolations"]);
  });

  it("fails on a zero staff score even above 60, and passes by a direct path", () => {
    const y = { ...example, sciTechStaff: 5, ip: { invention: 1 }, rdExpense: 200 * WAN };
    const a = assessTechSme({ year: y });
    expect(a.score!.max).toBe(80);
    expect(a.verdict).toBe("fail");
    expect(a.conditions.find((c) => c.id === "score")!.toChange!.en).toContain("10 %");
    expect(assessTechSme({ year: y, direct: { highTechCertificate: true } }).verdict).toBe("pass");
    expect(assessTechSme({ year: { ...y, standardsLed: 1 } }).verdict).toBe("pass");
  });

  it("refuses enterprises above the size limits or with a recorded violation", () => {
    expect(assessTechSme({ year: { ...example, staff: 501, sciTechStaff: 200 } }).verdict).toBe("fail");
    expect(assessTechSme({ year: { ...example, salesRevenue: 2e8 + 1 } }).verdict).toBe("fail");
    expect(assessTechSme({ year: { ...example, totalAssets: 2e8 } }).verdict).toBe("pass");
    expect(assessTechSme({ year: example, declarations: { noViolations: false } }).verdict).toBe("fail");
  });

  it("cannot decide without staff or R&D figures", () => {
    const a = assessTechSme({ year: { year: 2025, staff: 100, salesRevenue: 1e7, totalAssets: 1e7 } });
    expect(a.verdict).toBe("unknown");
  });

  it("takes a band's lower edge as inclusive (30%（含）以上)", () => {
    const edges = [
      ...TECH_SME_2022.staffBands.filter((b) => Number.isFinite(b.from)).map((b) => ({ table: "staff", pct: Math.round(b.from * 100), points: b.points as number })),
      ...TECH_SME_2022.rdSalesBands.filter((b) => Number.isFinite(b.from)).map((b) => ({ table: "sales", pct: Math.round(b.from * 100), points: b.points as number })),
      ...TECH_SME_2022.rdCostBands.filter((b) => Number.isFinite(b.from)).map((b) => ({ table: "cost", pct: Math.round(b.from * 100), points: b.points as number })),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...edges), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 100_000 }), (edge, staffK, k) => {
        const staff = 100 * staffK;
        const y: EnterpriseYear =
          edge.table === "staff"
            ? { ...example, staff, sciTechStaff: edge.pct * staffK }
            : edge.table === "sales"
              ? { ...example, salesRevenue: 100 * k, rdExpense: edge.pct * k, totalCost: 1e12 }
              : { ...example, totalCost: 100 * k, rdExpense: edge.pct * k, salesRevenue: 1e12 };
        const a = assessTechSme({ year: y });
        expect(item(a, edge.table === "staff" ? "sciTechStaff" : "rd").points.max).toBe(edge.points);
        // One unit below the edge falls to the band beneath.
        const below = edge.table === "staff" ? { ...y, sciTechStaff: edge.pct * staffK - 1 } : { ...y, rdExpense: edge.pct * k - 1 };
        expect(item(assessTechSme({ year: below }), edge.table === "staff" ? "sciTechStaff" : "rd").points.max).toBeLessThan(edge.points);
      }),
    );
  });

  it("never lowers a score when R&D rises (cost fixed, or rising with it)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2e8 }),
        fc.integer({ min: 0, max: 5e7 }),
        fc.integer({ min: 1, max: 2e8 }),
        fc.integer({ min: 0, max: 5e7 }),
        fc.boolean(),
        (sales, rd, cost, extra, costRises) => {
          const y = { ...example, salesRevenue: sales, rdExpense: rd, totalCost: cost };
          const more = { ...y, rdExpense: rd + extra, totalCost: costRises ? cost + extra : cost };
          expect(assessTechSme({ year: more }).score!.max).toBeGreaterThanOrEqual(assessTechSme({ year: y }).score!.max);
        },
      ),
    );
  });

  it("states an R&D step that actually reaches the next band", () => {
    const a = assessTechSme({ year: { ...example, rdExpense: 100 * WAN } });
    expect(item(a, "rd").points.max).toBe(20); // 3.33 %
    expect(item(a, "rd").toChange!.zh).toContain("研发费用再增加20万元"); // to 4 % of 3,000万
    expect(item(assessTechSme({ year: { ...example, rdExpense: 120 * WAN } }), "rd").points.max).toBe(30);
  });
});
