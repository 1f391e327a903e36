/** A report's dating of its figures, and how a correction of its year moves only the years it gave. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { correctedYear, reportYearOf, yearAtImport, type Dating } from "./report-years.ts";

const type = fc.constantFrom("target" as const, "actual" as const);
const year = fc.integer({ min: 1990, max: 2060 });
const report = (y: number): Dating => ({ kind: "report", year: y });
const plan: Dating = { kind: "plan", year: 2022 };

describe("report years", () => {
  it("dates a 2023 report's goals 2023 and its results 2022, and leaves named years alone", () => {
    expect(yearAtImport("target", null, report(2023))).toBe(2023);
    expect(yearAtImport("actual", null, report(2023))).toBe(2022);
    expect(yearAtImport("target", 2025, report(2023))).toBe(2025);
    expect(yearAtImport("actual", null, plan)).toBeNull();
    expect(yearAtImport("target", null, { kind: "report", year: null })).toBeNull();
  });

  it("moves a year the old reading gave to the new reading's, and keeps every other year", () => {
    fc.assert(
      fc.property(type, year, year, fc.option(year, { nil: null }), (t, from, to, own) => {
        const dated = reportYearOf(t, from);
        expect(correctedYear(t, dated, report(from), report(to))).toBe(reportYearOf(t, to));
        expect(correctedYear(t, null, report(from), report(to))).toBe(reportYearOf(t, to));
        if (own !== null && own !== dated) expect(correctedYear(t, own, report(from), report(to))).toBe(own);
        // Correcting back restores what the report dated.
        expect(correctedYear(t, correctedYear(t, dated, report(from), report(to)), report(to), report(from))).toBe(dated);
      }),
    );
  });

  it("changes no year when the document becomes a plan, and dates undated figures when it becomes a report", () => {
    fc.assert(
      fc.property(type, year, fc.option(year, { nil: null }), (t, y, own) => {
        expect(correctedYear(t, own, report(y), plan)).toBe(own);
        expect(correctedYear(t, own, plan, report(y))).toBe(own ?? reportYearOf(t, y));
      }),
    );
  });
});
