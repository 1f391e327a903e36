/**
 * The identity normalisation (data already on a common scale) and ratio nodes (an efficiency ratio
 * of two sub-index scores), through the CSV reader and the whole pipeline.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeIndex } from "./compute.ts";
import { parseIMeta, writeIMeta } from "./csv.ts";
import { IndexDefinitionError } from "./messages.ts";
import { PipelineSpec, withExplicitNormalisation } from "./spec.ts";

/** A cell on 0–100, or missing ("NA"). */
const cell = fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(Number.NaN));
const weight = fc.integer({ min: 1, max: 20 }).map((w) => w / 4);

const csvCell = (v: number): string => (Number.isNaN(v) ? "NA" : String(v));

/** iMeta of k indicators under one index, with the given weights. */
function flatMeta(weights: number[]): string {
  const rows = weights.map((w, k) => `1,x${k},X${k},1,${w},,,,index,Indicator`);
  return ["Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type", ...rows, "2,index,Index,1,1,,,,,Aggregate"].join("\n");
}

function iData(table: number[][]): string {
  const k = table[0]!.length;
  const header = ["uCode", "uName", ...Array.from({ length: k }, (_, j) => `x${j}`)].join(",");
  return [header, ...table.map((r, i) => [`u${i}`, `U${i}`, ...r.map(csvCell)].join(","))].join("\n");
}

/** Σ wᵢxᵢ / Σ wᵢ over the present values, summed in column order; NaN when none is present. */
function weightedMeanOfPresent(xs: number[], ws: number[]): number {
  let acc = 0;
  let sw = 0;
  xs.forEach((x, i) => {
    if (Number.isNaN(x)) return;
    acc += ws[i]! * x;
    sw += ws[i]!;
  });
  return sw === 0 ? Number.NaN : acc / sw;
}

describe("identity normalisation", () => {
  it("is explicit: a spec without normalise still means min-max, identity must be asked for", () => {
    expect(PipelineSpec.parse({}).normalise).toEqual({ method: "minmax", low: 0, high: 100 });
    expect(PipelineSpec.parse({ normalise: { method: "identity" } }).normalise).toEqual({ method: "identity" });
  });

  it("on data already on 0–100, the index is exactly the weighted mean of the data, weights renormalised over what is present", () => {
    const problem = fc.integer({ min: 1, max: 6 }).chain((k) =>
      fc.record({
        weights: fc.array(weight, { minLength: k, maxLength: k }),
        table: fc.array(fc.array(cell, { minLength: k, maxLength: k }), { minLength: 2, maxLength: 12 }),
      }),
    );
    fc.assert(
      fc.property(problem, ({ weights, table }) => {
        const r = computeIndex(iData(table), flatMeta(weights), { normalise: { method: "identity" } });
        for (const u of r.units) {
          const row = table[Number(u.uCode.slice(1))]!;
          const expected = weightedMeanOfPresent(row, weights);
          if (Number.isNaN(expected)) expect(u.score).toBeNull();
          else expect(u.score).toBe(expected);
        }
      }),
    );
  });

  it("differs from the min-max default on the same data", () => {
    const table = [
      [20, 40],
      [60, 80],
      [50, 55],
    ];
    const identity = computeIndex(iData(table), flatMeta([1, 1]), { normalise: { method: "identity" } });
    const dflt = computeIndex(iData(table), flatMeta([1, 1]), {});
    expect(identity.units.find((u) => u.uCode === "u0")!.score).toBe(30);
    expect(dflt.units.find((u) => u.uCode === "u0")!.score).toBe(0);
  });
});

/** Two sub-indices (input: a, b; output: c) under one index, and efficiency = output / input. */
const RATIO_META = [
  "Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type,Numerator",
  "1,a,A,1,1,,,,input,Indicator,",
  "1,b,B,1,3,,,,input,Indicator,",
  "1,c,C,1,1,,,,output,Indicator,",
  "2,input,Input,1,1,,,,index,Aggregate,",
  "2,output,Output,1,1,,,,index,Aggregate,",
  "3,index,Index,1,1,,,,,Aggregate,",
  ",efficiency,Efficiency,,,,,input,,Ratio,output",
].join("\n");

describe("ratio nodes", () => {
  it("divide the numerator's score by the denominator's, beside the index, without changing it", () => {
    const data = ["uCode,uName,a,b,c", "p,P,40,80,35", "q,Q,20,NA,50", "r,R,0,0,10"].join("\n");
    const withRatio = computeIndex(data, RATIO_META, { normalise: { method: "identity" } });
    const without = computeIndex(data, RATIO_META.split("\n").slice(0, -1).join("\n"), { normalise: { method: "identity" } });
    const p = withRatio.units.find((u) => u.uCode === "p")!;
    expect(p.scores.input).toBe((40 + 3 * 80) / 4);
    expect(p.scores.efficiency).toBe(35 / 70);
    expect(withRatio.units.find((u) => u.uCode === "q")!.scores.efficiency).toBe(50 / 20);
    // A zero denominator gives no ratio rather than Infinity.
    expect(withRatio.units.find((u) => u.uCode === "r")!.scores.efficiency).toBeNull();
    expect(withRatio.units.map((u) => [u.uCode, u.score, u.rank])).toEqual(without.units.map((u) => [u.uCode, u.score, u.rank]));
  });

  it("round-trips through iMeta CSV", () => {
    const def = parseIMeta(RATIO_META);
    expect(def.ratios).toEqual([{ code: "efficiency", numerator: "output", denominator: "input" }]);
    expect(parseIMeta(writeIMeta(def)).ratios).toEqual(def.ratios);
  });

  it("refuses a ratio with a parent, an unknown operand or one node over itself, naming row and column", () => {
    const bad = (line: string): string[] => {
      try {
        parseIMeta(RATIO_META.split("\n").slice(0, -1).concat(line).join("\n"));
        return [];
      } catch (e) {
        return (e as IndexDefinitionError).issues.map((i) => `${i.code}@${i.row}:${i.column}`);
      }
    };
    expect(bad(",eff,E,,,,,input,index,Ratio,output")).toEqual(["ratioParent@8:Parent"]);
    expect(bad(",eff,E,,,,,inputs,,Ratio,output")).toEqual(["ratioUnknown@8:Denominator"]);
    expect(bad(",eff,E,,,,,,,Ratio,output")).toEqual(["ratioOperand@8:Denominator"]);
    expect(bad(",eff,E,,,,,input,,Ratio,input")).toEqual(["ratioSame@8:Denominator"]);
  });
});

describe("the normalisation written out", () => {
  it("fills the min-max default in where none is given and keeps a chosen one", () => {
    expect(withExplicitNormalisation({ aggregate: { method: "geometric" } })).toEqual({ aggregate: { method: "geometric" }, normalise: { method: "minmax", low: 0, high: 100 } });
    expect(withExplicitNormalisation({ normalise: { method: "identity" } })).toEqual({ normalise: { method: "identity" } });
  });
});
