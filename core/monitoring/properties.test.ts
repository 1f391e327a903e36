/** Property-based tests of the monitoring maths: required growth, projection, status, mirror symmetry, completion, finiteness. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Comparator } from "../targets/target.ts";
import { computeProgress, Progress, type ProgressInput } from "./index.ts";

const RUNS = { numRuns: 300 };
const close = (a: number, b: number, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
const plain = (x: number, c: Comparator, lo: number, hi?: number) =>
  c === ">=" ? x >= lo : c === ">" ? x > lo : c === "<=" ? x <= lo : c === "<" ? x < lo : x >= lo && x <= (hi ?? lo);

/** A level target with one observation: years 2000–2020 for the baseline, then 1–5 years to the latest and on. */
const scenario = fc.record({
  baseline: fc.double({ min: 1, max: 1e6, noNaN: true }),
  latest: fc.double({ min: 1, max: 1e6, noNaN: true }),
  target: fc.double({ min: 1, max: 1e6, noNaN: true }),
  baselineYear: fc.integer({ min: 2000, max: 2020 }),
  elapsed: fc.integer({ min: 1, max: 5 }),
  remaining: fc.integer({ min: 1, max: 5 }),
  measure: fc.constantFrom("count" as const, "share" as const),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

const levelInput = (s: Scenario, comparator: Comparator = ">="): ProgressInput => ({
  indicator: { measure: s.measure },
  target: { kind: "level", comparator, value: s.target, targetYear: s.baselineYear + s.elapsed + s.remaining, baseline: { value: s.baseline, year: s.baselineYear } },
  observations: [{ year: s.baselineYear + s.elapsed, value: s.latest }],
});
const grow = (basis: string | null, x: number, g: number, n: number) => (basis === "compound" ? x * (1 + g) ** n : x + g * n);

describe("required growth", () => {
  it("a latest value growing at the required rate reaches the target in the target year (compound and linear)", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        fc.pre(s.latest < s.target * (1 - 1e-6));
        const p = computeProgress(levelInput(s));
        expect(p.requiredAnnualGrowth).not.toBeNull();
        expect(close(grow(p.growthBasis, s.latest, p.requiredAnnualGrowth!, s.remaining), s.target)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("projection", () => {
  it("a latest value on the required path has realised = required and projects to the target", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        fc.pre(s.baseline < s.target * (1 - 1e-6));
        const total = s.elapsed + s.remaining;
        const t = s.elapsed / total;
        const onPath = s.measure === "count" ? s.baseline * (s.target / s.baseline) ** t : s.baseline + (s.target - s.baseline) * t;
        const p = computeProgress(levelInput({ ...s, latest: onPath }));
        expect(close(p.realisedAnnualGrowth!, p.requiredAnnualGrowth!, 1e-7)).toBe(true);
        expect(close(p.projection!, s.target, 1e-7)).toBe(true);
        expect(p.path.find((y) => y.year === s.baselineYear + s.elapsed)!.value).toBeCloseTo(onPath, 6);
      }),
      RUNS,
    );
  });
  it("the projection overshoots the target exactly when realised growth exceeds the required growth", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        fc.pre(s.latest < s.target * (1 - 1e-6));
        const p = computeProgress(levelInput(s));
        const gap = p.realisedAnnualGrowth! - p.requiredAnnualGrowth!;
        fc.pre(Math.abs(gap) > 1e-9 && Number.isFinite(p.projection ?? NaN));
        expect(Math.sign(p.projection! - s.target)).toBe(Math.sign(gap));
      }),
      RUNS,
    );
  });
});

const comparators = fc.constantFrom<Comparator>(">=", ">", "<=", "<", "=");
describe("status", () => {
  it("is achieved iff the latest value satisfies the comparator, before and at the deadline", () => {
    fc.assert(
      fc.property(scenario, comparators, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 5 }), fc.boolean(), (s, c, latest, target, width, atDeadline) => {
        const valueMax = c === "=" ? target + width : undefined;
        const input = levelInput({ ...s, latest, target, remaining: atDeadline ? 0 : s.remaining }, c);
        const p = computeProgress({ ...input, target: { ...input.target, valueMax } });
        const ok = plain(latest, c, target, valueMax);
        expect(p.status === "achieved").toBe(ok);
        if (atDeadline) expect(p.status).toBe(ok ? "achieved" : "off_track");
      }),
      RUNS,
    );
  });
});

describe("mirror symmetry between higher- and lower-is-better", () => {
  const flip: Record<Comparator, Comparator> = { ">=": "<=", ">": "<", "<=": ">=", "<": ">", "=": "=" };
  const ints = fc.integer({ min: 1, max: 5000 });
  it("linear: reflecting every value about C and flipping the comparator keeps status and completion", () => {
    fc.assert(
      fc.property(scenario, ints, ints, ints, comparators, (s, b, x, t, c) => {
        const C = 10_000;
        const up = computeProgress(levelInput({ ...s, measure: "share", baseline: b, latest: x, target: t }, c));
        const down0 = levelInput({ ...s, measure: "share", baseline: C - b, latest: C - x, target: C - t }, flip[c]);
        const down = computeProgress({ ...down0, indicator: { measure: "share", direction: "lower_is_better" } });
        expect(down.status).toBe(up.status);
        expect(down.sense).not.toBe(up.sense);
        if (up.completion !== null) expect(down.completion).toBeCloseTo(up.completion, 9);
        if (up.requiredAnnualGrowth !== null) expect(down.requiredAnnualGrowth).toBeCloseTo(-up.requiredAnnualGrowth, 9);
        expect(down.realisedAnnualGrowth).toBeCloseTo(-up.realisedAnnualGrowth!, 9);
      }),
      RUNS,
    );
  });
  it("compound: taking reciprocals inverts growth factors and keeps achieved and on-track", () => {
    fc.assert(
      fc.property(scenario, comparators.filter((c) => c !== "="), (s, c) => {
        const up = computeProgress(levelInput({ ...s, measure: "count" }, c));
        const down = computeProgress(levelInput({ ...s, measure: "count", baseline: 1 / s.baseline, latest: 1 / s.latest, target: 1 / s.target }, flip[c]));
        expect(down.status === "achieved").toBe(up.status === "achieved");
        expect(down.status === "on_track").toBe(up.status === "on_track");
        expect(close((1 + down.realisedAnnualGrowth!) * (1 + up.realisedAnnualGrowth!), 1, 1e-9)).toBe(true);
        expect(close(down.projection! * up.projection!, 1, 1e-7)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("completion", () => {
  it("is 1 at the target and 0 at the baseline", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        fc.pre(s.baseline < s.target);
        expect(computeProgress(levelInput({ ...s, latest: s.target })).completion).toBe(1);
        expect(computeProgress(levelInput({ ...s, latest: s.baseline })).completion).toBe(0);
      }),
      RUNS,
    );
  });
});

describe("growth targets on levels", () => {
  it("realised ≥ the target rate exactly when the projection reaches the implied target level", () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 0.5, max: 30, noNaN: true }), (s, rate) => {
        const input = levelInput({ ...s, measure: "count" });
        const p = computeProgress({ ...input, target: { ...input.target, kind: "growth", value: rate } });
        fc.pre(Math.abs(p.realisedAnnualGrowth! - rate / 100) > 1e-9);
        expect(p.realisedAnnualGrowth! > rate / 100).toBe(p.projection! > p.targetLevel!);
        expect(p.status === "on_track").toBe(p.realisedAnnualGrowth! > rate / 100);
      }),
      RUNS,
    );
  });
});

describe("finiteness", () => {
  const finiteEverywhere = (v: unknown): boolean =>
    typeof v === "number" ? Number.isFinite(v) : v && typeof v === "object" ? Object.values(v).every(finiteEverywhere) : true;
  const positive = fc.double({ min: 1e-300, max: 1e300, noNaN: true });
  it("no NaN or Infinity for finite positive inputs, in any target form", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("level", "growth", "multiple", "increment") as fc.Arbitrary<"level" | "growth" | "multiple" | "increment">,
        fc.constantFrom("count", "amount", "share", "rate", "ratio") as fc.Arbitrary<"count" | "amount" | "share" | "rate" | "ratio">,
        comparators,
        fc.record({ value: positive, valueMax: fc.option(positive, { nil: undefined }), baseline: fc.option(positive, { nil: undefined }) }),
        fc.record({ perYear: fc.boolean(), cumulative: fc.boolean(), points: fc.boolean(), lower: fc.boolean() }),
        fc.array(fc.record({ year: fc.integer({ min: 2015, max: 2030 }), value: positive }), { maxLength: 8 }),
        (kind, measure, comparator, v, f, observations) => {
          const p = computeProgress({
            indicator: { measure, direction: f.lower ? "lower_is_better" : "higher_is_better" },
            target: {
              kind, comparator, value: v.value, valueMax: v.valueMax, targetYear: 2025, perYear: f.perYear, cumulative: f.cumulative,
              ...(f.points ? { unit: "个百分点" } : {}),
              ...(v.baseline === undefined ? {} : { baseline: { value: v.baseline, year: 2020 } }),
            },
            observations,
          });
          expect(finiteEverywhere(p)).toBe(true);
          expect(Progress.parse(JSON.parse(JSON.stringify(p)))).toEqual(p);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
