import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CITY, indicators, JIULONGPO, placeList, SHAPINGBA, YUBEI } from "./testing/catalogue.ts";
import { rollup, type PlaceLink, type RollupValue } from "./rollup.ts";

const tree: PlaceLink[] = placeList.map(({ code, parentCode }) => ({ code, parentCode }));
const v = (indicatorCode: string, placeCode: string, value: number, period = "2024"): RollupValue => ({ indicatorCode, placeCode, period, value });
const yi = 1e8;

/** R&D expenditure and GDP (元) of the three districts, and the city's own reported figures. */
const rdAndGdp: RollupValue[] = [
  v("rd-expenditure", SHAPINGBA, 52.6 * yi), v("gdp", SHAPINGBA, 2000 * yi),
  v("rd-expenditure", JIULONGPO, 61.9 * yi), v("gdp", JIULONGPO, 2135.5 * yi),
  v("rd-expenditure", YUBEI, 68.3 * yi), v("gdp", YUBEI, 2339.7 * yi),
  v("rd-intensity", SHAPINGBA, 2.63), v("rd-intensity", JIULONGPO, 2.9), v("rd-intensity", YUBEI, 2.92),
  v("rd-intensity", CITY, 2.82),
];

describe("rollup", () => {
  it("sums technology contracts of the districts to the city and sets the sum against the city's own figure", () => {
    const values = [v("tech-contract-value", SHAPINGBA, 180.2 * yi), v("tech-contract-value", JIULONGPO, 240.7 * yi), v("tech-contract-value", YUBEI, 301.4 * yi), v("tech-contract-value", CITY, 730 * yi)];
    expect(rollup({ places: tree, values, indicators })).toEqual([{
      indicatorCode: "tech-contract-value", placeCode: CITY, period: "2024", sum: 722.3 * yi, childCount: 3, childrenReporting: 3, missing: [], complete: true,
      reported: 730 * yi, difference: 7.7 * yi, relativeDifference: 7.7 / 722.3,
    }]);
  });
  it("lists districts without a figure and marks the sum incomplete", () => {
    const [city] = rollup({ places: tree, values: [v("tech-smes", SHAPINGBA, 3105), v("tech-smes", YUBEI, 4012)], indicators });
    expect(city).toMatchObject({ sum: 7117, childCount: 3, childrenReporting: 2, missing: [JIULONGPO], complete: false, reported: null, difference: null, relativeDifference: null });
  });
  it("recomputes R&D intensity from summed R&D expenditure and GDP, never averaging the districts' intensities", () => {
    const rows = rollup({ places: tree, values: rdAndGdp, indicators });
    const intensity = rows.find((r) => r.indicatorCode === "rd-intensity")!;
    const expected = ((52.6 + 61.9 + 68.3) / (2000 + 2135.5 + 2339.7)) * 100;
    expect(intensity.sum).toBeCloseTo(expected, 12);
    expect(intensity.sum).not.toBeCloseTo((2.63 + 2.9 + 2.92) / 3, 3);
    expect(intensity).toMatchObject({ childrenReporting: 3, reported: 2.82, complete: true });
    expect(intensity.difference).toBeCloseTo(2.82 - expected, 12);
    expect(rows.map((r) => r.indicatorCode)).toEqual(["gdp", "rd-expenditure", "rd-intensity"]);
  });
  it("counts a district as missing from a ratio when either part is missing", () => {
    const values = rdAndGdp.filter((x) => !(x.indicatorCode === "gdp" && x.placeCode === YUBEI));
    const intensity = rollup({ places: tree, values, indicators }).find((r) => r.indicatorCode === "rd-intensity")!;
    expect(intensity).toMatchObject({ childrenReporting: 2, missing: [YUBEI] });
    expect(intensity.sum).toBeCloseTo(((52.6 + 61.9) / (2000 + 2135.5)) * 100, 12);
  });
  it("rolls member districts up to a zone, and does not roll up growth rates", () => {
    const values = [v("tech-smes", SHAPINGBA, 3105), v("tech-smes", JIULONGPO, 2788), v("tech-smes", YUBEI, 4012), v("rd-expenditure-growth", SHAPINGBA, 12.2)];
    const rows = rollup({ places: tree, memberships: [{ groupCode: "cq-science-city", memberCode: SHAPINGBA }, { groupCode: "cq-science-city", memberCode: JIULONGPO }], values, indicators });
    expect(rows.map((r) => [r.placeCode, r.sum])).toEqual([[CITY, 9905], ["cq-science-city", 5893]]);
  });
  it("uses a district's own figure before the sum of its streets, and its streets when it has none", () => {
    const streets: PlaceLink[] = [...tree, { code: "500106001", parentCode: SHAPINGBA }, { code: "500106002", parentCode: SHAPINGBA }];
    const values = [v("tech-smes", "500106001", 1000), v("tech-smes", "500106002", 2000), v("tech-smes", JIULONGPO, 2788), v("tech-smes", YUBEI, 4012)];
    const city = (vs: RollupValue[]) => rollup({ places: streets, values: vs, indicators }).find((r) => r.placeCode === CITY)!;
    expect(city(values).sum).toBe(3000 + 2788 + 4012);
    expect(city([...values, v("tech-smes", SHAPINGBA, 3105)]).sum).toBe(3105 + 2788 + 4012);
    const shapingba = rollup({ places: streets, values: [...values, v("tech-smes", SHAPINGBA, 3105)], indicators }).find((r) => r.placeCode === SHAPINGBA)!;
    expect(shapingba).toMatchObject({ sum: 3000, reported: 3105, difference: 105 });
  });
  it("refuses a cycle in the tree and a figure given twice", () => {
    const cyclic: PlaceLink[] = [{ code: "a", parentCode: "b" }, { code: "b", parentCode: "a" }, { code: "c", parentCode: "a" }];
    expect(() => rollup({ places: cyclic, values: [v("tech-smes", "c", 1)], indicators })).toThrow(/cycle/);
    expect(() => rollup({ places: tree, values: [v("tech-smes", YUBEI, 1), v("tech-smes", YUBEI, 2)], indicators })).toThrow(/twice/);
  });
});

/** A random tree under the city: node i's parent is one of the nodes before it. */
const randomTree = fc.array(fc.nat(), { minLength: 1, maxLength: 40 }).map((parents) => {
  const codes = [CITY, ...parents.map((_, i) => `p${i + 1}`)];
  const links: PlaceLink[] = [{ code: CITY, parentCode: null }, ...parents.map((p, i) => ({ code: codes[i + 1]!, parentCode: codes[p % (i + 1)]! }))];
  const parentsSet = new Set(links.map((l) => l.parentCode));
  return { links, leaves: links.map((l) => l.code).filter((c) => !parentsSet.has(c)) };
});

describe("rollup properties", () => {
  it("the city's sum of an additive indicator is the sum of all leaves, whatever the tree", () => {
    fc.assert(
      fc.property(randomTree, fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 40, maxLength: 40 }), ({ links, leaves }, amounts) => {
        fc.pre(!(leaves.length === 1 && leaves[0] === CITY));
        const values = leaves.map((leaf, i) => v("tech-smes", leaf, amounts[i]!));
        const city = rollup({ places: links, values, indicators }).find((r) => r.placeCode === CITY)!;
        expect(city.sum).toBe(amounts.slice(0, leaves.length).reduce((a, b) => a + b, 0));
        expect(city.complete).toBe(true);
      }),
    );
  });
  it("a ratio roll-up is Σnum / Σden × scale and lies between the children's ratios", () => {
    const part = fc.record({ rd: fc.double({ min: 1e6, max: 1e11, noNaN: true }), gdp: fc.double({ min: 1e9, max: 1e13, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 30 }), (districts) => {
        const places: PlaceLink[] = [{ code: CITY, parentCode: null }, ...districts.map((_, i) => ({ code: `d${i}`, parentCode: CITY }))];
        const values = districts.flatMap((d, i) => [v("rd-expenditure", `d${i}`, d.rd), v("gdp", `d${i}`, d.gdp)]);
        const intensity = rollup({ places, values, indicators }).find((r) => r.indicatorCode === "rd-intensity")!;
        const ratios = districts.map((d) => (d.rd / d.gdp) * 100);
        const expected = (districts.reduce((a, d) => a + d.rd, 0) / districts.reduce((a, d) => a + d.gdp, 0)) * 100;
        expect(intensity.sum!).toBeCloseTo(expected, 9);
        expect(intensity.sum!).toBeGreaterThanOrEqual(Math.min(...ratios) * (1 - 1e-12));
        expect(intensity.sum!).toBeLessThanOrEqual(Math.max(...ratios) * (1 + 1e-12));
      }),
    );
  });
  it("does not depend on the order of places, memberships or values", () => {
    fc.assert(
      fc.property(randomTree, fc.array(fc.double({ min: 0, max: 1e12, noNaN: true }), { minLength: 80, maxLength: 80 }), fc.array(fc.nat(), { minLength: 200, maxLength: 200 }), ({ links }, amounts, keys) => {
        const values = links.flatMap((l, i) => [v("tech-contract-value", l.code, amounts[i]!), v("gdp", l.code, amounts[i + 40]! + 1), v("rd-expenditure", l.code, amounts[i]!)]).filter((_, i) => keys[i]! % 3 !== 0);
        const memberships = links.slice(1, 6).map((l) => ({ groupCode: "zone", memberCode: l.code }));
        const shuffle = <T>(xs: T[]) => xs.map((x, i) => [keys[(i * 7) % 200]!, i, x] as const).sort((a, b) => a[0] - b[0] || b[1] - a[1]).map(([, , x]) => x);
        const once = rollup({ places: links, memberships, values, indicators });
        const again = rollup({ places: shuffle(links), memberships: shuffle(memberships), values: shuffle(values), indicators });
        expect(again).toEqual(once);
      }),
    );
  });
  it("yields nothing for an indicator aggregated by none", () => {
    fc.assert(
      fc.property(randomTree, fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 41, maxLength: 41 }), ({ links }, rates) => {
        const values = links.map((l, i) => v("rd-expenditure-growth", l.code, rates[i]!));
        expect(rollup({ places: links, values, indicators })).toEqual([]);
      }),
    );
  });
});
