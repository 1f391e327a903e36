/** SQL of the evaluation report's sources: where the figures a report quotes came from. */
import { sql } from "kysely";
import type { Db } from "../db/connect.ts";

/** The approved yearly figures of these (indicator, place, year) keys, with their document span, who entered them first and who approved them. */
export async function findFigureSources(db: Db, keys: readonly { indicator: string; place: string; year: number }[]) {
  if (keys.length === 0) return [];
  const { rows } = await sql<{ indicator_code: string; place_code: string; year: number; file_name: string | null; source_ref: string | null; source_start: number | null; source_end: number | null; source_quote: string | null; approved_by: string | null; reporter: string | null }>`
    SELECT v.indicator_code, v.place_code, v.year, d.file_name, v.source_ref, v.source_start, v.source_end, v.source_quote, v.approved_by,
      (SELECT r.changed_by FROM data_value_revisions r WHERE r.data_value_id = v.id ORDER BY r.revision LIMIT 1) AS reporter
    FROM data_values v
    LEFT JOIN documents d ON d.id = v.source_document_id
    WHERE v.status = 'approved' AND v.granularity = 'year'
      AND (v.indicator_code, v.place_code, v.year) IN (SELECT * FROM unnest(${keys.map((k) => k.indicator)}::text[], ${keys.map((k) => k.place)}::text[], ${keys.map((k) => k.year)}::int[]))`.execute(db);
  return rows;
}

/** The stated baselines' document spans of a plan's targets. */
export function findBaselineSpans(db: Db, planCode: string) {
  return db
    .selectFrom("targets as t")
    .leftJoin("documents as d", "d.id", "t.baseline_document_id")
    .select(["t.id", "d.file_name", "t.baseline_start", "t.baseline_end", "t.baseline_quote"])
    .where("t.plan_code", "=", planCode)
    .where("t.baseline_quote", "is not", null)
    .execute();
}
