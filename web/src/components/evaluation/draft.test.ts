import { describe, expect, it } from "vitest";
import type { EvaluationNode } from "../../../../contract/indices.ts";
import { addRatio, aggregationOf, imputationOf, normalisationOf, ratioNodes, removeRatio, setAggregation, setImputation, setNormalisation, setTreatment, setWeight, treeRows, type Draft } from "./draft.ts";

const node = (code: string, level: number, parent: string | null): EvaluationNode => ({
  code,
  nameZh: code,
  nameEn: code,
  type: level === 1 ? "Indicator" : "Aggregate",
  level,
  parent,
  direction: 1,
  weight: 1,
  unit: null,
  target: null,
  denominator: null,
  numerator: null,
  indicatorCode: null,
});
const draft: Draft = { nodes: [node("x", 1, "d"), node("y", 1, "d"), node("d", 2, "i"), node("i", 3, null)], pipeline: { normalise: { method: "minmax", low: 0, high: 100 } } };

describe("builder draft", () => {
  it("changes one weight and leaves the rest", () => {
    const d = setWeight(draft, "y", 3);
    expect(d.nodes.map((n) => n.weight)).toEqual([1, 3, 1, 1]);
    expect(draft.nodes[1]!.weight).toBe(1);
  });

  it("keeps min-max above zero under geometric means", () => {
    const d = setAggregation(draft, "geometric");
    expect(aggregationOf(d)).toBe("geometric");
    expect(d.pipeline.normalise).toEqual({ method: "minmax", low: 1, high: 100 });
    expect(setNormalisation(d, "rank").pipeline.normalise).toEqual({ method: "rank" });
    expect(normalisationOf(setNormalisation(d, "zscore"))).toBe("zscore");
  });

  it("offers identity explicitly and reads a pipeline without normalisation as min-max", () => {
    expect(setNormalisation(draft, "identity").pipeline.normalise).toEqual({ method: "identity" });
    expect(normalisationOf(setNormalisation(draft, "identity"))).toBe("identity");
    expect(normalisationOf({ ...draft, pipeline: {} })).toBe("minmax");
  });

  it("adds a ratio beside the tree and removes it again", () => {
    const d = addRatio(draft, { numerator: "x", denominator: "d", nameZh: "效率", nameEn: "Efficiency" });
    expect(ratioNodes(d)).toMatchObject([{ type: "Ratio", numerator: "x", denominator: "d", parent: null }]);
    expect(treeRows(d.nodes).map((r) => r.key)).toEqual(["i"]);
    expect(removeRatio(d, ratioNodes(d)[0]!.code).nodes).toEqual(draft.nodes);
  });

  it("turns imputation and treatment on and off", () => {
    expect(imputationOf(draft)).toBe("none");
    const d = setTreatment(setImputation(draft, "median"), true);
    expect(d.pipeline).toMatchObject({ impute: { method: "median" }, treat: { winsorise: { maxPoints: 3 } } });
    expect(setTreatment(setImputation(d, "none"), false).pipeline).toEqual(draft.pipeline);
  });

  it("nests the tree root first", () => {
    const rows = treeRows(draft.nodes);
    expect(rows.map((r) => r.key)).toEqual(["i"]);
    expect(rows[0]!.children![0]!.children!.map((r) => r.key)).toEqual(["x", "y"]);
  });
});
