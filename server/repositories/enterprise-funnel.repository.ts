/**
 * SQL for the funnel: enterprises holding each status at each year's end for a place (a district or
 * county by its enterprises' place, a zone by their zone, the city all), lapsing certificates, the
 * enterprises of a place with their years, and registry snapshots with their counts.
 */
import { sql, type RawBuilder } from "kysely";
import type { Db } from "../db/connect.ts";

/** The city, whose enterprises are all of them. */
export const CITY_CODE = "500000";

/** Enterprises of a place: the city all, a district its own, a zone those inside it. */
function inPlace(placeCode: string): RawBuilder<boolean> {
  return placeCode === CITY_CODE ? sql<boolean>`true` : sql<boolean>`(e.place_code = ${placeCode} OR e.zone_code = ${placeCode})`;
}

/** Enterprises holding each status kind on 31 December of each year, real and sample apart; "tech-any" is 市科技型企业 or 国家科技型中小企业. */
export async function countStatusesByYear(db: Db, placeCode: string, from: number, to: number) {
  const { rows } = await sql<{ year: number; kind: string; real: number; sample: number }>`
    WITH held AS (
      SELECT y.year, s.kind, s.credit_code, e.sample
      FROM generate_series(${from}::int, ${to}::int) AS y(year)
      JOIN enterprise_statuses s ON s.valid_from <= make_date(y.year, 12, 31) AND (s.valid_to IS NULL OR s.valid_to >= make_date(y.year, 12, 31))
      JOIN enterprises e ON e.credit_code = s.credit_code
      WHERE ${inPlace(placeCode)}
    )
    SELECT year, kind, count(DISTINCT credit_code) FILTER (WHERE NOT sample)::int AS real, count(DISTINCT credit_code) FILTER (WHERE sample)::int AS sample FROM held GROUP BY year, kind
    UNION ALL
    SELECT year, 'tech-any', count(DISTINCT credit_code) FILTER (WHERE NOT sample)::int, count(DISTINCT credit_code) FILTER (WHERE sample)::int FROM held WHERE kind IN ('cq-tech', 'tech-sme') GROUP BY year
    ORDER BY 1, 2`.execute(db);
  return rows.map((r) => ({ year: Number(r.year), kind: r.kind, real: Number(r.real), sample: Number(r.sample) }));
}

/** 高新技术企业 certificates of the place ending between the dates, with no later certificate. */
export async function findLapsing(db: Db, placeCode: string, fromDate: string, toDate: string, limit: number) {
  const { rows } = await sql<{ credit_code: string; name: string; place_code: string; reference: string | null; valid_to: string; sample: boolean }>`
    SELECT e.credit_code, e.name, e.place_code, s.reference, s.valid_to::text AS valid_to, e.sample
    FROM enterprise_statuses s JOIN enterprises e ON e.credit_code = s.credit_code
    WHERE s.kind = 'high-tech' AND s.valid_to BETWEEN ${fromDate}::date AND ${toDate}::date AND ${inPlace(placeCode)}
      AND NOT EXISTS (SELECT 1 FROM enterprise_statuses later WHERE later.credit_code = s.credit_code AND later.kind = 'high-tech' AND later.valid_from > s.valid_from)
    ORDER BY s.valid_to, e.credit_code
    LIMIT ${limit}`.execute(db);
  return rows;
}

/** Credit codes of the place's enterprises not holding `kind` on the date. */
export async function findWithout(db: Db, placeCode: string, kinds: readonly string[], on: string) {
  const { rows } = await sql<{ credit_code: string; name: string; place_code: string; sample: boolean; registered_on: string | null }>`
    SELECT e.credit_code, e.name, e.place_code, e.sample, e.registered_on::text AS registered_on FROM enterprises e
    WHERE ${inPlace(placeCode)} AND NOT EXISTS (
      SELECT 1 FROM enterprise_statuses s WHERE s.credit_code = e.credit_code AND s.kind = any(${sql.val(kinds)}::text[])
        AND s.valid_from <= ${on}::date AND (s.valid_to IS NULL OR s.valid_to >= ${on}::date))
    ORDER BY e.credit_code`.execute(db);
  return rows;
}

/** Counts of every place (city, each district, each zone) for the indicator's status kinds at each year's end. */
export async function countAllPlaces(db: Db, kinds: readonly string[], sample: boolean, from: number, to: number) {
  const { rows } = await sql<{ place_code: string; year: number; n: number }>`
    WITH held AS (
      SELECT DISTINCT y.year, e.credit_code, e.place_code, e.zone_code
      FROM generate_series(${from}::int, ${to}::int) AS y(year)
      JOIN enterprise_statuses s ON s.kind = any(${sql.val(kinds)}::text[]) AND s.valid_from <= make_date(y.year, 12, 31) AND (s.valid_to IS NULL OR s.valid_to >= make_date(y.year, 12, 31))
      JOIN enterprises e ON e.credit_code = s.credit_code AND e.sample = ${sample}
    )
    SELECT place_code, year, count(*)::int AS n FROM held GROUP BY place_code, year
    UNION ALL SELECT zone_code, year, count(*)::int FROM held WHERE zone_code IS NOT NULL GROUP BY zone_code, year
    UNION ALL SELECT ${CITY_CODE}, year, count(*)::int FROM held GROUP BY year`.execute(db);
  return rows.map((r) => ({ placeCode: r.place_code, year: Number(r.year), value: Number(r.n) }));
}

/** Range of years the statuses cover. */
export async function statusYears(db: Db): Promise<{ from: number; to: number } | null> {
  const row = await db.selectFrom("enterprise_statuses").select([sql<number | null>`min(extract(year FROM valid_from))::int`.as("from"), sql<number | null>`max(extract(year FROM coalesce(valid_to, valid_from)))::int`.as("to")]).executeTakeFirst();
  return row?.from == null || row.to == null ? null : { from: Number(row.from), to: Number(row.to) };
}

/** Latest snapshot of each kind (real, sample). */
export async function latestSnapshots(db: Db) {
  return db.selectFrom("registry_snapshots").select(["id", "sample", sql<string>`taken_on::text`.as("taken_on"), "enterprises"]).where("id", "in", db.selectFrom("registry_snapshots").select(sql<number>`max(id)`.as("id")).groupBy("sample")).execute();
}

/** Registry counts of snapshots for indicator, place and periods. */
export function findRegistryCounts(db: Db, snapshotIds: readonly number[], indicatorCodes: readonly string[], placeCode: string) {
  if (!snapshotIds.length) return Promise.resolve([]);
  return db.selectFrom("registry_counts").selectAll().where("snapshot_id", "in", snapshotIds).where("indicator_code", "in", indicatorCodes).where("place_code", "=", placeCode).execute();
}

/** Figures stored for indicator and place that did not come from the registry (reported, imported, from documents). */
export function findReportedFigures(db: Db, indicatorCodes: readonly string[], placeCode: string) {
  return db.selectFrom("data_values").select(["indicator_code", "period", "value", "source_kind", "status"]).where("indicator_code", "in", indicatorCodes).where("place_code", "=", placeCode).where("granularity", "=", "year").where("source_kind", "<>", "registry").execute();
}

/** Targets of any plan for the indicators at the place. */
export function findPlaceTargets(db: Db, indicatorCodes: readonly string[], placeCode: string) {
  return db.selectFrom("targets").select(["plan_code", "indicator_code", "kind", "comparator", "value", "target_year", "baseline_value", "baseline_year"]).where("indicator_code", "in", indicatorCodes).where("place_code", "=", placeCode).orderBy("target_year").execute();
}

/**
 * Writes a real snapshot's counts as approved figures whose source is the registry: a key that holds
 * a figure from elsewhere (reported, imported, from a document) keeps it — the registry count stays
 * beside it in registry_counts — and one the registry wrote before is replaced, with its revision.
 */
export async function writeRegistryFigures(db: Db, snapshotId: number, ref: string, by: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    WITH written AS (
      INSERT INTO data_values (indicator_code, place_code, period, granularity, year, value, status, source_kind, source_ref, approved_by, approved_at, updated_at)
      SELECT c.indicator_code, c.place_code, c.period, 'year', c.period::int, c.value, 'approved', 'registry', ${ref}, ${by}, now(), now()
      FROM registry_counts c WHERE c.snapshot_id = ${snapshotId}
      ON CONFLICT (indicator_code, place_code, period) DO UPDATE SET value = excluded.value, source_ref = excluded.source_ref, approved_by = excluded.approved_by, approved_at = excluded.approved_at, updated_at = excluded.updated_at
        WHERE data_values.source_kind = 'registry' AND data_values.value IS DISTINCT FROM excluded.value
      RETURNING id, value, status, source_kind, source_ref, (xmax = 0) AS inserted
    ), revised AS (
      INSERT INTO data_value_revisions (data_value_id, revision, value, status, source_kind, source_ref, changed_by, changed_at, reason)
      SELECT w.id, CASE WHEN w.inserted THEN 1 ELSE coalesce((SELECT max(r.revision) FROM data_value_revisions r WHERE r.data_value_id = w.id), 0) + 1 END,
             w.value, w.status, w.source_kind, w.source_ref, ${by}, now(), ${ref}
      FROM written w
    )
    SELECT count(*)::int AS n FROM written`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
