/** Templates, seeded sample data and the table conversions of core/evaluation. */
import { describe, expect, it } from "vitest";
import { parseTables } from "../indices/index.ts";
import { prepareEvaluation, rankingOf, uncertaintyOf, defaultUncertainInputs, missingValues } from "./analysis.ts";
import { SAMPLE_LABEL } from "./model.ts";
import { generateSampleData } from "./sample-data.ts";
import { nodesOf, rowsOf, toIDataCsv, toIMetaCsv } from "./tables.ts";
import { DISTRICT_INDEX, HITECH_ZONE_RANKING, templateNodes } from "./templates.ts";

const places = Array.from({ length: 38 }, (_, i) => ({ code: `p${i}`, name: `地区${i}` }));

describe("evaluation templates and sample data", () => {
  it("builds valid trees of four dimensions", () => {
    for (const t of [DISTRICT_INDEX, HITECH_ZONE_RANKING]) {
      const nodes = templateNodes(t);
      const p = prepareEvaluation(nodes, generateSampleData(t, places.slice(0, 12)), t.pipeline);
      expect(p.def.root).toBe("index");
      expect(p.def.aggregates.filter((c) => p.def.nodes.get(c)!.level === 2)).toHaveLength(4);
    }
  });

  it("generates the same sample data from the same seed, and other data from another", () => {
    const a = generateSampleData(DISTRICT_INDEX, places);
    expect(generateSampleData(DISTRICT_INDEX, places)).toEqual(a);
    expect(generateSampleData(DISTRICT_INDEX, places, 1)).not.toEqual(a);
    expect(a).toHaveLength(38 * DISTRICT_INDEX.years.length);
    const shares = a.map((r) => r.values.rd_intensity).filter((v): v is number => v !== null);
    expect(Math.min(...shares)).toBeGreaterThan(0);
    expect(Math.max(...shares)).toBeLessThanOrEqual(8);
  });

  it("ranks every place and reports the values left missing", () => {
    const rows = generateSampleData(DISTRICT_INDEX, places);
    const nodes = templateNodes(DISTRICT_INDEX);
    const p = prepareEvaluation(nodes, rows, DISTRICT_INDEX.pipeline);
    const r = rankingOf(p);
    expect(r.time).toBe(2025);
    expect(r.units.filter((u) => u.rank !== null)).toHaveLength(38);
    const missing = missingValues(nodes, rows, 2025);
    expect(missing.length).toBe(rows.filter((x) => x.time === 2025).reduce((s, x) => s + Object.values(x.values).filter((v) => v === null).length, 0));
    const u = uncertaintyOf(p, defaultUncertainInputs(p.spec), 30, 2);
    expect(u).toEqual(uncertaintyOf(p, defaultUncertainInputs(p.spec), 30, 2));
  });

  it("writes iMeta and iData that read back to the same nodes and rows, with the sample label", () => {
    // One catalogue link, which must come back from the iMeta's indicatorCode column.
    const nodes = templateNodes(HITECH_ZONE_RANKING).map((n, i) => (i === 0 ? { ...n, indicatorCode: "rd-intensity" } : n));
    const rows = generateSampleData(HITECH_ZONE_RANKING, places.slice(0, 5));
    const meta = toIMetaCsv(nodes, true);
    const data = toIDataCsv(nodes, rows, true);
    expect(data.split("\n")[1]).toContain(SAMPLE_LABEL.zh);
    const { def, data: parsed } = parseTables(data, meta);
    expect(nodesOf(def)).toEqual(nodes);
    expect(rowsOf(parsed)).toEqual(rows);
  });
});
