/** SQL for data values and their revision history. */
import type { Insertable } from "kysely";
import type { Db } from "../db/connect.ts";
import type { DataValueRevisionsTable, DataValuesTable } from "../db/schema.ts";

export interface ValueFilter {
  indicatorCode?: string;
  placeCode?: string;
  period?: string;
  status?: string;
  /** Only figures the public may see (approved and published). */
  publishedOnly?: boolean;
  limit?: number;
  offset?: number;
  /** Values after this key (indicator, place, period) in list order: the cursor of a page. */
  after?: ValueKey;
}

/** A value's position in the list: its indicator, place and period (unique together). */
export type ValueKey = [indicatorCode: string, placeCode: string, period: string];

export function findValues(db: Db, filter: ValueFilter = {}) {
  let query = db.selectFrom("data_values").selectAll();
  if (filter.indicatorCode) query = query.where("indicator_code", "=", filter.indicatorCode);
  if (filter.placeCode) query = query.where("place_code", "=", filter.placeCode);
  if (filter.period) query = query.where("period", "=", filter.period);
  if (filter.status) query = query.where("status", "=", filter.status);
  if (filter.publishedOnly) query = query.where("status", "=", "approved").where("published_at", "is not", null);
  const after = filter.after;
  if (after) query = query.where((eb) => eb(eb.refTuple("indicator_code", "place_code", "period"), ">", eb.tuple(after[0], after[1], after[2])));
  query = query.orderBy("indicator_code").orderBy("place_code").orderBy("period").orderBy("id");
  if (filter.limit !== undefined) query = query.limit(filter.limit).offset(filter.offset ?? 0);
  return query.execute();
}

/** One value; `lock` holds its row until the transaction ends (two approvals of one key meet here). */
export function findValue(db: Db, id: number, lock = false) {
  const query = db.selectFrom("data_values").selectAll().where("id", "=", id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

export function findValueByKey(db: Db, indicatorCode: string, placeCode: string, period: string, lock = false) {
  const query = db
    .selectFrom("data_values")
    .selectAll()
    .where("indicator_code", "=", indicatorCode)
    .where("place_code", "=", placeCode)
    .where("period", "=", period);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

export async function insertValue(db: Db, row: Insertable<DataValuesTable>) {
  return db.insertInto("data_values").values(row).returningAll().executeTakeFirstOrThrow();
}

/** Inserts the first figure of a key; undefined when a concurrent writer stored one first. */
export function insertValueIfAbsent(db: Db, row: Insertable<DataValuesTable>) {
  return db
    .insertInto("data_values")
    .values(row)
    .onConflict((oc) => oc.columns(["indicator_code", "place_code", "period"]).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function updateValue(db: Db, id: number, row: Partial<Insertable<DataValuesTable>>) {
  return db
    .updateTable("data_values")
    .set({ ...row, updated_at: new Date() })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertRevision(db: Db, row: Insertable<DataValueRevisionsTable>) {
  await db.insertInto("data_value_revisions").values(row).execute();
}

export function findRevisions(db: Db, dataValueId: number) {
  return db
    .selectFrom("data_value_revisions")
    .selectAll()
    .where("data_value_id", "=", dataValueId)
    .orderBy("revision")
    .execute();
}

export async function nextRevision(db: Db, dataValueId: number): Promise<number> {
  const row = await db
    .selectFrom("data_value_revisions")
    .select((eb) => eb.fn.max<number>("revision").as("max"))
    .where("data_value_id", "=", dataValueId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}
