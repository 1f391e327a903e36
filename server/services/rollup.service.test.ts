/**
 * The database roll-up of every indicator at once (one GROUP BY) against the pure core roll-up, on
 * both backends, for random district figures — and for periods where every child reports both parts
 * of R&D intensity, which take the parts from the sums without a join: the same sums, the same
 * ratios from the parts, the same reporting counts, the city's own figure beside them; a zone's
 * figure never counts into the city's sum, since zones overlap their districts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rollup } from "../../core/reporting/index.ts";
import { TEST_DATABASES } from "../db/test-databases.ts";
import { useDatabase } from "../testing/use-database.ts";
import { loadCatalogue } from "./report-context.service.ts";
import { rollupAll, rollupIndicator } from "./rollup.service.ts";

describe.each(TEST_DATABASES)("roll-up on $name", (database) => {
  const suite = useDatabase(database);

  /** rollupAll's figures against the core roll-up's, for the figures now stored in 2021 and 2022. */
  async function expectAgreement(): Promise<void> {
    const { indicators } = await loadCatalogue(suite.db);
    const stored = await suite.db.selectFrom("data_values").select(["indicator_code", "place_code", "period", "value"]).where("status", "=", "approved").where("period", "in", ["2021", "2022"]).execute();
    const places = (await suite.db.selectFrom("places").select(["code", "parent_code"]).where("admin_code", "is not", null).execute()).map((p) => ({ code: p.code, parentCode: p.parent_code }));
    const expected = rollup({ places, values: stored.map((v) => ({ indicatorCode: v.indicator_code, placeCode: v.place_code, period: v.period, value: v.value })), indicators })
      .filter((r) => r.childrenReporting > 0 && ["tech-smes", "rd-expenditure", "gdp", "rd-intensity"].includes(r.indicatorCode))
      .map((r) => ({ indicatorCode: r.indicatorCode, placeCode: r.placeCode, period: r.period, sum: r.sum, childrenReporting: r.childrenReporting, reported: r.reported }));
    const actual = (await rollupAll(suite.db, { indicatorCodes: ["tech-smes", "rd-expenditure", "gdp", "rd-intensity"], periods: ["2021", "2022"] }))
      .map((r) => ({ indicatorCode: r.indicatorCode, placeCode: r.placeCode, period: r.period, sum: r.sum, childrenReporting: r.childrenReporting, reported: r.reported }));
    const key = (r: { indicatorCode: string; placeCode: string; period: string }) => `${r.indicatorCode}|${r.placeCode}|${r.period}`;
    expect(actual.map(key).sort()).toEqual(expected.map(key).sort());
    const byKey = new Map(expected.map((r) => [key(r), r]));
    for (const row of actual) {
      const want = byKey.get(key(row))!;
      expect(row.childrenReporting).toBe(want.childrenReporting);
      expect(row.reported).toBe(want.reported);
      if (want.sum === null) expect(row.sum).toBeNull();
      else expect(row.sum).toBeCloseTo(want.sum, 6);
    }
  }

  it("agrees with the core roll-up when every district reports both parts of a ratio in some periods", async () => {
    // Every district and county of the city.
    const districts = (await suite.db.selectFrom("places").select("code").where("parent_code", "=", "500000").where("admin_code", "is not", null).execute()).map((p) => p.code);
    // Complete periods take the ratio's parts from the plain sums; the others join the parts.
    const period = fc.record({ complete: fc.boolean(), missing: fc.subarray(districts, { minLength: 1, maxLength: 5 }), values: fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: districts.length * 2, maxLength: districts.length * 2 }) });
    await fc.assert(
      fc.asyncProperty(fc.tuple(period, period), async (periods) => {
        await suite.db.deleteFrom("data_values").where("period", "in", ["2021", "2022"]).where("place_code", "!=", "500000").execute();
        const rows = periods.flatMap((p, i) =>
          districts.flatMap((place, j) =>
            (["rd-expenditure", "gdp"] as const)
              .filter((indicator) => p.complete || indicator === "rd-expenditure" || !p.missing.includes(place))
              .map((indicator, k) => ({ indicator_code: indicator, place_code: place, period: String(2021 + i), granularity: "year", year: 2021 + i, value: p.values[j * 2 + k]!, status: "approved", source_kind: "person" })),
          ),
        );
        await suite.db.insertInto("data_values").values(rows).execute();
        await expectAgreement();
      }),
      { numRuns: 6 },
    );
  });

  it("agrees with the core roll-up for any district figures", async () => {
    const districts = (await suite.db.selectFrom("places").select("code").where("parent_code", "=", "500000").where("admin_code", "is not", null).execute()).map((p) => p.code);
    const figure = fc.record({ place: fc.constantFrom(...districts), indicator: fc.constantFrom("tech-smes", "rd-expenditure", "gdp"), period: fc.constantFrom("2021", "2022"), value: fc.integer({ min: 1, max: 1_000_000 }) });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(figure, { selector: (f) => `${f.place}|${f.indicator}|${f.period}`, maxLength: 120 }), async (figures) => {
        await suite.db.deleteFrom("data_values").where("period", "in", ["2021", "2022"]).where("place_code", "!=", "500000").execute();
        if (figures.length) {
          await suite.db.insertInto("data_values").values(figures.map((f) => ({ indicator_code: f.indicator, place_code: f.place, period: f.period, granularity: "year", year: Number(f.period), value: f.value, status: "approved", source_kind: "person" }))).execute();
        }
        await expectAgreement();
      }),
      { numRuns: 8 },
    );
  });

  it("sums the 38 districts and counties to the city, never a zone that overlaps them", async () => {
    await suite.db.deleteFrom("data_values").where("period", "=", "2021").where("place_code", "!=", "500000").execute();
    const figure = (place: string, value: number) => ({ indicator_code: "tech-smes", place_code: place, period: "2021", granularity: "year", year: 2021, value, status: "approved", source_kind: "person" });
    await suite.db.insertInto("data_values").values([figure("500106", 1200), figure("cq-hitech-zone", 4600)]).execute();
    const city = (await rollupIndicator(suite.db, "tech-smes", "2021")).rows.find((r) => r.placeCode === "500000");
    expect(city).toMatchObject({ sum: 1200, childCount: 38, childrenReporting: 1 });
    expect(city!.missing).not.toContain("cq-hitech-zone");
    const all = (await rollupAll(suite.db, { indicatorCodes: ["tech-smes"], periods: ["2021"] })).find((r) => r.placeCode === "500000");
    expect(all).toMatchObject({ sum: 1200, childCount: 38, childrenReporting: 1 });
  });
});
