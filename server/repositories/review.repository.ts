/** SQL for review: extracted statements, review decisions, plan status and a document's outline. */
import type { Insertable, Updateable } from "kysely";
import type { Db } from "../db/connect.ts";
import type { IndicatorsTable, ReviewDecisionsTable, StatementsTable, TargetsTable } from "../db/schema.ts";

export async function insertStatements(db: Db, rows: Insertable<StatementsTable>[]) {
  // Batches keep each statement under PostgreSQL's bind-parameter limit for long documents.
  for (let i = 0; i < rows.length; i += 200) await db.insertInto("statements").values(rows.slice(i, i + 200)).execute();
}

export function findStatements(db: Db, planCode: string) {
  return db.selectFrom("statements").selectAll().where("plan_code", "=", planCode).orderBy("position").execute();
}

/** One statement; `lock` holds its row until the transaction ends (two decisions on it meet here). */
export function findStatement(db: Db, id: number, lock = false) {
  const query = db.selectFrom("statements").selectAll().where("id", "=", id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

export function updateStatement(db: Db, id: number, changes: Updateable<StatementsTable>) {
  return db.updateTable("statements").set({ ...changes, updated_at: new Date() }).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}

/** Statements merged into `id` (they follow it when it is itself merged). */
export function findMergedInto(db: Db, id: number) {
  return db.selectFrom("statements").selectAll().where("merged_into", "=", id).execute();
}

export function insertDecision(db: Db, row: Insertable<ReviewDecisionsTable>) {
  return db.insertInto("review_decisions").values(row).returningAll().executeTakeFirstOrThrow();
}

export function findDecisions(db: Db, planCode: string) {
  return db.selectFrom("review_decisions").selectAll().where("plan_code", "=", planCode).orderBy("id").execute();
}

export async function setPlanStatus(db: Db, code: string, status: string) {
  await db.updateTable("plans").set({ status }).where("code", "=", code).execute();
}

export function findDocumentOutline(db: Db, id: number) {
  return db.selectFrom("documents").select(["outline"]).where("id", "=", id).executeTakeFirst();
}

export async function nextTargetPosition(db: Db, planCode: string): Promise<number> {
  const row = await db.selectFrom("targets").select((eb) => eb.fn.max<number>("position").as("max")).where("plan_code", "=", planCode).executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export function insertTarget(db: Db, row: Insertable<TargetsTable>) {
  return db.insertInto("targets").values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateTarget(db: Db, id: number, row: Updateable<TargetsTable>) {
  return db.updateTable("targets").set(row).where("id", "=", id).execute();
}

export async function deleteTarget(db: Db, id: number) {
  await db.deleteFrom("targets").where("id", "=", id).execute();
}

export async function deleteValue(db: Db, id: number) {
  await db.deleteFrom("data_values").where("id", "=", id).execute();
}

export async function insertIndicator(db: Db, row: Insertable<IndicatorsTable>) {
  await db.insertInto("indicators").values(row).execute();
}

/** Each place's parent, to tell whether one place lies inside another. */
export function findPlaceParents(db: Db) {
  return db.selectFrom("places").select(["code", "name_zh", "name_en", "kind", "parent_code"]).execute();
}
