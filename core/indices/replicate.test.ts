/**
 * The typed-array replications (Replicator, behind runUncertainty and runSensitivity) against the
 * straightforward path, one engine.run of each scenario with no stage cache, on random small indices.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AggregationMethod } from "./aggregate.ts";
import { parseTables } from "./csv.ts";
import type { Normalisation } from "./normalise.ts";
import { createRng } from "./prng.ts";
import type { Reuse } from "./replicate.ts";
import { ScenarioEngine, type ScenarioOutcome } from "./scenarios.ts";
import { meanRankShift, runSensitivity, sobolIndices } from "./sensitivity.ts";
import { parsePipelineSpec } from "./spec.ts";
import { factorsOf, rankStats, runUncertainty, scenarioOf, type UncertainInputs } from "./uncertainty.ts";

/** Mostly small values, some far out (so that treatment has work), some missing. */
const cell = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: -20, max: 40 }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: 200, max: 5000 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: -5000, max: -200 }).map(String) },
  { weight: 2, arbitrary: fc.constant("") },
);

const index = fc
  .record({ units: fc.integer({ min: 5, max: 12 }), pillars: fc.integer({ min: 1, max: 3 }), indicators: fc.integer({ min: 2, max: 6 }) })
  .chain(({ units, pillars, indicators }) =>
    fc.record({
      indicators: fc.array(
        fc.record({ pillar: fc.integer({ min: 0, max: pillars - 1 }), direction: fc.constantFrom(1, -1), weight: fc.integer({ min: 1, max: 3 }) }),
        { minLength: indicators, maxLength: indicators },
      ),
      pillarWeights: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: pillars, maxLength: pillars }),
      groups: fc.array(fc.constantFrom("A", "B"), { minLength: units, maxLength: units }),
      values: fc.array(fc.array(cell, { minLength: indicators, maxLength: indicators }), { minLength: units, maxLength: units }),
    }),
  )
  .map(({ indicators, pillarWeights, groups, values }) => {
    const meta = ['"Level","iCode","iName","Direction","Weight","Unit","Target","Denominator","Parent","Type"'];
    indicators.forEach((d, k) => meta.push(`1,"x${k}","x${k}",${d.direction},${d.weight},,,,"P${d.pillar}","Indicator"`));
    // Pillars nobody uses would be empty aggregates; keep the ones that have children.
    const used = [...new Set(indicators.map((d) => d.pillar))];
    for (const p of used) meta.push(`2,"P${p}","P${p}",1,${pillarWeights[p]},,,,"Index","Aggregate"`);
    meta.push('3,"Index","Index",1,1,,,,,"Aggregate"', ',"Grp","Group",,,,,,,"Group"');
    const data = [["uName", "uCode", "Grp", ...indicators.map((_, k) => `x${k}`)].join(",")];
    values.forEach((row, i) => data.push([`U${i}`, `U${i}`, groups[i], ...row].join(",")));
    return parseTables(data.join("\n"), meta.join("\n"));
  });

const normalisations: Normalisation[] = [
  { method: "minmax", low: 0, high: 100 },
  { method: "minmax", low: 1, high: 100 },
  { method: "zscore", mean: 10, sd: 2 },
  { method: "rank" },
];
const subset = <T>(xs: T[]) => fc.subarray(xs, { minLength: 1 });

const spec = fc.record({
  impute: fc.constantFrom(undefined, { method: "mean" as const, groupBy: "Grp" }, { method: "median" as const }),
  minDataFraction: fc.constantFrom(0, 0.5, 0.8),
  maxPoints: fc.constantFrom(null, 0, 1, 2, 5),
  fallback: fc.constantFrom("log" as const, "none" as const),
  treat: fc.boolean(),
  /** Leave the first indicator untreated. */
  exclude: fc.boolean(),
  normalise: fc.constantFrom(...normalisations),
  aggregate: fc.constantFrom<AggregationMethod>("arithmetic", "geometric"),
});

const inputs: fc.Arbitrary<UncertainInputs> = fc.record(
  {
    impute: subset([null, { method: "mean" as const, groupBy: "Grp" }, { method: "median" as const }]),
    winsorMaxPoints: subset([null, 0, 1, 2, 3]),
    normalise: subset(normalisations),
    weightNoise: fc.record({ fraction: fc.constantFrom(0, 0.25, 1), levels: fc.constantFrom(undefined, [1], [2], [1, 2]) }),
    aggregate: subset<AggregationMethod>(["arithmetic", "geometric", "harmonic", "copeland"]),
  },
  { requiredKeys: [] },
);

type SpecChoice = typeof spec extends fc.Arbitrary<infer S> ? S : never;

function engineOf(idx: ReturnType<typeof parseTables>, s: SpecChoice, cache: boolean): ScenarioEngine {
  const pipeline = parsePipelineSpec(
    {
      impute: s.impute,
      screen: { minDataFraction: s.minDataFraction },
      treat: s.treat ? { winsorise: { maxPoints: s.maxPoints }, fallback: s.fallback, exclude: s.exclude ? ["x0"] : [] } : undefined,
      normalise: s.normalise,
      aggregate: { method: s.aggregate },
    },
    idx.def,
  );
  return new ScenarioEngine(idx.def, idx.data, pipeline, null, cache);
}

/** The straightforward Monte Carlo: the same variates, each scenario run by the engine. */
function plainRuns(engine: ScenarioEngine, u: UncertainInputs, n: number, seed: number): ScenarioOutcome[] {
  const factors = factorsOf(engine, u);
  const rng = createRng(seed);
  const row = new Float64Array(factors.reduce((s, f) => s + f.dims, 0));
  return Array.from({ length: n }, () => {
    for (let d = 0; d < row.length; d++) row[d] = rng.next();
    return engine.run(scenarioOf(factors, row));
  });
}

describe("typed-array replications", () => {
  it("give the rank statistics of the straightforward path, whatever they reuse", () => {
    fc.assert(
      fc.property(index, spec, inputs, fc.integer({ min: 1, max: 25 }), fc.integer(), (idx, s, u, n, seed) => {
        const plain = engineOf(idx, s, false);
        const expected = rankStats(plain.run({}), plainRuns(plain, u, n, seed));
        for (const reuse of ["none", "treated", "normalised"] satisfies Reuse[])
          expect(runUncertainty(engineOf(idx, s, true), u, n, seed, { reuse }).stats).toEqual(expected);
      }),
      { numRuns: 80 },
    );
  });

  it("give the sensitivity indices of the straightforward path", () => {
    fc.assert(
      fc.property(index, spec, inputs, fc.integer({ min: 2, max: 6 }), fc.integer(), (idx, s, u, n, seed) => {
        const plain = engineOf(idx, s, false);
        const factors = factorsOf(plain, u);
        const nominal = plain.run({});
        const model = (row: Float64Array) => meanRankShift(nominal, plain.run(scenarioOf(factors, row)));
        const expected = sobolIndices({ factors, model, n, seed, bootstrap: 5 });
        expect(runSensitivity(engineOf(idx, s, true), u, n, seed, 5)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});
