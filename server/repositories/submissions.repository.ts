/** SQL for value submissions: the figures on their way to approval. */
import type { Insertable, Updateable } from "kysely";
import type { Db } from "../db/connect.ts";
import type { ValueSubmissionsTable } from "../db/schema.ts";

export const OPEN_STATES = ["draft", "submitted"] as const;

export function findSubmission(db: Db, id: number) {
  return db.selectFrom("value_submissions").selectAll().where("id", "=", id).executeTakeFirst();
}

export function findSubmissions(db: Db, filter: { roundId?: number; state?: string; placeCodes?: string[]; bodyCodes?: string[]; ids?: number[]; limit?: number }) {
  let query = db.selectFrom("value_submissions").selectAll();
  if (filter.roundId !== undefined) query = query.where("round_id", "=", filter.roundId);
  if (filter.state) query = query.where("state", "=", filter.state);
  if (filter.ids) query = filter.ids.length ? query.where("id", "in", filter.ids) : query.where("id", "=", -1);
  if (filter.placeCodes || filter.bodyCodes) {
    const places = filter.placeCodes ?? [];
    const bodies = filter.bodyCodes ?? [];
    query = query.where((eb) =>
      eb.or([
        ...(places.length ? [eb("place_code", "in", places)] : []),
        ...(bodies.length ? [eb("body_code", "in", bodies)] : []),
        ...(places.length || bodies.length ? [] : [eb.val(false)]),
      ]),
    );
  }
  query = query.orderBy("indicator_code").orderBy("place_code").orderBy("period").orderBy("id");
  if (filter.limit) query = query.limit(filter.limit);
  return query.execute();
}

/** The open (draft or submitted) submission of each key, if any. */
export function findOpenSubmissions(db: Db, keys: { indicatorCode: string; placeCode: string; period: string }[]) {
  if (keys.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("value_submissions")
    .selectAll()
    .where("state", "in", [...OPEN_STATES])
    .where((eb) => eb.or(keys.map((k) => eb.and([eb("indicator_code", "=", k.indicatorCode), eb("place_code", "=", k.placeCode), eb("period", "=", k.period)]))))
    .execute();
}

export function insertSubmission(db: Db, row: Insertable<ValueSubmissionsTable>) {
  return db.insertInto("value_submissions").values(row).returningAll().executeTakeFirstOrThrow();
}

/** Updates a submission only when its version is still `version`; returns undefined when another change came first. */
export function updateSubmissionAt(db: Db, id: number, version: number, row: Updateable<ValueSubmissionsTable>) {
  return db
    .updateTable("value_submissions")
    .set({ ...row, version: version + 1, updated_at: new Date() })
    .where("id", "=", id)
    .where("version", "=", version)
    .returningAll()
    .executeTakeFirst();
}

/** Counts by round, place or body and state, for the round overview. */
export function countByUnit(db: Db, roundId: number) {
  return db
    .selectFrom("value_submissions")
    .select(["place_code", "body_code", "state", (eb) => eb.fn.countAll<number>().as("n"), (eb) => eb.fn.max("submitted_at").as("last_submitted_at"), (eb) => eb.fn.count<number>("returned_at").as("returned")])
    .where("round_id", "=", roundId)
    .where("state", "!=", "cancelled")
    .groupBy(["place_code", "body_code", "state"])
    .execute();
}
