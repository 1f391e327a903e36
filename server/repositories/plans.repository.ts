/** SQL for plans, their source documents and their targets. */
import { sql, type Insertable, type Selectable } from "kysely";
import type { Db } from "../db/connect.ts";
import type { DocumentsTable, PlansTable, TargetsTable } from "../db/schema.ts";

export function findPlans(db: Db) {
  return db.selectFrom("plans").selectAll().orderBy("period_start").orderBy("code").execute();
}

/** Which plans a list shows: internal readers every plan not withdrawn, the public active ones only. */
export type PlanVisibility = "internal" | "public";

/** Position in the plan list: the last plan shown's period start and code. */
export type PlanKey = [periodStart: number, code: string];

/** Up to `limit` plans in list order (period start, code) after `after`. */
export function findPlanPage(db: Db, visibility: PlanVisibility, limit: number, after?: PlanKey) {
  let query = db.selectFrom("plans").selectAll();
  query = visibility === "internal" ? query.where("status", "<>", "withdrawn") : query.where("status", "=", "active");
  if (after) query = query.where((eb) => eb(eb.refTuple("period_start", "code"), ">", eb.tuple(after[0], after[1])));
  return query.orderBy("period_start").orderBy("code").limit(limit).execute();
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

/** File name, stored text length, kind and year of one document, without its text. */
export function findDocumentHead(db: Db, id: number) {
  return db.selectFrom("documents").select(["id", "file_name", "text_length", "kind", "year"]).where("id", "=", id).executeTakeFirst();
}

/** Kind (plan, report) and year of the given documents. */
export function findDocumentKinds(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom("documents").select(["id", "kind", "year"]).where("id", "in", [...new Set(ids)]).execute();
}

/** Corrects a document's kind and year. */
export async function updateDocumentKind(db: Db, id: number, kind: string, year: number | null) {
  await db.updateTable("documents").set({ kind, year }).where("id", "=", id).execute();
}

/** File names of the given documents. */
export function findDocumentNames(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom("documents").select(["id", "file_name"]).where("id", "in", [...new Set(ids)]).execute();
}

/** Stores a document with its text's length (UTF-16 code units, as span offsets count). */
export async function insertDocument(db: Db, row: Omit<Insertable<DocumentsTable>, "text_length">): Promise<number> {
  const { id } = await db.insertInto("documents").values({ ...row, text_length: row.text.length }).returning("id").executeTakeFirstOrThrow();
  return id;
}

/** Sets a plan's period (a report's, after its year was corrected). */
export async function updatePlanPeriod(db: Db, code: string, periodStart: number, periodEnd: number) {
  await db.updateTable("plans").set({ period_start: periodStart, period_end: periodEnd }).where("code", "=", code).execute();
}

export async function insertPlan(db: Db, row: Insertable<PlansTable>) {
  await db.insertInto("plans").values(row).execute();
}

export async function insertTargets(db: Db, rows: Insertable<TargetsTable>[]) {
  if (rows.length > 0) await db.insertInto("targets").values(rows).execute();
}

/**
 * Targets of the given plans, by plan and in each plan's order, each with its source document's file
 * name and the approved yearly series of its indicator and place ([year, value] by year; published
 * figures only, for the public). The series is read per target from the data_values_approved_years
 * index (the aggregate keeps the planner from scanning data_values for many targets at once).
 */
export async function findTargetsWithSeries(db: Db, planCodes: readonly string[], publishedOnly: boolean) {
  if (planCodes.length === 0) return [];
  const published = publishedOnly ? sql`AND v.published_at IS NOT NULL` : sql``;
  const { rows } = await sql<Selectable<TargetsTable> & { source_file: string | null; series: [number, number][] }>`
    SELECT t.*, d.file_name AS source_file, s.series
    FROM targets t
    LEFT JOIN documents d ON d.id = t.source_document_id
    CROSS JOIN LATERAL (
      SELECT coalesce(json_agg(json_build_array(v.year, v.value) ORDER BY v.year), '[]'::json) AS series
      FROM data_values v
      WHERE v.indicator_code = t.indicator_code AND v.place_code = t.place_code AND v.status = 'approved' AND v.granularity = 'year' ${published}
    ) s
    WHERE t.plan_code = ANY(${[...planCodes]}::text[])
    ORDER BY t.plan_code, t.position`.execute(db);
  return rows;
}

/** Targets of the given plans, by plan and in each plan's order. */
export function findTargetsOfPlans(db: Db, planCodes: readonly string[]) {
  if (planCodes.length === 0) return Promise.resolve([]);
  return db.selectFrom("targets").selectAll().where("plan_code", "in", [...planCodes]).orderBy("plan_code").orderBy("position").execute();
}

/** Targets of one plan (or of all plans), in the plan's order. */
export function findTargets(db: Db, planCode?: string) {
  let query = db.selectFrom("targets").selectAll();
  if (planCode) query = query.where("plan_code", "=", planCode);
  return query.orderBy("plan_code").orderBy("position").execute();
}
