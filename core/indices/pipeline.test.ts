/** The default ASEM pipeline against COINr's stage tables, treatment details and moved points. */
import { describe, expect, it } from "vitest";
import { runPipeline } from "./pipeline.ts";
import { frameMismatches, refNumber, refTable, close } from "./testing/coinr.ts";
import { asem, asemSpec } from "./testing/asem.ts";

const result = runPipeline(asem.def, asem.data, asemSpec());

describe("ASEM default pipeline", () => {
  for (const stage of ["Raw", "Denominated", "Imputed", "Screened", "Treated", "Normalised", "Aggregated"] as const) {
    it(`reproduces stage_${stage}.csv`, () => {
      expect(frameMismatches(result.stages[stage]!, `stage_${stage}.csv`)).toEqual([]);
    });
  }

  it("reproduces treat_details.csv", () => {
    const { rows } = refTable("treat_details.csv");
    for (const [code, pass0, skew0, kurt0, nwin, pass1, skew1, kurt1] of rows) {
      const r = result.treatment.get(code!)!;
      expect(r.passed0).toBe(pass0 === "TRUE");
      expect(close(r.skew0, Number(skew0))).toBe(true);
      expect(close(r.kurt0, Number(kurt0))).toBe(true);
      if (nwin === "") continue;
      expect(r.nWinsorised).toBe(Number(nwin));
      expect(r.passed1).toBe(pass1 === "TRUE");
      expect(close(r.skew1!, refNumber(skew1!))).toBe(true);
      expect(close(r.kurt1!, refNumber(kurt1!))).toBe(true);
    }
  });

  it("reproduces treat_points.csv (rows in the unit order of stage_Treated.csv)", () => {
    const { header, rows } = refTable("treat_points.csv");
    const order = refTable("stage_Treated.csv").rows.map((r) => result.stages.Treated!.units.indexOf(r[0]!));
    rows.forEach((row, i) =>
      header.forEach((code, j) => expect(result.treatment.get(code)!.points[order[i]!] ?? "").toBe(row[j])),
    );
  });
});
