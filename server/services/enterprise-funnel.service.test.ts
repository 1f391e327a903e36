/**
 * The funnel on both databases: counts by status and year for a district, a snapshot written as
 * registry figures only where no reported figure exists (the reported one kept, the difference
 * shown), certificates lapsing within 12 months, the 培育库, and a sample registry whose counts never
 * become figures.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { withCheckCharacter } from "../../core/enterprises/credit-code.ts";
import { TEST_DATABASES } from "../db/test-databases.ts";
import type { Db } from "../db/connect.ts";
import { useDatabase } from "../testing/use-database.ts";
import { loadDemoRegistry } from "./enterprise-demo.service.ts";
import { placeFunnel, takeSnapshot } from "./enterprise-funnel.service.ts";
import { importRegistry } from "./enterprise-import.service.ts";

const who = { name: "规划处", id: null };
const code = (n: number) => withCheckCharacter(`91500106${String(n).padStart(9, "0")}`);
const HEADER = "统一社会信用代码,企业名称,区县,年度,职工总数,科技人员数,研发费用(万元),销售收入(万元),成本费用总额(万元),资产总额(万元),实用新型,市科技型企业入库日期,高企证书编号,高企发证日期";
const DISTRICT = "500106";

describe.each(TEST_DATABASES)("enterprise funnel on $name", (database) => {
  const suite = useDatabase(database);
  let db: Db;
  beforeAll(async () => {
    db = suite.db;
    const lines = [
      // Holds both; its certificate (2023-11-20) lapses 2026-11-19.
      `${code(1)},甲,沙坪坝区,2025,120,30,165,3000,2800,2500,3,2022-03-01,GR202350000001,2023-11-20`,
      // 市科技型企业 only, R&D 3 % now (54 points) rising 50 % a year: qualifies next year.
      `${code(2)},乙,沙坪坝区,2024,100,25,40,2000,1900,1000,3,2024-05-01,,`,
      `${code(2)},乙,沙坪坝区,2025,100,25,60,2000,1900,1000,3,,,`,
      `${code(3)},丙,沙坪坝区,2025,100,5,10,2000,1900,1000,0,2025-05-01,,`,
    ];
    await importRegistry(db, new TextEncoder().encode([HEADER, ...lines].join("\n")), "企业库.csv", who);
  });

  it("counts by status and year, lists the lapsing certificate and the pool", async () => {
    const f = await placeFunnel(db, DISTRICT, "2026-01-15");
    const at = (year: number, kind: string) => f.counts.find((c) => c.year === year && c.kind === kind)?.real ?? 0;
    expect([at(2023, "cq-tech"), at(2024, "cq-tech"), at(2025, "cq-tech")]).toEqual([1, 2, 3]);
    expect([at(2023, "high-tech"), at(2025, "high-tech"), at(2025, "tech-any")]).toEqual([1, 1, 3]);
    expect(f.lapsing.map((l) => [l.creditCode, l.validTo])).toEqual([[code(1), "2026-11-19"]]);
    expect(f.pool.techSme.map((p) => p.creditCode)).toEqual([code(2)]);
  });

  it("writes a snapshot as registry figures beside a reported one, never over it", async () => {
    await db.insertInto("data_values").values({ indicator_code: "tech-smes", place_code: DISTRICT, period: "2024", granularity: "year", year: 2024, value: 5, status: "approved", source_kind: "person", source_ref: "沙坪坝区填报员", updated_at: new Date() }).execute();
    const snap = await takeSnapshot(db, { on: "2025-12-31", sample: false }, who);
    expect(snap.figuresWritten).toBeGreaterThan(0);
    const stored = await db.selectFrom("data_values").select(["period", "value", "source_kind", "source_ref"]).where("indicator_code", "=", "tech-smes").where("place_code", "=", DISTRICT).orderBy("period").execute();
    expect(stored.find((v) => v.period === "2024")).toMatchObject({ value: 5, source_kind: "person" });
    expect(stored.find((v) => v.period === "2025")).toMatchObject({ value: 3, source_kind: "registry", source_ref: `registry snapshot #${snap.id} (2025-12-31)` });
    const f = await placeFunnel(db, DISTRICT, "2026-01-15");
    expect(f.figures.find((x) => x.indicatorCode === "tech-smes" && x.period === "2024")).toMatchObject({ reported: 5, registry: 2, difference: -3 });
  });

  it("keeps a sample registry's counts out of the figures", async () => {
    const before = await db.selectFrom("data_values").select(["id", "value"]).where("source_kind", "=", "registry").orderBy("id").execute();
    const demo = await loadDemoRegistry(db, who, { total: 400 });
    expect(demo.enterprises).toBe(400);
    const after = await db.selectFrom("data_values").select(["id", "value"]).where("source_kind", "=", "registry").orderBy("id").execute();
    expect(after).toEqual(before);
    const f = await placeFunnel(db, "500000", "2026-01-15");
    const row = f.figures.find((x) => x.indicatorCode === "tech-smes" && x.period === "2025")!;
    expect(row.sampleRegistry).toBeGreaterThan(0);
    expect(row.registry).toBe(3);
    expect(f.counts.some((c) => c.sample > 0)).toBe(true);
  });
});
