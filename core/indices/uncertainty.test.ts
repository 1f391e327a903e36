/** Scenario grid, Monte Carlo rank statistics, sensitivity indices and dropping dimensions. */
import { describe, expect, it } from "vitest";
import { ScenarioEngine } from "./scenarios.ts";
import { dropEachElement, sobolIndices, runSensitivity } from "./sensitivity.ts";
import { quantile } from "./stats.ts";
import { rankStats, runUncertainty } from "./uncertainty.ts";
import { asem, asemSpec } from "./testing/asem.ts";
import { close, readRef, readRepoFile, refTable } from "./testing/coinr.ts";
import { analyseIndex } from "./analyse.ts";
import { asemUncertainInputs, grid, gridLabel } from "./testing/grid.ts";

const engine = new ScenarioEngine(asem.def, asem.data, asemSpec());

describe("scenario grid", () => {
  const outcomes = new Map(grid.map((s) => [gridLabel(s), engine.run(s, true)]));

  it("has the 42 scenarios of the reference", () => expect(outcomes.size).toBe(42));

  it("reproduces scenario_grid_scores_ranks.csv (scores to 1e-6, ranks exactly)", () => {
    const bad: string[] = [];
    for (const [uCode, index, conn, sust, rank, winmax, norm, agg] of refTable("scenario_grid_scores_ranks.csv").rows) {
      const out = outcomes.get(`${winmax}|${norm}|${agg}`)!;
      const i = out.units.indexOf(uCode!);
      const cols = out.aggregates!.cols;
      const ok =
        close(cols.get("Index")![i]!, Number(index)) &&
        close(cols.get("Conn")![i]!, Number(conn)) &&
        close(cols.get("Sust")![i]!, Number(sust)) &&
        out.rank[i] === Number(rank);
      if (!ok) bad.push(`${winmax}|${norm}|${agg}|${uCode}`);
    }
    expect(bad).toEqual([]);
  });

  it("reproduces scenario_grid_rank_summary.csv", () => {
    const runs = [...outcomes.values()];
    const nominal = engine.run({});
    const stats = new Map(rankStats(nominal, runs).map((s) => [s.uCode, s]));
    for (const [uCode, min, max, median, q5, q95] of refTable("scenario_grid_rank_summary.csv").rows) {
      const s = stats.get(uCode!)!;
      expect([s.min, s.max, s.median]).toEqual([min, max, median].map(Number));
      expect(close(s.q5, Number(q5)) && close(s.q95, Number(q95))).toBe(true);
    }
  });
});

describe("Monte Carlo uncertainty", () => {
  it("is reproducible from its seed and comparable with COINr's run", () => {
    const a = runUncertainty(engine, asemUncertainInputs, 200, 1);
    const b = runUncertainty(engine, asemUncertainInputs, 200, 1);
    const c = runUncertainty(engine, asemUncertainInputs, 200, 2);
    expect(a.stats).toEqual(b.stats);
    expect(a.stats).not.toEqual(c.stats);
    // COINr's run used R's generator: only the distributions compare, not the draws.
    const ref = new Map(refTable("UA_rankstats_N100_seed1.csv").rows.map((r) => [r[0]!, r.slice(1).map(Number)]));
    let medianGap = 0;
    for (const s of a.stats) {
      const [nominal, , median] = ref.get(s.uCode)!;
      expect(s.nominal).toBe(nominal);
      expect(Math.abs(s.median - median!)).toBeLessThanOrEqual(3);
      medianGap += Math.abs(s.median - median!) / a.stats.length;
      expect(s.q5).toBeLessThanOrEqual(s.median);
      expect(s.q95).toBeGreaterThanOrEqual(s.median);
    }
    expect(medianGap).toBeLessThan(1);
  });
});

describe("sensitivity", () => {
  it("recovers the analytic indices of y = x1 + 2·x2 + 0·x3 (SA_estimate_linear_check.csv)", () => {
    const factors = ["V1", "V2", "V3"].map((name) => ({ name, dims: 1 }));
    const est = sobolIndices({ factors, model: (x) => x[0]! + 2 * x[1]! + 0 * x[2]!, n: 2000, seed: 7 });
    for (const [name, si, sti] of refTable("SA_estimate_linear_check.csv").rows) {
      const e = est.find((x) => x.name === name)!;
      const analytic = { V1: 0.2, V2: 0.8, V3: 0 }[name as "V1"];
      expect(Math.abs(e.si - analytic)).toBeLessThan(0.05);
      expect(Math.abs(e.sti - analytic)).toBeLessThan(0.05);
      expect(Math.abs(e.si - Number(si))).toBeLessThan(0.05);
      expect(Math.abs(e.sti - Number(sti))).toBeLessThan(0.05);
    }
  });

  it("ranks the pipeline's uncertain inputs reproducibly", () => {
    const a = runSensitivity(engine, asemUncertainInputs, 60, 3, 50);
    expect(a.map((x) => x.name)).toEqual(["winsorMaxPoints", "normalise", "weights", "aggregate"]);
    expect(runSensitivity(engine, asemUncertainInputs, 60, 3, 50)).toEqual(a);
    for (const x of a) expect(x.sti).toBeGreaterThanOrEqual(0);
  });

  it("reproduces remove_elements_level2.csv (dropping each pillar)", () => {
    const drops = new Map(dropEachElement(engine, 2).map((d) => [d.code, d.meanRankShift]));
    for (const [code, diff] of refTable("remove_elements_level2.csv").rows) {
      if (code === "Nominal") continue;
      expect(close(drops.get(code!)!, Number(diff))).toBe(true);
    }
  });

  it("uses type-7 quantiles", () => expect(quantile([1, 2, 3, 4], 0.05)).toBeCloseTo(1.15, 12));
});

describe("analyseIndex (text in, JSON-ready out)", () => {
  it("gives rank intervals, sensitivity and drops from CSV texts and the example pipeline", () => {
    const out = analyseIndex(readRef("ASEM_iData.csv"), readRef("ASEM_iMeta.csv"), readRepoFile("examples/asem/pipeline.json"), {
      uncertain: asemUncertainInputs,
      replications: 100,
      sensitivityN: 20,
      dropLevel: 2,
    });
    expect(out.ranks).toHaveLength(51);
    expect(out.sensitivity!.map((s) => s.name)).toEqual(["winsorMaxPoints", "normalise", "weights", "aggregate"]);
    expect(out.drops).toHaveLength(8);
    expect(() => analyseIndex(readRef("ASEM_iData.csv"), readRef("ASEM_iMeta.csv"), {}, { uncertain: { weightNoise: { fraction: 2 } } })).toThrow(
      /weightNoise/,
    );
  });
});
