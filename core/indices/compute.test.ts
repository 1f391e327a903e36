/** The CLI core on the ASEM example: examples/asem/pipeline.json against results_Aggs_amean_minmax.csv. */
import { describe, expect, it } from "vitest";
import { computeIndex } from "./compute.ts";
import { IndexDefinitionError } from "./messages.ts";
import { close, readRef, readRepoFile, refNumber, refTable } from "./testing/coinr.ts";

const iData = readRef("ASEM_iData.csv");
const iMeta = readRef("ASEM_iMeta.csv");
const pipelineJson = readRepoFile("examples/asem/pipeline.json");

describe("computeIndex", () => {
  const result = computeIndex(iData, iMeta, pipelineJson);

  it("reproduces results_Aggs_amean_minmax.csv row by row, in rank order", () => {
    const { header, rows } = refTable("results_Aggs_amean_minmax.csv");
    expect(result.units.map((u) => u.uCode)).toEqual(rows.map((r) => r[0]));
    rows.forEach((r, i) => {
      const u = result.units[i]!;
      expect(u.rank).toBe(Number(r[1]));
      expect(close(u.score!, refNumber(r[2]!))).toBe(true);
      header.slice(2).forEach((code, j) => expect(close(u.scores[code]!, refNumber(r[j + 2]!))).toBe(true));
    });
    expect(result.units[0]).toMatchObject({ uCode: "CHE", rank: 1 });
    expect(result.time).toBe(2018);
  });

  it("explains a broken pipeline file with its path", () => {
    const bad = JSON.stringify({ normalise: { method: "minmax", low: "zero" }, impute: { groupBy: "Continent" } });
    try {
      computeIndex(iData, iMeta, bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(IndexDefinitionError);
      expect((e as IndexDefinitionError).issues[0]).toMatchObject({ table: "pipeline", column: "normalise.low" });
    }
    try {
      computeIndex(iData, iMeta, { impute: { groupBy: "Continent" } });
      expect.unreachable();
    } catch (e) {
      expect((e as IndexDefinitionError).issues[0]).toMatchObject({ column: "impute.groupBy", value: "Continent" });
    }
    expect(() => computeIndex(iData, iMeta, "{not json")).toThrow(IndexDefinitionError);
  });
});
