/** Panels: COINr's purse (pooled normalisation) and the gap-filling and base-year options. */
import { describe, expect, it } from "vitest";
import { parseTables } from "./csv.ts";
import { fillSeries, runPanel } from "./panel.ts";
import { parsePipelineSpec } from "./spec.ts";
import { close, readRef, refNumber, refTable } from "./testing/coinr.ts";

const panel = parseTables(readRef("ASEM_iData_p.csv"), readRef("ASEM_iMeta.csv"));
const spec = (extra: object) =>
  parsePipelineSpec({ screen: { minDataFraction: 0.9 }, treat: {}, normalise: { method: "minmax" }, ...extra }, panel.def);

describe("panel pipeline", () => {
  it("reproduces purse_Aggregated.csv: screen, treat per year, min-max over all years pooled", () => {
    const res = runPanel(panel.def, panel.data, spec({ panel: { normalise: "panel" } }));
    expect([...res.keys()]).toEqual([2018, 2019, 2020, 2021, 2022]);
    const { header, rows } = refTable("purse_Aggregated.csv");
    const bad: string[] = [];
    for (const r of rows) {
      const agg = res.get(Number(r[0]))!.stages.Aggregated;
      const i = agg.units.indexOf(r[1]!);
      header.slice(2).forEach((h, j) => {
        if (i < 0 || !close(agg.cols.get(h)![i]!, refNumber(r[j + 2]!))) bad.push(`${r[0]}/${r[1]}/${h}`);
      });
    }
    expect(bad).toEqual([]);
    expect(res.get(2018)!.stages.Aggregated.units).toHaveLength(46);
  });

  it("scales every year on the base year, so only the base year spans 0–100 exactly", () => {
    const res = runPanel(panel.def, panel.data, spec({ panel: { normalise: "baseYear", baseYear: 2018 } }));
    const lpi18 = res.get(2018)!.stages.Normalised.cols.get("LPI")!;
    expect(Math.min(...lpi18)).toBe(0);
    expect(Math.max(...lpi18)).toBe(100);
    const byYear = runPanel(panel.def, panel.data, spec({}));
    expect(res.get(2018)!.stages.Aggregated.cols.get("Index")).toEqual(byYear.get(2018)!.stages.Aggregated.cols.get("Index"));
  });

  it("indexes each unit to its base-year value = 100", () => {
    const res = runPanel(panel.def, panel.data, spec({ normalise: { method: "baseYear", year: 2018 }, treat: undefined }));
    for (const v of res.get(2018)!.stages.Normalised.cols.get("LPI")!) expect(v).toBeCloseTo(100, 10);
  });
});

describe("filling a unit's series", () => {
  const ts = [2018, 2019, 2020, 2021, 2022];
  const xs = [NaN, 2, NaN, NaN, 8];
  it("latest carries the last value forward only", () => expect(fillSeries(ts, xs, "latest")).toEqual([NaN, 2, 2, 2, 8]));
  it("constant takes the nearest value in time", () => expect(fillSeries(ts, xs, "constant")).toEqual([2, 2, 2, 8, 8]));
  it("linear interpolates and holds the ends", () => expect(fillSeries(ts, xs, "linear")).toEqual([2, 2, 4, 6, 8]));
});
