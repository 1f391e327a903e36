/** SQL for the catalogue: indicators, places with their memberships, responsible bodies. */
import type { Insertable } from "kysely";
import type { Db } from "../db/connect.ts";
import type { BodiesTable, IndicatorsTable, PlaceMembershipsTable, PlacesTable } from "../db/schema.ts";

export function findIndicators(db: Db) {
  return db.selectFrom("indicators").selectAll().orderBy("code").execute();
}

export function findIndicator(db: Db, code: string) {
  return db.selectFrom("indicators").selectAll().where("code", "=", code).executeTakeFirst();
}

export function findPlaces(db: Db) {
  return db.selectFrom("places").selectAll().orderBy("code").execute();
}

export function findPlace(db: Db, code: string) {
  return db.selectFrom("places").selectAll().where("code", "=", code).executeTakeFirst();
}

export function findMemberships(db: Db) {
  return db.selectFrom("place_memberships").selectAll().execute();
}

export function findBodies(db: Db) {
  return db.selectFrom("bodies").selectAll().orderBy("code").execute();
}

export async function insertIndicators(db: Db, rows: Insertable<IndicatorsTable>[]) {
  if (rows.length > 0) await db.insertInto("indicators").values(rows).execute();
}

export async function insertPlaces(db: Db, rows: Insertable<PlacesTable>[]) {
  if (rows.length > 0) await db.insertInto("places").values(rows).execute();
}

export async function insertMemberships(db: Db, rows: Insertable<PlaceMembershipsTable>[]) {
  if (rows.length > 0) await db.insertInto("place_memberships").values(rows).execute();
}

export async function insertBodies(db: Db, rows: Insertable<BodiesTable>[]) {
  if (rows.length > 0) await db.insertInto("bodies").values(rows).execute();
}
