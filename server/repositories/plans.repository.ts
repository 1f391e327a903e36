/** SQL for plans, their source documents and their targets. */
import type { Insertable } from "kysely";
import type { Db } from "../db/connect.ts";
import type { DocumentsTable, PlansTable, TargetsTable } from "../db/schema.ts";

export function findPlans(db: Db) {
  return db.selectFrom("plans").selectAll().orderBy("period_start").orderBy("code").execute();
}

export function findPlan(db: Db, code: string) {
  return db.selectFrom("plans").selectAll().where("code", "=", code).executeTakeFirst();
}

export function countPlans(db: Db) {
  return db
    .selectFrom("plans")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function findDocument(db: Db, id: number) {
  return db.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst();
}

/** File name and length of each document, without its text. */
export function findDocumentHeads(db: Db) {
  return db
    .selectFrom("documents")
    .select(["id", "file_name", (eb) => eb.fn<number>("length", ["text"]).as("length")])
    .execute();
}

export async function insertDocument(db: Db, row: Insertable<DocumentsTable>): Promise<number> {
  const { id } = await db.insertInto("documents").values(row).returning("id").executeTakeFirstOrThrow();
  return id;
}

export async function insertPlan(db: Db, row: Insertable<PlansTable>) {
  await db.insertInto("plans").values(row).execute();
}

export async function insertTargets(db: Db, rows: Insertable<TargetsTable>[]) {
  if (rows.length > 0) await db.insertInto("targets").values(rows).execute();
}

/** Targets of one plan (or of all plans), in the plan's order. */
export function findTargets(db: Db, planCode?: string) {
  let query = db.selectFrom("targets").selectAll();
  if (planCode) query = query.where("plan_code", "=", planCode);
  return query.orderBy("plan_code").orderBy("position").execute();
}
