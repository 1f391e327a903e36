/**
 * The database on both backends: migrations apply and are recorded, the seed loads once with every
 * place, indicator, target and value, and a failing load leaves nothing behind.
 */
import { afterEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { openDatabase, type Db } from "./connect.ts";
import { migrateToLatest } from "./migrate.ts";
import { TEST_DATABASES } from "./test-databases.ts";
import { loadSeeds, loadSeedsIfEmpty } from "../services/seed.service.ts";

describe.each(TEST_DATABASES)("database on $name", (database) => {
  let db: Db | undefined;
  let drop: () => Promise<void> = async () => {};

  afterEach(async () => {
    await db?.destroy();
    await drop();
  });

  async function fresh(): Promise<Db> {
    const created = await database.createEmpty();
    drop = created.drop;
    db = openDatabase(created.target);
    return db;
  }

  const count = async (d: Db, table: string) =>
    Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(d)).rows[0]?.n);

  it("applies the migrations once and records them", async () => {
    const d = await fresh();
    expect(await migrateToLatest(d)).toContain("0001-initial");
    expect(await migrateToLatest(d)).toEqual([]);
    expect(await count(d, "kysely_migration")).toBeGreaterThanOrEqual(1);
  });

  it("loads the seed once: the city, 38 districts and counties, groupings, plans, targets, values", async () => {
    const d = await fresh();
    await migrateToLatest(d);
    expect(await loadSeedsIfEmpty(d)).toBe(true);
    expect(await loadSeedsIfEmpty(d)).toBe(false);
    const divisions = await d.selectFrom("places").select("code").where("admin_code", "is not", null).execute();
    expect(divisions).toHaveLength(39);
    expect(await count(d, "documents")).toBe(5);
    const targets = await d.selectFrom("targets").selectAll().where("plan_code", "=", "cq-sti-2021-2025").execute();
    expect(targets).toHaveLength(13);
    for (const t of targets) {
      const doc = await d.selectFrom("documents").select("text").where("id", "=", t.source_document_id!).executeTakeFirstOrThrow();
      expect(doc.text.slice(t.source_start!, t.source_end!)).toBe(t.source_quote);
    }
    const revisions = await count(d, "data_value_revisions");
    expect(revisions).toBe(await count(d, "data_values"));
    const science = await d.selectFrom("place_memberships").select("member_code").where("group_code", "=", "cq-science-city").execute();
    expect(science.map((m) => m.member_code)).toEqual(expect.arrayContaining(["500106", "500107", "500109", "500116", "500120"]));
  });

  it("leaves nothing behind when a load fails half-way", async () => {
    const d = await fresh();
    await migrateToLatest(d);
    // A place the seed also inserts makes the load fail on a unique key after other rows went in.
    await d.insertInto("places").values({ code: "cq-science-city", name_zh: "占位", name_en: "placeholder", kind: "x", admin_code: null, parent_code: null }).execute();
    await expect(loadSeeds(d)).rejects.toThrow();
    expect(await count(d, "places")).toBe(1);
    expect(await count(d, "plans")).toBe(0);
    expect(await count(d, "documents")).toBe(0);
  });
});
