/** Contributions to a unit's score and to its change between two years. */
import { describe, expect, it } from "vitest";
import { parseTables } from "./csv.ts";
import { contributions, explainChange } from "./explain.ts";
import { runPanel } from "./panel.ts";
import { runPipeline } from "./pipeline.ts";
import { parsePipelineSpec } from "./spec.ts";
import { asem, asemSpec } from "./testing/asem.ts";
import { readRef } from "./testing/coinr.ts";

describe("contributions", () => {
  const r = runPipeline(asem.def, asem.data, asemSpec());
  const agg = r.stages.Aggregated;

  it("level-1 and level-2 contributions each add up to the unit's index score", () => {
    for (const u of ["CHE", "DEU", "MMR"]) {
      const c = contributions(asem.def, agg, r.weights, u);
      const score = agg.cols.get("Index")![agg.units.indexOf(u)]!;
      for (const level of [1, 2, 3]) {
        const sum = c.filter((x) => x.level === level).reduce((s, x) => s + x.contribution, 0);
        expect(sum).toBeCloseTo(score, 9);
      }
      expect(c.find((x) => x.code === "LPI")!.share).toBeCloseTo(0.0125, 12);
    }
  });

  it("renormalises shares over the indicators a unit has data for", () => {
    const raw = runPipeline(asem.def, asem.data, parsePipelineSpec({ normalise: { method: "minmax" } }));
    const agg2 = raw.stages.Aggregated;
    const u = agg2.units.find((_, i) => asem.def.indicators.some((c) => Number.isNaN(agg2.cols.get(c)![i]!)))!;
    const c = contributions(asem.def, agg2, raw.weights, u);
    const leaves = c.filter((x) => x.level === 1);
    expect(leaves.length).toBeLessThan(49);
    expect(leaves.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 12);
  });
});

describe("change between two years", () => {
  const panel = parseTables(readRef("ASEM_iData_p.csv"), readRef("ASEM_iMeta.csv"));
  const spec = parsePipelineSpec({ screen: { minDataFraction: 0.9 }, treat: {}, normalise: { method: "minmax" }, panel: { normalise: "panel" } });
  const res = runPanel(panel.def, panel.data, spec);
  const at = (t: number) => ({ frame: res.get(t)!.stages.Aggregated, weights: res.get(t)!.weights });

  it("splits the score change exactly over dimensions and over indicators", () => {
    const ch = explainChange(panel.def, at(2018), at(2022), "DEU")!;
    for (const level of [1, 2, 3]) {
      const sum = ch.drivers.filter((d) => d.level === level).reduce((s, d) => s + d.delta, 0);
      expect(sum).toBeCloseTo(ch.score1 - ch.score0, 9);
    }
    expect(ch.drivers[0]!.level).toBe(3);
    for (const d of ch.drivers) {
      expect(Number.isInteger(d.rankEffect)).toBe(true);
      // Undoing a gain can only push the unit down (a larger rank number), and vice versa.
      expect(Math.sign(d.rankEffect) * Math.sign(d.delta)).toBeGreaterThanOrEqual(0);
    }
    expect(explainChange(panel.def, at(2018), at(2022), "NOPE")).toBeNull();
  });
});
