/**
 * Rules a leader relies on: a met target is never at risk, a growth target growing as fast as it must
 * is never at risk, binding targets are never judged more leniently than expected ones, and a
 * projection from a short series comes with its range and its cautions.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Comparator } from "../targets/target.ts";
import { bindingFirst, computeProgress, type ProgressInput, type Status } from "./index.ts";

const RUNS = { numRuns: 400 };
const comparators = fc.constantFrom<Comparator>(">=", ">", "<=", "<", "=");
const measures = fc.constantFrom("count" as const, "amount" as const, "share" as const, "ratio" as const);
const attributes = fc.constantFrom("expected" as const, "binding" as const, undefined);
const positive = fc.integer({ min: 1, max: 100_000 }).map((v) => v / 10);
const thresholds = fc
  .record({ atRisk: fc.double({ min: 0.05, max: 1, noNaN: true }), onTrack: fc.double({ min: 0.05, max: 1, noNaN: true }) })
  .map((t) => ({ atRisk: Math.min(t.atRisk, t.onTrack), onTrack: Math.max(t.atRisk, t.onTrack) }));
const observations = fc.array(fc.record({ year: fc.integer({ min: 2021, max: 2025 }), value: positive }), { minLength: 1, maxLength: 5 });

/** How bad a status is: achieved < on track < at risk < off track (no data apart). */
const severity: Record<Status, number> = { achieved: 0, on_track: 1, at_risk: 2, off_track: 3, no_data: -1 };

describe("a target whose latest value already meets it", () => {
  it("is never at risk, whatever its form, measure, comparator, attribute or thresholds", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("level" as const, "multiple" as const, "increment" as const),
        measures,
        comparators,
        attributes,
        thresholds,
        fc.record({ value: positive, width: positive, baseline: positive }),
        observations,
        (kind, measure, comparator, attribute, th, v, obs) => {
          const input: ProgressInput = {
            indicator: { measure },
            target: { kind, comparator, value: v.value, valueMax: comparator === "=" ? v.value + v.width : undefined, targetYear: 2025, baseline: { value: v.baseline, year: 2020 }, attribute },
            observations: obs,
            thresholds: th,
          };
          const p = computeProgress(input);
          const latest = p.current;
          fc.pre(latest !== null && p.targetLevel !== null);
          const lo = p.targetLevel!;
          const hi = p.targetLevelMax;
          const met =
            comparator === ">=" ? latest! >= lo : comparator === ">" ? latest! > lo : comparator === "<=" ? latest! <= (hi ?? lo) : comparator === "<" ? latest! < (hi ?? lo) : latest! >= lo && latest! <= (hi ?? lo);
          if (met) {
            expect(p.status).not.toBe("at_risk");
            expect(p.status).toBe("achieved");
          }
        },
      ),
      RUNS,
    );
  });
});

describe("a growth-rate target (年均增长)", () => {
  const growthInput = (measure: "count" | "rate", comparator: Comparator, rate: number, obs: { year: number; value: number }[], attribute?: "binding" | "expected"): ProgressInput => ({
    indicator: { measure },
    target: { kind: "growth", comparator, value: rate, targetYear: 2025, baseline: { value: measure === "rate" ? rate : 100, year: 2020 }, attribute },
    observations: obs,
  });

  it("with realised ≥ required growth is never at risk (levels and reported rates, any attribute)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("count" as const, "rate" as const),
        fc.constantFrom<Comparator>(">=", ">"),
        fc.integer({ min: 1, max: 300 }).map((r) => r / 10),
        fc.array(fc.record({ year: fc.integer({ min: 2021, max: 2024 }), value: fc.integer({ min: 50, max: 400 }) }), { minLength: 1, maxLength: 4 }),
        attributes,
        (measure, comparator, rate, obs, attribute) => {
          const data = measure === "rate" ? obs.map((o) => ({ ...o, value: o.value / 10 })) : obs;
          const p = computeProgress(growthInput(measure, comparator, rate, data, attribute ?? undefined));
          fc.pre(p.realisedAnnualGrowth !== null && p.requiredAnnualGrowth !== null);
          if (p.realisedAnnualGrowth! >= p.requiredAnnualGrowth!) expect(p.status).toBe("on_track");
          expect(p.status).not.toBe(p.realisedAnnualGrowth! >= p.requiredAnnualGrowth! ? "at_risk" : "achieved");
        },
      ),
      RUNS,
    );
  });

  it("realised 10 % against 年均增长 >10 % reads on track, not at risk", () => {
    const p = computeProgress({ ...growthInput("rate", ">", 10, [{ year: 2023, value: 10 }]), target: { kind: "growth", comparator: ">", value: 10, targetYear: 2025, baseline: { value: 12.2, year: 2020 } } });
    expect([p.realisedAnnualGrowth, p.requiredAnnualGrowth].map((r) => Math.round(r! * 1000) / 10)).toEqual([10, 10]);
    expect(p.status).toBe("on_track");
    expect(p.realisedVsRequired).toBeCloseTo(1, 12);
    // One reported rate is a short series; it gives no range of its own.
    expect(p.projectionFlags).toContain("short_series");
  });
});

describe("binding targets (约束性)", () => {
  const anyTarget = fc.record({
    kind: fc.constantFrom("level" as const, "multiple" as const, "increment" as const, "growth" as const),
    measure: measures,
    comparator: comparators,
    value: positive,
    width: positive,
    baseline: positive,
  });

  it("are never judged more leniently than the same target as expected, under any valid thresholds", () => {
    fc.assert(
      fc.property(anyTarget, observations, thresholds, thresholds, (t, obs, expected, binding) => {
        const base = {
          indicator: { measure: t.measure },
          observations: obs,
          thresholds: expected,
          bindingThresholds: binding,
        };
        const target = { kind: t.kind, comparator: t.comparator, value: t.kind === "growth" ? t.value / 100 : t.value, valueMax: t.comparator === "=" ? t.value + t.width : undefined, targetYear: 2025, baseline: { value: t.baseline, year: 2020 } };
        const e = computeProgress({ ...base, target: { ...target, attribute: "expected" } });
        const b = computeProgress({ ...base, target: { ...target, attribute: "binding" } });
        expect(severity[b.status]).toBeGreaterThanOrEqual(severity[e.status]);
        expect(b.status === "no_data").toBe(e.status === "no_data");
      }),
      RUNS,
    );
  });

  it("projected to miss are off track, not at risk, under the default thresholds", () => {
    fc.assert(
      fc.property(anyTarget, observations, (t, obs) => {
        const target = { kind: t.kind, comparator: t.comparator, value: t.kind === "growth" ? t.value / 100 : t.value, valueMax: t.comparator === "=" ? t.value + t.width : undefined, targetYear: 2025, baseline: { value: t.baseline, year: 2020 }, attribute: "binding" as const };
        expect(computeProgress({ indicator: { measure: t.measure }, target, observations: obs }).status).not.toBe("at_risk");
      }),
      RUNS,
    );
  });

  it("a shortfall that leaves an expected target at risk puts a binding one off track", () => {
    const input = (attribute: "expected" | "binding"): ProgressInput => ({
      indicator: { measure: "count" },
      target: { kind: "level", comparator: ">=", value: 1000, targetYear: 2025, baseline: { value: 500, year: 2020 }, attribute },
      observations: [{ year: 2023, value: 750 }],
    });
    expect([computeProgress(input("expected")).status, computeProgress(input("binding")).status]).toEqual(["at_risk", "off_track"]);
  });
});

describe("projections", () => {
  it("say their model: compound for amounts and counts, linear for shares and ratios", () => {
    const basis = (measure: "count" | "amount" | "share" | "ratio") =>
      computeProgress({ indicator: { measure }, target: { kind: "level", comparator: ">=", value: 50, targetYear: 2025, baseline: { value: 10, year: 2020 } }, observations: [{ year: 2023, value: 20 }] }).growthBasis;
    expect([basis("count"), basis("amount"), basis("share"), basis("ratio")]).toEqual(["compound", "compound", "linear", "linear"]);
  });

  it("from two figures three years apart (技术合同成交额 145.7 → 865.1 亿元) give the range between the models and flag the extrapolation", () => {
    const p = computeProgress({
      indicator: { measure: "amount" },
      target: { kind: "level", comparator: ">", value: 1100e8, targetYear: 2025, baseline: { value: 145.7e8, year: 2020 } },
      observations: [{ year: 2023, value: 865.1e8 }],
    });
    expect(p.projection! / 1e8).toBeCloseTo(2836.64, 1);
    expect(p.projectionFlags).toEqual(["short_series", "far_extrapolation"]);
    // Linear: 865.1 + 2 × (865.1 − 145.7) / 3 = 1344.7 亿元; compound: 2836.6 亿元.
    expect(p.projectionRange!.low / 1e8).toBeCloseTo(1344.7, 1);
    expect(p.projectionRange!.high / 1e8).toBeCloseTo(2836.64, 1);
    expect(p.realisedRange!.high).toBeCloseTo(p.realisedAnnualGrowth!, 12);
    expect(p.realisedRange!.low).toBeCloseTo(Math.sqrt(1344.7 / 865.1) - 1, 4);
  });

  it("from a steady series of several years have no range and no flag", () => {
    const obs = [2021, 2022, 2023, 2024].map((year) => ({ year, value: 100 * 1.1 ** (year - 2020) }));
    const p = computeProgress({ indicator: { measure: "count" }, target: { kind: "level", comparator: ">=", value: 170, targetYear: 2025, baseline: { value: 100, year: 2020 } }, observations: obs });
    expect([p.realisedRange, p.projectionRange, p.projectionFlags]).toEqual([null, null, []]);
  });

  it("from a volatile series give the range of the yearly steps", () => {
    const obs = [{ year: 2021, value: 150 }, { year: 2022, value: 120 }, { year: 2023, value: 180 }];
    const p = computeProgress({ indicator: { measure: "count" }, target: { kind: "level", comparator: ">=", value: 300, targetYear: 2025, baseline: { value: 100, year: 2020 } }, observations: obs });
    expect(p.projectionFlags).toContain("volatile");
    expect(p.realisedRange!.low).toBeCloseTo(-0.2, 12);
    expect(p.realisedRange!.high).toBeCloseTo(0.5, 12);
    expect(p.projectionRange!.low).toBeLessThan(p.projection!);
    expect(p.projectionRange!.high).toBeGreaterThan(p.projection!);
  });
});

describe("lists", () => {
  it("put binding targets first and keep the plan's order within each group", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("binding", "expected", null), { maxLength: 20 }), (attrs) => {
        const items = attrs.map((attribute, i) => ({ attribute, i }));
        const out = bindingFirst(items);
        const firstOther = out.findIndex((x) => x.attribute !== "binding");
        expect(out.slice(firstOther < 0 ? out.length : firstOther).every((x) => x.attribute !== "binding")).toBe(true);
        expect([...out].sort((a, b) => a.i - b.i)).toEqual(items);
        const binding = out.filter((x) => x.attribute === "binding").map((x) => x.i);
        expect(binding).toEqual([...binding].sort((a, b) => a - b));
      }),
    );
  });
});
