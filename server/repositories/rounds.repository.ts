/** SQL for reporting rounds, the indicators and units they ask, and their submissions' counts. */
import type { Insertable, Updateable } from "kysely";
import type { Db } from "../db/connect.ts";
import type { ReportingRoundsTable } from "../db/schema.ts";

export function insertRound(db: Db, row: Insertable<ReportingRoundsTable>) {
  return db.insertInto("reporting_rounds").values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateRound(db: Db, id: number, row: Updateable<ReportingRoundsTable>) {
  return db.updateTable("reporting_rounds").set({ ...row, updated_at: new Date() }).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}

export function findRound(db: Db, id: number) {
  return db.selectFrom("reporting_rounds").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Locks the round's row for the rest of the transaction (a publish and an approval meet here). */
export function lockRound(db: Db, id: number) {
  return db.selectFrom("reporting_rounds").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export function findRounds(db: Db, ids?: number[]) {
  let query = db.selectFrom("reporting_rounds").selectAll();
  if (ids) {
    if (ids.length === 0) return Promise.resolve([]);
    query = query.where("id", "in", ids);
  }
  return query.orderBy("id", "desc").execute();
}

export async function insertRoundParts(db: Db, roundId: number, indicatorCodes: string[], units: { kind: string; code: string }[]) {
  await db.insertInto("round_indicators").values(indicatorCodes.map((code, position) => ({ round_id: roundId, indicator_code: code, position }))).execute();
  await db.insertInto("round_units").values(units.map((u) => ({ round_id: roundId, kind: u.kind, code: u.code }))).execute();
}

export function findRoundIndicators(db: Db, roundIds: number[]) {
  if (roundIds.length === 0) return Promise.resolve([]);
  return db.selectFrom("round_indicators").selectAll().where("round_id", "in", roundIds).orderBy("round_id").orderBy("position").execute();
}

export function findRoundUnits(db: Db, roundIds: number[]) {
  if (roundIds.length === 0) return Promise.resolve([]);
  return db.selectFrom("round_units").selectAll().where("round_id", "in", roundIds).orderBy("round_id").orderBy("kind").orderBy("code").execute();
}

/** Rounds that ask any of these units (for a scoped person's list). */
export async function findRoundIdsForUnits(db: Db, units: { kind: string; code: string }[]): Promise<number[]> {
  if (units.length === 0) return [];
  const rows = await db
    .selectFrom("round_units")
    .select("round_id")
    .distinct()
    .where((eb) => eb.or(units.map((u) => eb.and([eb("kind", "=", u.kind), eb("code", "=", u.code)]))))
    .execute();
  return rows.map((r) => r.round_id);
}
