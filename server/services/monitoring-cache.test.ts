/**
 * The monitoring stamp and the assessments kept under it, on both backends: the stamp grows with
 * every committed change to what monitoring reads (and not with a rolled-back one or a prune), kept
 * assessments are reused while it stands, and a figure written behind the service's back (as the CLI
 * or another server would) shows in the next progress read.
 */
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { TEST_DATABASES } from "../db/test-databases.ts";
import { useDatabase } from "../testing/use-database.ts";
import { openDatabase } from "../db/connect.ts";
import { cachedByStamp, pruneMonitoringChanges, readMonitoringStamp } from "./monitoring-cache.ts";
import { getPlanProgress } from "./plans.service.ts";

describe.each(TEST_DATABASES)("monitoring stamp on $name", (database) => {
  const suite = useDatabase(database);

  it("grows with each committed change to a watched table, not with a rolled-back one nor a prune", async () => {
    let stamp = await readMonitoringStamp(suite.db);
    const changes = [
      sql`UPDATE plans SET code = code`,
      sql`UPDATE targets SET position = position`,
      sql`UPDATE indicators SET name_zh = name_zh`,
      sql`UPDATE documents SET file_name = file_name`,
      sql`DELETE FROM data_values WHERE source_ref = 'none such'`,
    ];
    for (const change of changes) {
      await change.execute(suite.db);
      const next = await readMonitoringStamp(suite.db);
      expect(next).toBeGreaterThan(stamp);
      stamp = next;
    }
    await suite.db
      .transaction()
      .execute(async (trx) => {
        await sql`UPDATE targets SET position = position`.execute(trx);
        throw new Error("roll back");
      })
      .catch(() => {});
    expect(await readMonitoringStamp(suite.db)).toBe(stamp);
    await sql`SELECT count(*) FROM targets`.execute(suite.db);
    expect(await readMonitoringStamp(suite.db)).toBe(stamp);
    await pruneMonitoringChanges(suite.db);
    expect(await readMonitoringStamp(suite.db)).toBe(stamp);
    expect(Number((await sql<{ n: number }>`SELECT count(*) AS n FROM monitoring_changes`.execute(suite.db)).rows[0]!.n)).toBe(0);
  });

  it("reuses kept values while the stamp stands and computes again after a change", async () => {
    const calls: string[][] = [];
    const compute = async (missing: readonly string[]) => {
      calls.push([...missing]);
      return new Map(missing.map((key) => [key, { key, at: calls.length }]));
    };
    const first = await cachedByStamp(suite.db, ["a", "b"], compute);
    const again = await cachedByStamp(suite.db, ["b", "a", "c"], compute);
    expect(calls).toEqual([["a", "b"], ["c"]]);
    expect(again.get("a")).toBe(first.get("a"));
    await sql`UPDATE targets SET position = position`.execute(suite.db);
    await cachedByStamp(suite.db, ["a"], compute);
    expect(calls).toEqual([["a", "b"], ["c"], ["a"]]);
  });

  it("shows a figure written through another connection in the next progress read", async () => {
    const before = await getPlanProgress(suite.db, "cq-sti-2021-2025");
    expect(await getPlanProgress(suite.db, "cq-sti-2021-2025")).toEqual(before);
    const row = before.find((p) => p.latest !== null) ?? before[0]!;
    // PGlite in memory has one connection; PostgreSQL gets a second pool, as another process would.
    const other = suite.target.kind === "postgres" ? openDatabase(suite.target) : suite.db;
    const year = (row.latest?.year ?? 2023) + 1;
    await sql`INSERT INTO data_values (indicator_code, place_code, period, granularity, year, value, status, source_kind, source_ref)
      VALUES (${row.indicatorCode}, ${row.placeCode}, ${String(year)}, 'year', ${year}, 12345, 'approved', 'import', 'stamp-test')`.execute(other);
    if (other !== suite.db) await other.destroy();
    const after = (await getPlanProgress(suite.db, "cq-sti-2021-2025")).find((p) => p.targetId === row.targetId)!;
    expect(after.latest).toMatchObject({ year, value: 12345 });
  });
});
