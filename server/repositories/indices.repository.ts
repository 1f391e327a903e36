/** SQL for evaluations: index definitions, their data tables, the places they rank and approved values. */
import type { Insertable, Updateable } from "kysely";
import type { Db } from "../db/connect.ts";
import type { IndexDatasetsTable, IndexDefinitionsTable } from "../db/schema.ts";

export function findDefinitions(db: Db) {
  return db.selectFrom("index_definitions").selectAll().orderBy("template", "desc").orderBy("code").execute();
}

export function findDefinition(db: Db, code: string) {
  return db.selectFrom("index_definitions").selectAll().where("code", "=", code).executeTakeFirst();
}

export async function insertDefinition(db: Db, row: Insertable<IndexDefinitionsTable>) {
  return db.insertInto("index_definitions").values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateDefinition(db: Db, code: string, row: Updateable<IndexDefinitionsTable>) {
  return db
    .updateTable("index_definitions")
    .set({ ...row, updated_at: new Date() })
    .where("code", "=", code)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertDataset(db: Db, row: Insertable<IndexDatasetsTable>) {
  return db.insertInto("index_datasets").values(row).returningAll().executeTakeFirstOrThrow();
}

/** The newest data table of a definition. */
export function findLatestDataset(db: Db, definitionCode: string) {
  return db
    .selectFrom("index_datasets")
    .selectAll()
    .where("definition_code", "=", definitionCode)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Places of the given kinds or codes, in code order. */
export function findPlacesFor(db: Db, kinds: readonly string[], codes: readonly string[] | null) {
  let query = db.selectFrom("places").select(["code", "name_zh", "name_en", "kind"]);
  if (codes) query = query.where("code", "in", codes.length > 0 ? [...codes] : [""]);
  else query = query.where("kind", "in", kinds.length > 0 ? [...kinds] : [""]);
  return query.orderBy("code").execute();
}

/** Approved yearly values of the indicators for the places and years. */
export function findApprovedValues(db: Db, indicators: readonly string[], places: readonly string[], years: readonly number[]) {
  if (indicators.length === 0 || places.length === 0 || years.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("data_values")
    .select(["indicator_code", "place_code", "year", "value"])
    .where("status", "=", "approved")
    .where("granularity", "=", "year")
    .where("indicator_code", "in", [...indicators])
    .where("place_code", "in", [...places])
    .where("year", "in", [...years])
    .execute();
}
