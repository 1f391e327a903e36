/**
 * Plan progress and the plan list read only their targets' yearly series; this checks that they say
 * exactly what a full read of data_values says, on both backends, for the seed plans with random
 * figures added — on the targets' own indicator–place pairs and elsewhere, yearly and quarterly,
 * approved or withdrawn, published or not — for the public and signed-in readers, now and as of a
 * past year.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { bindingFirst, computeProgress } from "../../core/monitoring/index.ts";
import type { TargetProgress } from "../../contract/plans.ts";
import { TEST_DATABASES } from "../db/test-databases.ts";
import { useDatabase } from "../testing/use-database.ts";
import type { Db } from "../db/connect.ts";
import { thresholdsFromEnv } from "../config.ts";
import { presentIndicator } from "../presenters/catalogue.presenter.ts";
import { presentTargetProgress } from "../presenters/plans.presenter.ts";
import { getPlanProgress, listAllPlans, listPlans, targetSpecOf, type Audience } from "./plans.service.ts";

/** Progress as computed before the targeted read: every stored figure read, then filtered per target. */
async function progressFromFullRead(db: Db, planCode: string, asOfYear: number | undefined, audience: Audience): Promise<TargetProgress[]> {
  const targets = await db.selectFrom("targets").selectAll().where("plan_code", "=", planCode).orderBy("position").execute();
  const indicators = new Map((await db.selectFrom("indicators").selectAll().execute()).map((row) => [row.code, presentIndicator(row)]));
  const all = await db.selectFrom("data_values").selectAll().execute();
  const documents = new Map((await db.selectFrom("documents").select(["id", "file_name"]).execute()).map((d) => [d.id, d.file_name]));
  const thresholds = thresholdsFromEnv();
  return bindingFirst(targets.map((target) => {
    const indicator = indicators.get(target.indicator_code)!;
    const observations = all
      .filter((v) => v.status === "approved" && (audience === "internal" || v.published_at !== null))
      .filter((v) => v.indicator_code === target.indicator_code && v.place_code === target.place_code && v.granularity === "year")
      .map((v) => ({ year: v.year, value: v.value }))
      .sort((a, b) => a.year - b.year);
    const progress = computeProgress({ indicator, target: targetSpecOf(target), observations, asOfYear, thresholds: thresholds.expected, bindingThresholds: thresholds.binding });
    const file = target.source_document_id !== null ? documents.get(target.source_document_id) ?? null : null;
    return presentTargetProgress(target, indicator, observations, progress, file);
  }));
}

describe.each(TEST_DATABASES)("plan progress on $name", (database) => {
  const suite = useDatabase(database);
  let planCodes: string[];
  let pairs: { indicator: string; place: string }[];
  beforeAll(async () => {
    planCodes = (await suite.db.selectFrom("plans").select("code").orderBy("code").execute()).map((p) => p.code);
    const targetPairs = await suite.db.selectFrom("targets").select(["indicator_code", "place_code"]).distinct().execute();
    const districts = (await suite.db.selectFrom("places").select("code").where("parent_code", "=", "500000").limit(3).execute()).map((p) => p.code);
    const indicators = (await suite.db.selectFrom("indicators").select("code").limit(4).execute()).map((i) => i.code);
    pairs = [
      ...targetPairs.map((t) => ({ indicator: t.indicator_code, place: t.place_code })),
      ...districts.flatMap((place) => indicators.map((indicator) => ({ indicator, place }))),
    ];
  });

  it("equals the progress from a full read of every stored figure", async () => {
    const figure = fc.record({
      pair: fc.nat({ max: 1000 }),
      year: fc.integer({ min: 2012, max: 2030 }),
      quarter: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      value: fc.double({ min: 0.01, max: 1e7, noNaN: true }),
      status: fc.constantFrom("approved", "approved", "approved", "withdrawn"),
      published: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(figure, { maxLength: 60 }), fc.option(fc.integer({ min: 2019, max: 2027 }), { nil: undefined }), async (figures, asOf) => {
        await suite.db.deleteFrom("data_values").where("source_ref", "=", "progress-property").execute();
        const rows = figures.map((f) => {
          const pair = pairs[f.pair % pairs.length]!;
          return {
            indicator_code: pair.indicator,
            place_code: pair.place,
            period: f.quarter === undefined ? String(f.year) : `${f.year}Q${f.quarter}`,
            granularity: f.quarter === undefined ? "year" : "quarter",
            year: f.year,
            value: f.value,
            status: f.status,
            source_kind: "import",
            source_ref: "progress-property",
            published_at: f.published ? new Date() : null,
          };
        });
        if (rows.length > 0) await suite.db.insertInto("data_values").values(rows).onConflict((oc) => oc.columns(["indicator_code", "place_code", "period"]).doNothing()).execute();
        for (const audience of ["internal", "public"] as const) {
          const listed = new Map((await listAllPlans(suite.db, audience)).map((p) => [p.code, p.statusCounts]));
          for (const code of planCodes) {
            const expected = await progressFromFullRead(suite.db, code, asOf, audience);
            expect(await getPlanProgress(suite.db, code, asOf, "internal")).toEqual(audience === "internal" ? expected : await progressFromFullRead(suite.db, code, asOf, "internal"));
            if (audience === "public" && !listed.has(code)) continue;
            expect(await getPlanProgress(suite.db, code, asOf, audience)).toEqual(expected);
            // The list counts statuses as of now.
            const now = await progressFromFullRead(suite.db, code, undefined, audience);
            for (const status of ["achieved", "on_track", "at_risk", "off_track", "no_data"] as const) {
              expect(listed.get(code)?.[status]).toBe(now.filter((p) => p.status === status).length);
            }
          }
        }
      }),
      { numRuns: 12 },
    );
  });

  it("pages the plan list by cursor: every plan once, in list order", async () => {
    const all = await listAllPlans(suite.db);
    const seen: string[] = [];
    let after: [number, string] | undefined;
    for (;;) {
      const page = await listPlans(suite.db, "internal", { limit: 1, after });
      seen.push(...page.items.map((p) => p.code));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toEqual(all.map((p) => p.code));
    expect(seen.length).toBeGreaterThan(1);
  });
});
