import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { assessHighTech, type HighTechInput } from "./assess-high-tech.ts";
import { growthRate } from "./growth.ts";
import type { EnterpriseYear } from "./model.ts";

const WAN = 1e4;
const year = (y: number, sales: number, rd: number, netAssets: number, extra: Partial<EnterpriseYear> = {}): EnterpriseYear => ({
  year: y,
  salesRevenue: sales * WAN,
  rdExpense: rd * WAN,
  rdDomestic: rd * WAN,
  netAssets: netAssets * WAN,
  staff: 200,
  sciTechStaff: 40,
  ip: { invention: 2, utilityModel: 6 },
  transformations: 5,
  ...extra,
});
/** The worked example: sales 4,000/5,200/6,500万, R&D 200/260/300万, net assets 2,000/2,600/3,200. */
const example: HighTechInput = {
  years: [year(2023, 4000, 200, 2000), year(2024, 5200, 260, 2600), year(2025, 6500, 300, 3200, { highTechRevenue: 5000 * WAN, totalRevenue: 6600 * WAN })],
  registeredOn: "2015-03-01",
  assessedOn: "2026-06-30",
};
const cond = (a: ReturnType<typeof assessHighTech>, id: string) => a.conditions.find((c) => c.id === id)!;
const item = (a: ReturnType<typeof assessHighTech>, id: string) => a.items.find((i) => i.id === id)!;

describe("高新技术企业 self-check (国科发火〔2016〕32号, 195号)", () => {
  it("reads the worked example: 4.84 % ≥ 4 %, 75.8 % high-tech revenue, growth 26.5 % and 27.5 % → 7–8 each", () => {
    const a = assessHighTech(example);
    const rd = cond(a, "rdIntensity");
    expect(rd.verdict).toBe("pass");
    expect(rd.figures.intensity).toBeCloseTo(760 / 15700, 12);
    expect(rd.figures.required).toBe(0.04);
    expect(rd.explanation.zh).toContain("4.84%");
    const ht = cond(a, "highTechRevenue");
    expect(ht.verdict).toBe("pass");
    expect(ht.explanation.zh).toContain("75.76%");
    const na = item(a, "netAssetGrowth");
    expect(na.figures.rate).toBeCloseTo(0.2654, 4);
    expect(na.points).toEqual({ min: 7, max: 8 });
    const sg = item(a, "salesGrowth");
    expect(sg.figures.rate).toBeCloseTo(0.275, 10);
    expect(sg.points).toEqual({ min: 7, max: 8 });
    expect(sg.toChange!.zh).toContain("A档");
    expect(cond(a, "sciTechStaff").verdict).toBe("pass");
    expect(cond(a, "rdDomestic").verdict).toBe("pass");
    // Judged parts are open, so the verdict waits on them and says which.
    expect(a.verdict).toBe("unknown");
    expect(a.judgedParts).toEqual(expect.arrayContaining(["coreIp", "supportedField", "ipAdvancement", "ipCoreSupport", "rdManagement"]));
    expect(a.computedVerdict).toBe("pass");
    expect(a.score).toEqual({ min: 7 + 25 + 7 + 7, max: 30 + 30 + 20 + 8 + 8 });
  });

  it("reaches a verdict once the judged parts are entered", () => {
    const judged = { coreIp: true, supportedField: true, points: { ipAdvancement: 6, ipCoreSupport: 6, ipQuantity: 8, ipAcquisition: 5, transformation: 26, rdManagement: 15, netAssetGrowth: 7, salesGrowth: 8 } };
    const a = assessHighTech({ ...example, judgements: judged });
    expect(a.score).toEqual({ min: 25 + 26 + 15 + 15, max: 25 + 2 + 26 + 15 + 15 });
    expect(a.verdict).toBe("pass");
    const low = assessHighTech({ ...example, judgements: { ...judged, points: { ...judged.points, ipAdvancement: 1, ipCoreSupport: 1, ipAcquisition: 1, transformation: 25, rdManagement: 5, ipStandards: 0 } } });
    expect(low.score).toEqual({ min: 11 + 25 + 5 + 15, max: 11 + 25 + 5 + 15 });
    expect(low.verdict).toBe("fail");
    // A judgement outside its band is refused with a caution, not used.
    const bad = assessHighTech({ ...example, judgements: { points: { netAssetGrowth: 10 } } });
    expect(item(bad, "netAssetGrowth").points).toEqual({ min: 7, max: 8 });
    expect(bad.cautions[0]!.zh).toContain("不在7–8分之间");
  });

  it("names the R&D shortfall for the tier of the latest sales", () => {
    const a = assessHighTech({ ...example, years: example.years.map((y) => ({ ...y, rdExpense: 150 * WAN, rdDomestic: 150 * WAN })) });
    const rd = cond(a, "rdIntensity");
    expect(rd.verdict).toBe("fail");
    // 4 % of 15,700万 = 628万; 450万 spent: 178万 more.
    expect(rd.toChange!.zh).toContain("178万元");
    expect(a.verdict).toBe("fail");
  });

  it("puts 5,000万 of latest sales in the 5 % tier (含) and passes exactly 5 %", () => {
    const ys = [year(2025, 5000, 250, 1000)];
    expect(cond(assessHighTech({ years: ys }), "rdIntensity").figures.required).toBe(0.05);
    expect(cond(assessHighTech({ years: ys }), "rdIntensity").verdict).toBe("pass");
    expect(cond(assessHighTech({ years: [year(2025, 5000, 249.99, 1000)] }), "rdIntensity").verdict).toBe("fail");
    expect(cond(assessHighTech({ years: [year(2025, 5000.01, 200.0004, 1000)] }), "rdIntensity").figures.required).toBe(0.04);
    expect(cond(assessHighTech({ years: [year(2025, 20001, 600.03, 1000)] }), "rdIntensity").verdict).toBe("pass");
  });

  it("applies the growth edge rules", () => {
    expect(growthRate([0, 100, 130]).basis).toBe("last-two-years");
    expect(growthRate([0, 100, 130]).rate).toBeCloseTo(0.3, 12);
    expect(growthRate([100, 0, 130])).toMatchObject({ basis: "second-year-zero", points: { min: 0, max: 0 } });
    expect(growthRate([100, 90, 80]).points).toEqual({ min: 0, max: 0 });
    expect(growthRate([100, 120]).basis).toBe("two-years");
    expect(growthRate([100, null, 120]).basis).toBe("insufficient");
    // Edges: ≥35 % A, ≥25 % B, ≥15 % C, ≥5 % D inclusive; >0 E exclusive.
    expect(growthRate([100, 135, 182.25]).grade).toBe("A");
    expect(growthRate([100, 125, 156.25]).grade).toBe("B");
    expect(growthRate([100, 115, 132.25]).grade).toBe("C");
    expect(growthRate([100, 105, 110.25]).grade).toBe("D");
    expect(growthRate([100, 100, 100]).grade).toBe("F");
    expect(growthRate([100, 100, 100.01]).grade).toBe("E");
  });

  it("an exact band edge of growth is inclusive for any scale", () => {
    fc.assert(
      fc.property(fc.constantFrom(0.05, 0.15, 0.25, 0.35), fc.integer({ min: 1, max: 1e6 }), (edge, base) => {
        const y2 = base * (1 + edge);
        const y3 = y2 * (1 + edge);
        const g = growthRate([base, y2, y3]);
        expect(g.rate).toBeCloseTo(edge, 9);
        expect(g.points.min).toBe({ 0.05: 3, 0.15: 5, 0.25: 7, 0.35: 9 }[edge]);
      }),
    );
  });

  it("never lowers the outcome when R&D (spent at home) rises", () => {
    const rank = { fail: 0, unknown: 1, pass: 2 } as const;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5e8 }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 5e7 }), fc.integer({ min: 0, max: 5e7 }), fc.integer({ min: 0, max: 1e8 }), (sales, rd, dom, extra) => {
        const ys = sales.map((s, i) => ({ year: 2023 + i, salesRevenue: s, rdExpense: rd + dom, rdDomestic: dom, staff: 100, sciTechStaff: 10, netAssets: 1e7 * (i + 1) }));
        const more = ys.map((y, i) => (i === ys.length - 1 ? { ...y, rdExpense: y.rdExpense + extra, rdDomestic: y.rdDomestic + extra } : y));
        const a = assessHighTech({ years: ys });
        const b = assessHighTech({ years: more });
        for (const id of ["rdIntensity", "rdDomestic"]) expect(rank[cond(b, id).verdict]).toBeGreaterThanOrEqual(rank[cond(a, id).verdict]);
        expect(b.score!.min).toBeGreaterThanOrEqual(a.score!.min);
        expect(rank[b.verdict]).toBeGreaterThanOrEqual(rank[a.verdict]);
      }),
    );
  });
});
